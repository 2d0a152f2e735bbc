import { describe, expect, it } from "vitest";
import { detectDateOrder } from "../../../src/normalise/date/detect-date-order.js";

describe("detectDateOrder", () => {
  it.each([
    [["07/05/2012", "25/12/2012"], undefined, "dmy", true, []],
    [["05/07/2012", "12/25/2012"], undefined, "mdy", true, ["date_order_detected"]],
    [["05/07/2012", "12/25/2012"], "dmy", "mdy", true, ["date_order_contradicts_declaration"]],
    [["07/05/2012", "25/12/2012"], "dmy", "dmy", true, []],
    [["07/05/2012", "03/04/2012"], undefined, "dmy", false, ["date_order_undetermined"]],
    [["07/05/2012", "03/04/2012"], "mdy", "mdy", true, ["date_order_undetermined"]],
    [["25/12/2012", "12/25/2012"], undefined, "dmy", false, ["date_order_mixed"]],
    [["2 May 2006", "2012-05-07", "March 2019"], undefined, "dmy", false, []],
    [["?25/12/2012 14:05", "c. 07/05/2012"], undefined, "dmy", true, []],
    [
      ["w/c 12/25/2012", "between 03/04/2012 and 05/06/2012"],
      undefined,
      "mdy",
      true,
      ["date_order_detected"],
    ],
  ] as const)("reads %j declared %s as %s (known %s) with %j", (texts, declared, order, known, codes) => {
    const detection = detectDateOrder(texts, declared);
    expect(detection.order).toBe(order);
    expect(detection.known).toBe(known);
    expect(detection.warnings.map((w) => w.code)).toEqual(codes);
  });

  it("names the value that proves an order other than the default, with its index", () => {
    const detection = detectDateOrder(["06/07/2019", "05/13/2019", "12/25/2019"]);
    expect(detection.proofIndex).toBe(1);
    expect(detection.warnings).toEqual([
      {
        code: "date_order_detected",
        severity: "warning",
        reason: expect.stringContaining('"05/13/2019" proves month-first'),
      },
    ]);
    expect(detectDateOrder(["25/12/2019", "06/07/2019"], "mdy").warnings[0]?.reason).toContain(
      '"25/12/2019" proves day-first',
    );
  });

  it("says nothing when the proven order is the default or the declared one", () => {
    expect(detectDateOrder(["25/12/2019"]).warnings).toEqual([]);
    expect(detectDateOrder(["12/25/2019"], "mdy").warnings).toEqual([]);
  });

  it("counts its evidence", () => {
    expect(detectDateOrder(["25/12/2012", "07/05/2012", "01/01/2012", "13/01/2012"]).evidence).toEqual({
      dmy: 2,
      mdy: 0,
      ambiguous: 1,
    });
  });

  it("reports the undetermined order as info when the order is declared, a warning when defaulted", () => {
    expect(detectDateOrder(["07/05/2012"], "dmy").warnings[0]?.severity).toBe("info");
    expect(detectDateOrder(["07/05/2012"]).warnings[0]?.severity).toBe("warning");
  });

  it("does not mutate its input", () => {
    const texts = Object.freeze(["07/05/2012", "25/12/2012"]);
    detectDateOrder(texts);
    expect(texts).toEqual(["07/05/2012", "25/12/2012"]);
  });
});
