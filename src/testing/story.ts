import type { FlagKind } from "../model/chronology.js";
import { agencyDefs, type GeneratedAgency, type Mention, type Report } from "./agencies.js";
import { formatDay } from "./calendar.js";
import { dobText, plainName, type SimFamily, type SimPerson, shoutedName, writtenGiven } from "./family.js";
import type { Random } from "./random.js";

/** One thing that happened in the world, and the rows in which agencies recorded it. */
export interface Occurrence {
  id: string;
  kind: string;
  day: number;
  reports: Report[];
}

/** A flag a reviewer should raise, planted by the story. Days are day numbers. */
export interface PlantedFlag {
  kind: FlagKind;
  person: string | null;
  household?: string[];
  from: number;
  to: number;
  events: string[];
  why: string;
}

export interface Story {
  occurrences: Occurrence[];
  flags: PlantedFlag[];
}

interface ReportSpec {
  agency: GeneratedAgency;
  day: number;
  minute: number | null;
  people: readonly SimPerson[];
  category: string;
  summary: string;
  action: string;
  swap?: boolean;
  /** The date written is not the day it happened (a planted disagreement). */
  misdated?: boolean;
}

const dayMinutes = 1440;

/**
 * Tells one family's story over the review's window: routine contacts, and the scenarios reviews keep
 * finding (domestic incidents seen by several agencies, children not brought, moves, closures, a man
 * nobody checks), with the flags a reviewer should raise.
 * @param random the family's own seeded source
 * @param family the household
 * @param from first day of the window (day number)
 * @param to last day of the window (day number)
 */
