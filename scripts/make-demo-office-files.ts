// Writes the demo review's two office-format returns: fixtures/demo/probation.xlsx (an Excel template
// with a title block, a hidden lists sheet, real date cells, a text date, an Excel serial, a formula and
// rich text) and fixtures/demo/mental-health.docx (a Word IMR with an author table and two chronology
// tables, a merged date cell and line breaks). Everything in them is invented.
// Run: npx tsx scripts/make-demo-office-files.ts
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from "docx";
import ExcelJS from "exceljs";

const folder = join(import.meta.dirname, "../fixtures/demo");
/** A fixed moment for the files' own metadata, so that reruns only differ in zip timestamps. */
const written = new Date(Date.UTC(2020, 8, 1, 9, 0));

const day = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d));
const clock = (h: number, min: number) => new Date(Date.UTC(1899, 11, 30, h, min));
const serial = (d: number, m: number, y: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

const dan = "Daniel PRICE (DOB 22/11/1987)";

async function probation(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Ashbridge & District Probation Service";
  workbook.created = written;
  workbook.modified = written;
  const sheet = workbook.addWorksheet("Chronology");
  const lists = workbook.addWorksheet("Lists", { state: "hidden" });
  lists.addRows([
    ["Contact type"],
    ["Supervision"],
    ["Programme"],
    ["Court"],
    ["Enforcement"],
    ["Information"],
  ]);

  sheet.columns = [
    { width: 12 },
    { width: 8 },
    { width: 34 },
    { width: 16 },
    { width: 70 },
    { width: 40 },
    { width: 16 },
  ];
  sheet.mergeCells("A1:G1");
  sheet.getCell("A1").value = "Ashbridge & District Probation Service: agency chronology";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.mergeCells("A2:G2");
  sheet.getCell("A2").value =
    'Child Safeguarding Practice Review "Child L". Completed by: SPO (Ashbridge team)';
  sheet.mergeCells("A3:G3");
  sheet.getCell("A3").value =
    "One contact per row, oldest first. Dates as dd/mm/yyyy. Do not change the column headings.";
  sheet.getRow(5).values = [
    "Date",
    "Time",
    "Person(s) involved",
    "Contact type",
    "Details",
    "Action/outcome",
    "Ref",
  ];
  sheet.getRow(5).font = { bold: true };

  const rows: unknown[][] = [
    [
      day(17, 7, 2018),
      null,
      `${dan}; Sarah JONES (victim)`,
      "Information",
      "Police notification via MASH: PRICE arrested 16/07/2018 on suspicion of ABH on partner Sarah JONES at Flat 3, 27 Tanner Street, Ashbridge (police ref ASH-18-07-0412). Not subject to any order; not known to Probation.",
      "Recorded for information. No Probation involvement.",
      "ASH-18-07-0412",
    ],
    [
      "11/12/2018",
      null,
      `${dan}; Sarah JONES`,
      "Court",
      "Court duty officer, Ashbridge Magistrates: PRICE pleaded guilty to assault by beating (ASH-18-11-0457). Fined; restraining order 12 months (no contact with Sarah JONES). No pre-sentence report requested.",
      "No Probation order. Outcome recorded.",
      "PRB-18-2231",
    ],
    [
      day(24, 10, 2019),
      clock(14, 0),
      `${dan}; Sarah JONES`,
      "Court",
      "Sentenced at Ashbridge Magistrates for breach of restraining order (ASH-19-09-0641): 12-month community order with 20 RAR days and the Building Better Relationships (BBR) domestic abuse perpetrator programme.",
      "Allocated to PO1. Induction booked 30/10/2019.",
      "PRB-19-1874",
    ],
    [
      day(30, 10, 2019),
      clock(10, 0),
      dan,
      "Supervision",
      "Induction. PRICE attended. Gives his address as 8 Heron Way, Ashbridge ZY4 7HW (the home of Sarah JONES and her mother). Says the relationship is over.",
      "Address queried: restraining order in force. Domestic abuse and safeguarding enquiries sent to police and CSC.",
      "PRB-19-1874",
    ],
    [
      serial(13, 11, 2019),
      clock(10, 30),
      dan,
      "Supervision",
      "Supervision. Attended. Police and CSC enquiries not yet returned. States he is staying with a friend in Ashbridge.",
      "BBR pre-group session booked.",
      "PRB-19-1874",
    ],
    [
      { formula: "A10+14", result: day(27, 11, 2019) },
      clock(18, 0),
      dan,
      "Programme",
      {
        richText: [
          { text: "BBR group session 1: " },
          { text: "DNA", font: { bold: true } },
          { text: ". No contact before the session, no acceptable reason." },
        ],
      },
      "First warning letter sent.",
      "PRB-19-1874",
    ],
    [
      day(4, 12, 2019),
      clock(18, 0),
      dan,
      "Programme",
      "BBR group session 2: DNA. Phone not answered.",
      "Second absence. Case discussed with SPO.",
      "PRB-19-1874",
    ],
    [
      day(11, 12, 2019),
      clock(11, 0),
      dan,
      "Supervision",
      "Supervision. Attended late.\nSays he missed BBR because he is working nights.\nSays he is moving to Westholme for work in the new year; no address yet.",
      "Final warning given. Told to report a new address within 7 days. Change of area not shared with other agencies.",
      "PRB-19-1874",
    ],
    [
      day(8, 1, 2020),
      clock(10, 0),
      dan,
      "Supervision",
      "Failed to attend supervision. Phone unanswered, letter to last known address.",
      "Breach action started.",
      "PRB-19-1874",
    ],
    [
      day(22, 1, 2020),
      null,
      dan,
      "Enforcement",
      "Breach laid before Ashbridge Magistrates: failure to attend BBR and supervision. Current address not known.",
      "Summons issued.",
      "PRB-19-1874",
    ],
    [
      day(19, 2, 2020),
      clock(10, 0),
      dan,
      "Court",
      "Breach hearing. PRICE did not attend.",
      "Warrant without bail issued. Police informed.",
      "PRB-19-1874",
    ],
  ];
  rows.forEach((values, i) => {
    sheet.getRow(6 + i).values = values as ExcelJS.CellValue[];
  });
  for (let r = 6; r < 6 + rows.length; r++) {
    sheet.getCell(`A${r}`).numFmt = "dd/mm/yyyy";
    sheet.getCell(`B${r}`).numFmt = "hh:mm";
    sheet.getRow(r).alignment = { wrapText: true, vertical: "top" };
  }
  // The serial in A10 is typed as a plain number (as when a date is pasted from another system).
  sheet.getCell("A10").numFmt = "General";
  await writeFile(join(folder, "probation.xlsx"), new Uint8Array(await workbook.xlsx.writeBuffer()));
}

function cell(text: string, options: { merge?: "restart" | "continue"; bold?: boolean } = {}): TableCell {
  const lines = text.split("\n");
  return new TableCell({
    children: [
      new Paragraph({
        children: lines.map(
          (line, i) => new TextRun({ text: line, bold: options.bold ?? false, break: i > 0 ? 1 : 0 }),
        ),
      }),
    ],
    ...(options.merge === undefined
      ? {}
      : {
          verticalMerge: options.merge === "restart" ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
        }),
  });
}

function chronologyTable(rows: TableCell[][]): Table {
  const header = ["Date", "Time", "Service user", "Contact type", "Details", "Outcome", "Clinician"];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, { bold: true })) }),
      ...rows.map((children) => new TableRow({ children })),
    ],
  });
}

