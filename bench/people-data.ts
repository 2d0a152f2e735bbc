// A seeded synthetic population of people records with truth labels, for the person-resolution benchmark.
// Households (mother, often a father or partner, children, sometimes a grandmother), each person written
// by several agencies with the errors real returns carry: typos, nicknames, transliterations, shouting
// case, dropped diacritics, initials, title-only names, surname changes and double-barrelled surnames,
// DOBs with day and month swapped, one digit wrong or missing, NHS numbers (some mistyped), postcodes.
// Every name here is invented or a common name; no record describes a real person.
import type { RawRecord } from "../src/model/source.js";
import { createRandom } from "../src/testing/random.js";

/** The shared seeded PRNG (mulberry32) as a bare function. */
export function seeded(seed: number): () => number {
  return createRandom(seed).next;
}

type Sex = "male" | "female";
interface Given {
  name: string;
  variants: string[];
}

const male: Given[] = parse(
  `James:Jim Jimmy Jamie|Oliver:Ollie|Jack|Harry|Charlie|George|Thomas:Tom Tommy|Noah|Leo|Jacob:Jake|Alfie|Liam|William:Bill Will Billy|Daniel:Dan Danny|Michael:Mike Mick|David:Dave|Christopher:Chris|Anthony:Tony|Joseph:Joe|Matthew:Matt|Andrew:Andy|Robert:Rob Bob Bobby|Richard:Rick Richie|Jonathan:Jon Jonny|Steven:Steve Stephen|Mohammed:Muhammad Mohamed Mohammad|Ahmed:Ahmad|Hussain:Hussein|Shaun:Shawn Sean|Piotr:Peter|Tomasz|Krzysztof|Kyle|Connor|Callum|Jordan|Ryan|Dylan|Lewis|Nathan:Nate|Aiden:Aidan|Jayden:Jaden|Mark|Paul|Lee:Leigh|Craig|Darren|Wayne|Dean|Gary|Kevin:Kev|Scott|Ben:Benjamin|Samuel:Sam|Joshua:Josh|Alexander:Alex Aleksander|Reece|Bradley:Brad|Jamie|Marcus|Tyler|Ethan|Mason|Logan|Oscar|Archie|Freddie:Fred Frederick`,
);
const female: Given[] = parse(
  `Sarah:Sara|Elizabeth:Liz Beth Lizzie|Katherine:Kate Katie Kath|Jennifer:Jen Jenny|Rebecca:Becky Becca|Victoria:Vicky Tori|Jessica:Jess|Samantha:Sam Sammy|Kayleigh:Kayley Kaylee|Chloe|Emily|Olivia:Liv|Amelia:Millie|Sophie|Emma|Charlotte:Lottie Charlie|Hannah|Lauren|Megan:Meg|Amy|Zoe:Zoey|Fatima:Fatimah|Aisha:Ayesha|Leanne:Lianne|Danielle:Dani|Natalie:Nat|Gemma|Stacey|Aleksandra:Alexandra|Anna|Maria|Agnieszka|Magdalena|Mia|Isla|Ava|Grace|Lily|Ruby|Ella|Evie|Poppy|Freya|Michelle:Shelley|Nicola:Nicki Nikki|Claire|Louise|Kelly|Donna|Lisa|Joanne:Jo Joanna|Susan:Sue Susie|Margaret:Maggie Peggy|Patricia:Pat Trish|Deborah:Debbie Debs|Tracey:Tracy|Julie|Karen|Angela:Angie|Chelsea|Jade|Courtney|Shannon|Paige|Amber|Leah|Holly`,
);
const surnames: string[] =
  `Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace Jordan Hutchinson Reeves MacKenzie Nowak Kowalski Wiśniewski Wójcik Kamiński Krężołek Lewandowski Zieliński Szymański Dąbrowski Kozłowski Mazur Nguyen Okafor Adeyemi Mensah Öztürk Yılmaz`.split(
    " ",
  );