export function tellStory(random: Random, family: SimFamily, from: number, to: number): Story {
  const tag = family.mother.id.replace(/-mother$/, "");
  const occurrences: Occurrence[] = [];
  const flags: PlantedFlag[] = [];
  const blackouts: [number, number][] = [];
  const blocked = (day: number) => blackouts.some(([a, b]) => day >= a && day < b);
  const { mother, children, partner, grandmother } = family;
  const youngest = children[children.length - 1]!;
  const age = (person: SimPerson, day: number) => (day - person.dob) / 365.25;
  let refNo = random.int(100, 900);

  const mentionOf = (agency: GeneratedAgency, person: SimPerson, named: boolean): Mention => {
    const text = writeMention(random, agency, person, family, named);
    return { person: person.id, text };
  };

  const report = (spec: ReportSpec, named = true): Report => {
    const def = agencyDefs[spec.agency];
    const people = def.single ? spec.people.slice(0, 1) : spec.people;
    const when = def.when(random, spec.day, spec.minute, spec.swap === true);
    const patient = people[0];
    refNo += random.int(1, 40);
    return {
      agency: spec.agency,
      day: spec.day,
      minute: spec.minute,
      dateText: when.date,
      timeText: when.time,
      mentions: people.map((p) => mentionOf(spec.agency, p, named)),
      dob:
        def.single && patient !== undefined
          ? formatDay(patient.dob, spec.agency === "gp" ? "dd.mm.yyyy" : "dd/mm/yyyy")
          : "",
      nhs: spec.agency === "gp" && patient !== undefined ? patient.nhs : "",
      category: spec.category,
      summary: spec.summary,
      action: spec.action,
      reference: `${def.stem.slice(0, 3).toUpperCase()}-${tag.slice(1)}-${refNo}`,
      recorder: recorderOf(random, spec.agency),
      address: `${family.address}, Ashbridge`,
      postcode: family.postcode,
      ...(spec.misdated === true ? { misdated: true } : {}),
    };
  };

  const occur = (kind: string, day: number, reports: Report[]): Occurrence => {
    const occurrence = {
      id: `${tag}-e${String(occurrences.length + 1).padStart(3, "0")}`,
      kind,
      day,
      reports,
    };
    occurrences.push(occurrence);
    return occurrence;
  };

  const single = (spec: ReportSpec, kind = "contact", named = true) =>
    occur(kind, spec.day, [report(spec, named)]);

  // 1. A move with no forwarding address: the children drop off the radar until a new GP registers them.
  let moveDay: number | null = null;
  if (to - from > 500 && random.chance(0.3)) {
    moveDay = random.int(from + 200, to - 250);
    const reseen = moveDay + random.int(60, 160);
    blackouts.push([moveDay, reseen]);
    const moved = single(
      {
        agency: "housing",
        day: moveDay,
        minute: null,
        people: [mother],
        category: "Tenancy",
        summary: "Tenancy ended. Tenant left the property, keys not returned, no forwarding address.",
        action: "Void. Arrears passed to recovery.",
      },
      "move",
    );
    const hvDay = moveDay + random.int(5, 20);
    const transfer = single(
      {
        agency: "health-visiting",
        day: hvDay,
        minute: null,
        people: [...children, mother],
        category: "Transfer",
        summary: "Family moved out of area, no forwarding address. No reply at the old address.",
        action: "Records transferred out. Child health notified.",
      },
      "transfer-out",
    );
    const registered = occur("registration", reseen, [
      report({
        agency: "gp",
        day: reseen,
        minute: random.int(9 * 60, 16 * 60),
        people: [youngest],
        category: "Registration",
        summary: `New registration. ${youngest.given} seen with mum, recently moved to the area.`,
        action: "Registered. Records requested from previous practice.",
      }),
    ]);
    for (const child of children) {
      flags.push({
        kind: "off-radar",
        person: child.id,
        from: moveDay,
        to: reseen,
        events: [moved.id, transfer.id, registered.id],
        why: `${child.given} was not seen by any professional between the move with no forwarding address and the new GP registration`,
      });
    }
  }

  // 2. Domestic incidents: the police, the ambulance and the same night's ED attendance (one event), then the
  // notifications days later (their own events).
  const incidents: number[] = [];
  if (partner !== null && random.chance(0.6)) {
    const count = random.int(1, 3);
    for (let n = 0; n < count; n++) {
      const day = random.int(from + 30, to - 60);
      if (blocked(day)) continue;
      incidents.push(day);
      domesticIncident(day, n === 0);
    }
  }

  function domesticIncident(day: number, first: boolean): void {
    const man = partner!;
    const minute = random.int(20 * 60, 23 * 60 + 30);
    const named = !(family.hiddenMan && first && random.chance(0.5));
    const present = [mother, man, ...children.filter((c) => age(c, day) >= 0)];
    const police = report(
      {
        agency: "police",
        day,
        minute,
        people: present,
        category: "Domestic",
        summary: `Domestic incident at ${family.address}. Neighbour reported shouting. ${mother.given} had a cut above her eye, stated she was assaulted by her partner. ${children.map((c) => c.given).join(" and ")} present, seen by officers.`,
        action: random.chance(0.5)
          ? "DASH completed - medium risk. PPN to MASH."
          : "DASH completed - high risk. Referred to MARAC. PPN to MASH.",
      },
      named,
    );
    const reports = [police];
    const ambulanceMinute = minute + random.int(8, 20);
    if (random.chance(0.7)) {
      reports.push(
        report({
          agency: "ambulance",
          day: day + Math.floor(ambulanceMinute / dayMinutes),
          minute: ambulanceMinute % dayMinutes,
          people: [mother],
          category: "Assault",
          summary: `Called by police. Adult female assaulted by partner, 3cm laceration above left eye, alcohol on breath.`,
          action: "Conveyed to ED.",
        }),
      );
    }
    // The ED attendance the same night (within the hours after, across midnight) is the same incident
    // seen a third time: one event with the police call-out and the ambulance, as a review counts it.
    const edMinute = ambulanceMinute + random.int(25, 70);
    reports.push(
      report({
        agency: "ed",
        day: day + Math.floor(edMinute / dayMinutes),
        minute: edMinute % dayMinutes,
        people: [mother],
        category: "3",
        summary:
          "Assault - states fell against a door during an argument with partner. Laceration above left eye.",
        action: "Wound closed with steri-strips. DA routine enquiry - declined to discuss. Discharged.",
      }),
    );
    occur("domestic-incident", day, reports);
    const notifyDay = day + random.int(1, 3);
    single(
      {
        agency: "csc",
        day: notifyDay,
        minute: random.int(9 * 60, 17 * 60),
        people: [...children, mother],
        category: "Contact",
        summary: `Police notification: domestic incident ${formatDay(day, "dd/mm/yyyy")}, children present.`,
        action: "MASH screening. Referral accepted for assessment.",
      },
      "referral",
    );
    const schoolChild = children.find((c) => age(c, day) >= 4.5);
    if (schoolChild !== undefined && random.chance(0.6)) {
      single(
        {
          agency: "school",
          day: day + 1,
          minute: null,
          people: [schoolChild],
          category: "Safeguarding",
          summary: `Operation Encompass notification of a domestic incident at home last night. ${schoolChild.given} quiet in class.`,
          action: "DSL informed. Monitoring.",
        },
        "notification",
      );
    }
    if (random.chance(0.55)) strategyDiscussion(notifyDay + random.int(1, 4));
  }

  function strategyDiscussion(day: number): void {
    const child = children[0]!;
    const involved = [child, mother];
    const agencies: GeneratedAgency[] = ["csc", "police", "health-visiting"];
    const odd = random.chance(0.35) ? random.int(1, 2) : -1;
    const { day: dom, month } = civilDay(day);
    const canSwap = dom <= 12 && dom !== month;
    let disagreement: "shifted" | "swapped" | null = null;
    const reports = agencies.map((agency, i) => {
      let written = day;
      let swap = false;
      if (i === odd) {
        if (canSwap && agencyDefs[agency].canSwap && random.chance(0.35)) {
          swap = true;
          disagreement = "swapped";
        } else {
          written = day + (random.chance(0.5) ? 1 : -1);
          disagreement = "shifted";
        }
      }
      return report({
        agency,
        day: written,
        minute: agency === "csc" ? 14 * 60 : null,
        swap,
        misdated: i === odd,
        people: involved,
        category: "Strategy discussion",
        summary: `Strategy discussion (CSC, police, health) following the domestic incident. Threshold for s47 enquiry met for ${child.given}.`,
        action:
          agency === "csc"
            ? "Section 47 enquiry. ICPC to be convened."
            : "Attended strategy discussion. Information shared.",
      });
    });
    const meeting = occur("strategy-discussion", day, reports);
    if (disagreement === "shifted") {
      flags.push({
        kind: "conflict",
        person: null,
        from: day - 1,
        to: day + 1,
        events: [meeting.id],
        why: "one agency dates the strategy discussion a day away from the others",
      });
    } else if (disagreement === "swapped") {
      flags.push({
        kind: "ambiguous-date",
        person: null,
        from: day,
        to: day,
        events: [meeting.id],
        why: "one agency wrote the strategy discussion's date month first",
      });
    }
    if (random.chance(0.4)) conference(day + random.int(10, 15), child);
  }

  function conference(day: number, child: SimPerson): void {
    const agencies: GeneratedAgency[] = ["csc", "police", "health-visiting", "gp"];
    if (age(child, day) >= 4.5) agencies.push("school");
    occur(
      "conference",
      day,
      agencies.map((agency) =>
        report({
          agency,
          day,
          minute: agency === "csc" ? 10 * 60 : null,
          people: [child, mother],
          category: "ICPC",
          summary: `Initial child protection conference for ${child.given}. Category: emotional abuse.`,
          action:
            agency === "csc"
              ? "Child protection plan. Core group in 10 days."
              : "Attended ICPC. Report submitted.",
        }),
      ),
    );
  }

  // 3. A child not brought: two or three missed health appointments within ten months.
  if (random.chance(0.5)) {
    const child = youngest;
    const first = random.int(from + 20, Math.max(from + 21, to - 320));
    const days = [first];
    const misses = random.int(2, 3);
    for (let n = 1; n < misses; n++) days.push(days[n - 1]! + random.int(30, 140));
    const ids: string[] = [];
    for (const day of days) {
      if (blocked(day) || day > to) continue;
      const hv = age(child, day) < 5 && random.chance(0.5);
      ids.push(
        single(
          hv
            ? {
                agency: "health-visiting",
                day,
                minute: null,
                people: [child, mother],
                category: "WNB",
                summary: `${child.given} was not brought to the developmental review at clinic.`,
                action: "Letter sent offering a new appointment.",
              }
            : {
                agency: "gp",
                day,
                minute: random.int(9 * 60, 16 * 60),
                people: [child],
                category: "DNA",
                summary: `DNA. ${child.given} not brought to the booked appointment.`,
                action: "Recall letter sent.",
              },
          "missed-appointment",
        ).id,
      );
    }
    if (ids.length >= 2) {
      flags.push({
        kind: "was-not-brought",
        person: child.id,
        from: days[0]!,
        to: days[ids.length - 1]!,
        events: ids,
        why: `${child.given} was not brought to ${ids.length} appointments within a year`,
      });
    }
  }

  // 4. A case closed, then a new concern within weeks.
  if (random.chance(0.35)) {
    const child = children[0]!;
    const closed = random.int(from + 60, to - 60);
    const again = closed + random.int(7, 25);
    if (!blocked(closed) && !blocked(again)) {
      const closure = single(
        {
          agency: "csc",
          day: closed,
          minute: null,
          people: [child, mother],
          category: "Case closure",
          summary: "Single assessment completed. Mother engaging well, no role for CSC.",
          action: "Case closed, NFA.",
        },
        "case-closed",
      );
      const referral = occur("referral", again, [
        report({
          agency: "school",
          day: again,
          minute: null,
          people: [child],
          category: "Safeguarding",
          summary: `${child.given} came to school with a bruise on the cheek, said mum's friend did it.`,
          action: "Referred to CSC by DSL.",
        }),
        report({
          agency: "csc",
          day: again,
          minute: random.int(11 * 60, 16 * 60),
          people: [child, mother],
          category: "Referral",
          summary: `Referral from school: bruise to ${child.given}'s cheek.`,
          action: "Re-referral accepted. Strategy discussion.",
        }),
      ]);
      flags.push({
        kind: "closure-then-concern",
        person: child.id,
        from: closed,
        to: again,
        events: [closure.id, referral.id],
        why: `a new concern about ${child.given} came ${again - closed} days after the case was closed`,
      });
    }
  }

  // 5. The toxic trio: domestic abuse, substance misuse and mental ill health within a year.
  const anchor = incidents[0];
  if (anchor !== undefined && random.chance(0.6)) {
    const mood = Math.min(to, Math.max(from, anchor + random.int(-120, 120)));
    const drink = Math.min(to, Math.max(from, anchor + random.int(-150, 150)));
    const a = single(
      {
        agency: "gp",
        day: mood,
        minute: random.int(9 * 60, 17 * 60),
        people: [mother],
        category: "Consultation",
        summary: "Low mood and anxiety for months, not sleeping. Depression. PHQ-9 18.",
        action: "Sertraline 50mg started. Review 2 weeks.",
      },
      "mental-health",
    );
    const b = single(
      {
        agency: "gp",
        day: drink,
        minute: random.int(9 * 60, 17 * 60),
        people: [mother],
        category: "Consultation",
        summary: "Drinking alcohol daily, about 50 units a week. Smelled of alcohol.",
        action: "Referred to the drug and alcohol service.",
      },
      "substance-misuse",
    );
    const days = [anchor, mood, drink];
    flags.push({
      kind: "risk-combination",
      person: mother.id,
      household: [mother, ...children, partner, grandmother].filter((p) => p !== null).map((p) => p.id),
      from: Math.min(...days),
      to: Math.max(...days),
      events: [a.id, b.id],
      why: "domestic abuse, substance misuse and mental ill health within twelve months",
    });
  }

  // 6. The man in the household: checked by CSC and health visiting, or known only to the police.
  if (partner !== null) {
    const movedIn = random.int(from, from + 200);
    const ids: string[] = [];
    const housing = single(
      {
        agency: "housing",
        day: movedIn,
        minute: null,
        people: [mother, partner],
        category: "Household",
        summary: `Tenant asks for partner to be added to the household. Says he moved in last month.`,
        action: "Household updated.",
      },
      "household-change",
    );
    ids.push(housing.id);
    if (family.hiddenMan) {
      const seen = single(
        {
          agency: "health-visiting",
          day: movedIn + random.int(20, 120),
          minute: null,
          people: [youngest, mother, partner],
          category: "Home visit",
          summary: `Home visit. ${youngest.given} seen, growing well. A man was in the flat and left the room, mum said he is a friend.`,
          action: "Universal. Next contact at review.",
        },
        "home-visit",
        false,
      );
      ids.push(seen.id);
      const arrested = single(
        {
          agency: "police",
          day: movedIn + random.int(60, 300),
          minute: random.int(0, 1439),
          people: [partner],
          category: "Arrest",
          summary: `Vehicle stop. Strong smell of cannabis, approx 3g found. Gave his address as ${family.address}.`,
          action: "Arrested. Cannabis warning. PNC updated with new address.",
        },
        "arrest",
      );
      ids.push(arrested.id);
      flags.push({
        kind: "missing-men",
        person: partner.id,
        from: movedIn,
        to,
        events: ids,
        why: `${partner.given} lives in the household but neither CSC nor health visiting ever saw or checked him`,
      });
    } else {
      const day = movedIn + random.int(20, 90);
      occur("home-visit", day, [
        report({
          agency: "health-visiting",
          day,
          minute: null,
          people: [youngest, mother, partner],
          category: "Home visit",
          summary: `Joint home visit with social worker. ${youngest.given} seen. Mother's new partner ${partner.given} present and spoken to.`,
          action: "Partner's details taken for checks.",
        }),
        report({
          agency: "csc",
          day,
          minute: 11 * 60,
          people: [youngest, mother, partner],
          category: "Home visit",
          summary: `Joint home visit with HV. ${youngest.given} seen alone in bedroom. ${partner.given} seen, PNC and CSC checks requested.`,
          action: "Checks completed: no concerns.",
        }),
      ]);
    }
  }

  // 7. Routine contacts, skipping the weeks the family is off the radar.
  const routine = (gapMin: number, gapMax: number, each: (day: number) => void) => {
    for (let day = from + random.int(0, gapMax); day <= to; day += random.int(gapMin, gapMax)) {
      if (!blocked(day)) each(day);
    }
  };
  for (const child of children) {
    routine(70, 140, (day) => {
      if (age(child, day) >= 5) return;
      single(
        {
          agency: "health-visiting",
          day,
          minute: null,
          people: [child, mother],
          category: random.chance(0.5) ? "Home visit" : "Clinic",
          summary: `${child.given} seen and weighed, development on track. Mum well.`,
          action: random.chance(0.7) ? "Universal." : "Universal Plus: follow-up visit.",
        },
        "contact",
      );
    });
    routine(110, 220, (day) =>
      single({
        agency: "gp",
        day,
        minute: random.int(8 * 60 + 30, 17 * 60 + 30),
        people: [child],
        category: "Appointment",
        summary: random.pick([
          `Cough and cold for 3 days, brought by mum. Chest clear.`,
          `Eczema flare. Emollients reviewed.`,
          `Immunisations given, brought by mum.`,
          `Earache. Otitis media, amoxicillin.`,
        ]),
        action: "Advice given.",
      }),
    );
    routine(60, 130, (day) => {
      if (age(child, day) < 4.5) return;
      single({
        agency: "school",
        day,
        minute: null,
        people: random.chance(0.4) ? [child, mother] : [child],
        category: "Pastoral",
        summary: random.pick([
          `Attendance ${random.int(84, 99)}% this term. ${child.given} settled in class.`,
          `Parents evening: ${child.given} making expected progress.`,
          `${child.given} late three times this half term.`,
        ]),
        action: "Logged.",
      });
    });
  }
  routine(120, 260, (day) =>
    single({
      agency: "gp",
      day,
      minute: random.int(8 * 60 + 30, 17 * 60 + 30),
      people: [mother],
      category: "Appointment",
      summary: random.pick([
        "Contraception review.",
        "Back pain, advised.",
        "Asthma review, well controlled.",
      ]),
      action: "Advice given.",
    }),
  );
  routine(200, 400, (day) =>
    single({
      agency: "housing",
      day,
      minute: null,
      people: partner !== null && random.chance(0.3) ? [mother, partner] : [mother],
      category: "Tenancy",
      summary: random.pick([
        "Annual tenancy visit. Property in good order.",
        "Rent account reviewed, small arrears of £120.",
        "Repair reported: boiler.",
      ]),
      action: "No issues.",
    }),
  );
  if (grandmother !== null) {
    routine(150, 300, (day) => {
      if (age(youngest, day) >= 5) return;
      single({
        agency: "health-visiting",
        day,
        minute: null,
        people: [youngest, mother, grandmother],
        category: "Home visit",
        summary: `${youngest.given} seen. Grandmother present, main support to mum.`,
        action: "Universal.",
      });
    });
  }
  return { occurrences, flags };
}