const sarah = "Sarah JONES (DOB 12/04/1990)";

async function mentalHealth(): Promise<void> {
  const author = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ["Agency", "Ashbridge Adult Mental Health Service"],
      ["IMR author", "Service manager (not involved in the care)"],
      ["Records examined", "Psychiatric liaison, crisis team and perinatal mental health team notes"],
    ].map(([a, b]) => new TableRow({ children: [cell(a!, { bold: true }), cell(b!)] })),
  });
  const crisis = chronologyTable([
    [
      cell("12/02/2019", { merge: "restart" }),
      cell("03:30"),
      cell(sarah),
      cell("Assessment"),
      cell(
        "Psychiatric liaison assessment in ED after an intentional overdose of sertraline (about 20 tablets) with alcohol, 14/40 pregnant.\nLow mood and depression since an argument with her ex-partner. Denies ongoing suicidal intent. Cannabis most days.",
      ),
      cell("Moderate risk. Discharged with crisis team follow-up within 72 hours."),
      cell("PL1"),
    ],
    [
      cell("", { merge: "continue" }),
      cell("04:10"),
      cell(sarah),
      cell("Referral"),
      cell(
        "Referral to the crisis resolution and home treatment team. ED has referred to CSC because of the pregnancy and a child at home.",
      ),
      cell("Crisis team to make contact."),
      cell("PL1"),
    ],
    [
      cell("14/02/2019"),
      cell("11:00"),
      cell("Sarah Jones"),
      cell("Home visit"),
      cell(
        "Crisis team home visit, Flat 3, 27 Tanner Street. Her mother present. Tearful, says the overdose was 'stupid'. Safety plan agreed.",
      ),
      cell("Daily phone contact; next visit 19/02/2019."),
      cell("CRT2"),
    ],
    [
      cell("19/02/2019"),
      cell("14:00"),
      cell("Sarah Jones"),
      cell("Missed appointment"),
      cell("Crisis team visit: no answer at Tanner Street. Phone not answered."),
      cell("Card left. Text message sent."),
      cell("CRT2"),
    ],
    [
      cell("21 Feb 2019"),
      cell("10:30"),
      cell(sarah),
      cell("Discharge"),
      cell(
        "Seen at 8 Heron Way (her mother's home), where she is now living. Mood improved, no self-harm since the overdose.\nNo thoughts of suicide.",
      ),
      cell("Discharged from the crisis team to the GP. Referred to the perinatal mental health team."),
      cell("CRT1"),
    ],
  ]);
  const perinatal = chronologyTable([
    [
      cell("15/05/2019"),
      cell("10:00"),
      cell(sarah),
      cell("Missed appointment"),
      cell("First perinatal clinic appointment: did not attend. No contact from her."),
      cell("Second appointment sent. GP informed."),
      cell("PMH1"),
    ],
    [
      cell("19/06/2019"),
      cell("14:30"),
      cell(sarah),
      cell("Assessment"),
      cell(
        "Perinatal mental health assessment, 32/40. Moderate depression and anxiety, thoughts of self-harm at times, no plans.\nUses cannabis daily. Says she has no contact with her ex-partner (restraining order).",
      ),
      cell("Care coordinator (CPN) allocated. Continue sertraline 100mg. Letter to GP."),
      cell("PMH1"),
    ],
    [
      cell("17/07/2019"),
      cell("11:00"),
      cell("Sarah Jones"),
      cell("Home visit"),
      cell("CPN home visit, 8 Heron Way. Mood stable. Birth plan discussed. Says cannabis cut down."),
      cell("Review after the birth."),
      cell("CPN3"),
    ],
    [
      cell("28/08/2019"),
      cell("13:00"),
      cell(sarah),
      cell("Home visit"),
      cell(
        "Postnatal CPN visit, two weeks after the birth. EPDS 14. Tired, low at times. Says her ex-partner is 'not around'.",
      ),
      cell("Fortnightly visits. Health visitor informed."),
      cell("CPN3"),
    ],
    [
      cell("23/10/2019"),
      cell("11:30"),
      cell("Sarah Jones"),
      cell("Missed appointment"),
      cell("CPN visit: no answer at 8 Heron Way. Not answering her phone."),
      cell("Letter sent offering a new appointment."),
      cell("CPN3"),
    ],
    [
      cell("08/01/2020"),
      cell(""),
      cell("Sarah Jones"),
      cell("Discharge"),
      cell("Appointment letter returned: 'moved away'. No forwarding address."),
      cell("Discharged from the perinatal caseload. GP informed."),
      cell("PMH1"),
    ],
  ]);
  const doc = new Document({
    creator: "Ashbridge Adult Mental Health Service",
    title: "Individual Management Review",
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            text: 'Child Safeguarding Practice Review "Child L": Individual Management Review',
          }),
          author,
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Chronology: crisis care, February 2019" }),
          crisis,
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            text: "Chronology: perinatal mental health team",
          }),
          perinatal,
          new Paragraph({ text: "Analysis of involvement follows in part 3 (not part of this chronology)." }),
        ],
      },
    ],
  });
  await writeFile(join(folder, "mental-health.docx"), new Uint8Array(await Packer.toBuffer(doc)));
}

await probation();
await mentalHealth();