function parse(text: string): Given[] {
  return text.split("|").map((entry) => {
    const [name, variants] = entry.split(":");
    return { name: name!, variants: variants === undefined ? [] : variants.split(" ") };
  });
}

/** The truth: one person of the population. */
export interface TruePerson {
  id: number;
  sex: Sex;
  given: Given;
  family: string;
  /** A surname used in some records (maiden or married name), if any. */
  otherFamily: string | null;
  dob: string;
  nhs: string;
  role: string;
  postcode: string;
}

/** One benchmark record: a raw row naming one person, and who that person truly is. */
export interface BenchRecord {
  raw: RawRecord;
  truth: number;
}

/**
 * Generates a population and its records.
 * @param count the number of records wanted (at least)
 * @param seed the PRNG seed
 */
export function generatePeopleRecords(count: number, seed: number): BenchRecord[] {
  const rand = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const zipf = <T>(list: readonly T[]): T => {
    // Common names are more common: rank drawn from a power law (the top name about 3 in 100).
    const r = Math.floor(list.length * rand() ** 1.5);
    return list[Math.min(r, list.length - 1)]!;
  };
  const people: TruePerson[] = [];
  const records: BenchRecord[] = [];
  let household = 0;
  while (records.length < count) {
    household++;
    const surname = zipf(surnames);
    const postcode = `${pick(["LS", "M", "B", "S", "NE", "BD", "L", "CF", "NG", "SE", "E", "N"])}${1 + Math.floor(rand() * 20)} ${Math.floor(rand() * 10)}${pick([..."ABDEFGHJLNPQRSTUWXYZ"])}${pick([..."ABDEFGHJLNPQRSTUWXYZ"])}`;
    const baseYear = 1975 + Math.floor(rand() * 25);
    const members: Omit<TruePerson, "id" | "nhs" | "postcode">[] = [];
    const motherOwn = rand() < 0.3 ? zipf(surnames) : null;
    members.push({
      sex: "female",
      given: zipf(female),
      family: motherOwn ?? surname,
      otherFamily: rand() < 0.25 ? (motherOwn === null ? zipf(surnames) : surname) : null,
      dob: date(rand, baseYear),
      role: "mother",
    });
    if (rand() < 0.7) {
      members.push({
        sex: "male",
        given: zipf(male),
        family: surname,
        otherFamily: null,
        dob: date(rand, baseYear - 3 + Math.floor(rand() * 6)),
        role: pick(["father", "father", "partner", "step-father", "boyfriend"]),
      });
    }
    const children = 1 + Math.floor(rand() * 4);
    for (let c = 0; c < children; c++) {
      const sex: Sex = rand() < 0.5 ? "male" : "female";
      const twin = c > 0 && rand() < 0.04;
      const previous = members[members.length - 1]!;
      members.push({
        sex,
        // A son now and then shares his father's name.
        given:
          sex === "male" && rand() < 0.05 && members[1]?.sex === "male"
            ? members[1].given
            : zipf(sex === "male" ? male : female),
        family: surname,
        otherFamily: null,
        dob:
          twin && previous.role === "child"
            ? previous.dob
            : date(rand, Math.min(2024, baseYear + 18 + Math.floor(rand() * 15))),
        role: "child",
      });
    }
    if (rand() < 0.15) {
      members.push({
        sex: "female",
        given: zipf(female),
        family: members[0]!.otherFamily ?? surname,
        otherFamily: null,
        dob: date(rand, baseYear - 25),
        role: "grandmother",
      });
    }
    for (const member of members) {
      const person: TruePerson = { ...member, id: people.length, nhs: nhsNumber(rand), postcode };
      people.push(person);
      const n = 1 + Math.floor(-Math.log(1 - rand()) * 3.2);
      for (let k = 0; k < n; k++)
        records.push({ raw: writeRecord(person, records.length, rand, household), truth: person.id });
    }
  }
  return records;
}

