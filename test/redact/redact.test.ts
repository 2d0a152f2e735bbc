import { describe, expect, it } from "vitest";
import { toCsv } from "../../src/export/to-csv.js";
import { toHtml } from "../../src/export/to-html.js";
import { toJson } from "../../src/export/to-json.js";
import { toMarkdown } from "../../src/export/to-markdown.js";
import { ChronologySchema } from "../../src/model/chronology.js";
import { readMention } from "../../src/normalise/people/people-cell.js";
import { buildChronology } from "../../src/pipeline/build-chronology.js";
import { redact, redactText } from "../../src/redact/redact.js";
import { generateReview, reviewSources } from "../../src/testing/generate-review.js";
import { leakedTokens, nameTokens } from "./leaks.js";
import { namedSources, writtenIdentifiers, writtenNames } from "./named-review.js";

const document = buildChronology(namedSources);

function outputs(doc: typeof document): Record<string, string> {
  return {
    json: toJson(doc),
    csv: toCsv(doc),
    md: toMarkdown(doc, { title: "Review" }),
    html: toHtml(doc, { title: "Review" }),
  };
}

describe("redact", () => {
  it("leaves no name from the inputs, and no name token of three letters or more, in any output", () => {
    const tokens = nameTokens(writtenNames);
    expect(tokens).toContain("krezolek");
    for (const [format, text] of Object.entries(outputs(document))) {
      // The named view has them all: the test would catch a leak.
      expect(leakedTokens(text, tokens), format).toEqual(tokens);
    }
    for (const [format, text] of Object.entries(outputs(redact(document).document))) {
      expect(leakedTokens(text, tokens), format).toEqual([]);
    }
  });

  it("leaves no DOB, NHS number, phone, e-mail or address from the inputs in any output", () => {
    for (const [format, text] of Object.entries(outputs(redact(document).document))) {
      const found = writtenIdentifiers.filter((id) => text.toLowerCase().includes(id.toLowerCase()));
      expect(found, format).toEqual([]);
    }
  });

  it.each([1, 2, 3])("leaves no name in the outputs of generated review %i", (seed) => {
    const review = generateReview({ seed, families: 2 });
    const named = buildChronology(reviewSources(review), { ...review.manifest.review });
    const written = review.truth.people.flatMap((p) => [
      p.name,
      ...p.mentions.map((m) => readMention(m.text).name ?? ""),
    ]);
    const tokens = nameTokens(written);
    const { document: redacted } = redact(named);
    for (const [format, text] of Object.entries(outputs(redacted))) {
      expect(leakedTokens(text, tokens), format).toEqual([]);
    }
    for (const person of review.truth.people) {
      const text = toJson(redacted);
      expect(text).not.toContain(person.nhs);
      expect(text).not.toContain(person.dob);
    }
  });

  it("gives each person one code, used for them everywhere", () => {
    const { document: redacted, glossary } = redact(document);
    const sarah = glossary.find((g) => g.name === "Sarah Jones")!;
    const liam = glossary.find((g) => g.name === "Liam Jones")!;
    expect(sarah.code).toBe("Mother");
    expect(liam.code).toMatch(/^Child [A-Z]$/);
    const police = redacted.events.find((e) =>
      e.sources.some((s) => s.file === "police.csv" && s.row === 1),
    )!;
    expect(police.summary).toContain(`${liam.code}'s cot in the room, ${liam.code} seen`);
    expect(police.summary).toContain("Mother's phone [phone]");
    const mother = redacted.people.find((p) => p.name === "Mother")!;
    expect(mother.sources.every((s) => s.text === "Mother")).toBe(true);
    expect(police.people).toContain(mother.id);
  });

  it("removes DOBs, aliases and identifiers from people and gives them new ids", () => {
    const { document: redacted } = redact(document);
    const namedIds = new Set(document.people.map((p) => p.id));
    for (const person of redacted.people) {
      expect(person.dob).toBeNull();
      expect(person.aliases).toEqual([]);
      expect(person.identifiers).toEqual({});
      expect(namedIds.has(person.id)).toBe(false);
    }
    expect(() => ChronologySchema.parse(redacted)).not.toThrow();
  });

  it("keeps dates, agencies, sources and counts as they are", () => {
    const { document: redacted } = redact(document);
    expect(redacted.events.map((e) => [e.id, e.start, e.dateText, e.agencies])).toEqual(
      document.events.map((e) => [e.id, e.start, e.dateText, e.agencies]),
    );
    expect(redacted.stats).toEqual(document.stats);
  });

  it("gives the same result whatever the order of the returns", () => {
    const reversed = buildChronology([...namedSources].reverse());
    expect(toJson(redact(reversed).document)).toBe(toJson(redact(document).document));
    expect(redact(reversed).glossary).toEqual(redact(document).glossary);
  });

  it("does not change the document it is given", () => {
    const before = structuredClone(document);
    redact(document);
    expect(document).toEqual(before);
  });

  it("keeps the glossary out of the redacted document", () => {
    const { document: redacted, glossary } = redact(document);
    expect(glossary.map((g) => g.code)).toEqual([...glossary.map((g) => g.code)].sort());
    expect(glossary.find((g) => g.code === "Mother")).toMatchObject({
      name: "Sarah Jones",
      dob: "1990-04-12",
    });
    expect(toJson(redacted)).not.toContain("Sarah");
  });
});

describe("redact (agencies and people alone)", () => {
  it("redacts an agency named after a person, the same in events and sources", () => {
    const surgery = buildChronology([
      {
        file: "patel.csv",
        agency: "Dr Aisha Patel surgery",
        content: "Date,Patient,Details\n01/02/2019,Aisha Patel (GP); Liam Jones (child),Seen\n",
      },
    ]);
    const { document: redacted } = redact(surgery);
    expect(redacted.events[0]!.agencies).toEqual(["GP1 surgery"]);
    expect(redacted.events[0]!.sources[0]).toMatchObject({ agency: "GP1 surgery", file: "GP1.csv" });
  });

  it("judges childhood by role alone when the document has no events", () => {
    const people = document.people.map((p) => ({ ...p }));
    const alone = { ...document, events: [], flags: [] };
    const codes = redact({ ...alone, people }).glossary;
    expect(codes.find((g) => g.name === "Sarah Jones")!.code).toBe("Mother");
    expect(codes.find((g) => g.name === "Liam Jones")!.code).toMatch(/^Child [A-Z]$/);
  });
});

describe("redactText", () => {
  it("redacts a title with the codes of the document", () => {
    expect(redactText(document, "Review of Liam Jones and SARAH JONES")).toMatch(
      /^Review of Child [A-Z] and Mother$/,
    );
  });
});
