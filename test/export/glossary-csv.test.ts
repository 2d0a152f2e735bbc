import { describe, expect, it } from "vitest";
import { glossaryCsv } from "../../src/export/glossary-csv.js";

describe("glossaryCsv", () => {
  it("writes one Excel-safe row per code", () => {
    const csv = glossaryCsv([
      {
        code: "Mother",
        id: "p-1",
        name: "Sarah Jones",
        aliases: ["Sara Jones"],
        dob: "1990-04-12",
        roles: ["mother"],
      },
      { code: "Adult 1", id: "p-2", name: "=cmd", aliases: [], dob: null, roles: [] },
    ]);
    expect(csv).toBe(
      "\uFEFFcode,name,aliases,dob,roles,id\r\nMother,Sarah Jones,Sara Jones,1990-04-12,mother,p-1\r\nAdult 1,'=cmd,,,,p-2\r\n",
    );
  });
});