function date(rand: () => number, year: number): string {
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function nhsNumber(rand: () => number): string {
  for (;;) {
    const digits = Array.from({ length: 9 }, () => Math.floor(rand() * 10));
    const sum = digits.reduce((s, d, i) => s + d * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return [...digits, check === 11 ? 0 : check].join("");
  }
}

const agencies = ["Police", "GP", "CSC", "Health Visiting", "School", "Housing", "ED", "Probation"];

function writeRecord(p: TruePerson, index: number, rand: () => number, household: number): RawRecord {
  const roll = () => rand();
  let given = p.given.name;
  let title: string | null = null;
  const r = roll();
  if (r < 0.1 && p.given.variants.length > 0)
    given = p.given.variants[Math.floor(rand() * p.given.variants.length)]!;
  else if (r < 0.15) given = typo(given, rand);
  else if (r < 0.18) given = given[0]!;
  else if (r < 0.21 && p.role !== "child") {
    given = "";
    title = p.sex === "male" ? "Mr" : rand() < 0.5 ? "Mrs" : "Ms";
  }
  let family = p.family;
  const f = roll();
  if (p.otherFamily !== null && f < 0.35) family = p.otherFamily;
  else if (p.otherFamily !== null && f < 0.4) family = `${p.family}-${p.otherFamily}`;
  else if (f < 0.45) family = typo(family, rand);
  if (roll() < 0.5)
    family = family.normalize("NFKD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/ı/g, "i");
  if (roll() < 0.35) family = family.toUpperCase();
  if (roll() < 0.1) given = given.toUpperCase();
  if (title === null && roll() < 0.1 && p.role !== "child") title = p.sex === "male" ? "Mr" : "Ms";
  const name = [title, given, family].filter((x) => x !== null && x !== "").join(" ");
  const fields: RawRecord["fields"] = { people: name };
  const d = roll();
  if (d < 0.7) fields.dob = ukDate(p.dob);
  else if (d < 0.74) fields.dob = ukDate(swapDayMonth(p.dob));
  else if (d < 0.78) fields.dob = ukDate(digitTypo(p.dob, rand));
  if (roll() < 0.3) fields.nhs = roll() < 0.06 ? digitTypo(p.nhs, rand) : p.nhs;
  if (roll() < 0.5) fields.role = p.role;
  if (roll() < 0.3) fields.postcode = roll() < 0.15 ? "M1 1AA" : p.postcode;
  const agency = agencies[(household + index) % agencies.length]!;
  return {
    source: { agency, file: `${agency.toLowerCase().replace(/ /g, "-")}.csv`, row: index + 1 },
    fields,
    columns: { people: "Name", dob: "DOB", nhs: "NHS number", role: "Role", postcode: "Postcode" },
    extra: {},
  };
}

function ukDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function swapDayMonth(iso: string): string {
  const [y, m, d] = iso.split("-");
  return Number(d) <= 12 ? `${y}-${d}-${m}` : iso;
}

function digitTypo(text: string, rand: () => number): string {
  const positions = [...text].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  for (let tries = 0; tries < 10; tries++) {
    const at = positions[Math.floor(rand() * positions.length)]!;
    const digit = String(Math.floor(rand() * 10));
    const out = text.slice(0, at) + digit + text.slice(at + 1);
    // Keep a DOB a real date.
    if (out !== text && (!out.includes("-") || isRealDate(out))) return out;
  }
  return text;
}

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return (
    t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && y > 1900 && y < 2030
  );
}

function typo(word: string, rand: () => number): string {
  if (word.length < 3) return word;
  const at = 1 + Math.floor(rand() * (word.length - 1));
  const letters = "abcdefghijklmnoprstuvwy";
  const letter = letters[Math.floor(rand() * letters.length)]!;
  switch (Math.floor(rand() * 4)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default:
      return at < word.length - 1 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word;
  }
}