function civilDay(day: number): { day: number; month: number } {
  const text = formatDay(day, "iso");
  return { day: Number(text.slice(8, 10)), month: Number(text.slice(5, 7)) };
}

/** A person as one agency writes them. `named` false: the man is written as the others saw him. */
function writeMention(
  random: Random,
  agency: GeneratedAgency,
  person: SimPerson,
  family: SimFamily,
  named: boolean,
): string {
  const hidden =
    person.role === "partner" &&
    (!named || (family.hiddenMan && agency !== "police" && agency !== "housing"));
  switch (agency) {
    case "police": {
      if (person.role === "child") return `${plainName(random, person)} (child)`;
      if (!named && person.role === "partner") return "unknown male";
      const role = person.role === "partner" ? random.pick(["partner", "mother's partner"]) : person.role;
      return `${shoutedName(random, person)} (${role}, ${dobText(person)})`;
    }
    case "health-visiting":
    case "school":
    case "csc": {
      if (hidden)
        return random.pick([
          "mum's boyfriend",
          "unknown male",
          `${writtenGiven(random, person)} (mum's partner)`,
        ]);
      if (person.role === "child")
        return agency === "csc"
          ? `${plainName(random, person)} (child${random.chance(0.3) ? `, ${dobText(person)}` : ""})`
          : plainName(random, person);
      if (person.role === "mother") {
        if (agency !== "csc" && random.chance(0.25)) return agency === "school" ? "Mum" : "Mother";
        return `${plainName(random, person)} (${agency === "school" ? "mum" : "mother"})`;
      }
      if (person.role === "partner") return `${plainName(random, person)} (mother's partner)`;
      return `${plainName(random, person)} (maternal grandmother)`;
    }
    case "housing":
      return `${plainName(random, person)} (${person.role === "mother" ? "tenant" : "partner"})`;
    default:
      return plainName(random, person);
  }
}

function recorderOf(random: Random, agency: GeneratedAgency): string {
  switch (agency) {
    case "police":
      return `PC ${random.int(1000, 4999)}`;
    case "gp":
      return random.pick(["Dr A Patel (GP)", "Dr R Hughes (GP)", "PN1", "Admin"]);
    case "health-visiting":
      return random.pick(["HV1", "HV2", "CN1"]);
    case "csc":
      return random.pick(["SW1", "SW2", "MASH SW", "TM1"]);
    case "school":
      return random.pick(["DSL", "Class teacher", "Office"]);
    case "housing":
      return random.pick(["HO1", "HO2", "Income team"]);
    default:
      return "";
  }
}
