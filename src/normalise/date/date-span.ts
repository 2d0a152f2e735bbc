import type { Precision } from "../../model/chronology.js";
import type { IssueCode } from "../../model/issue.js";
import type { DateOrder } from "../../model/source.js";
import type { DateParts } from "./calendar.js";

/** Which written form a date was read from (recorded on the reading). */
export type DateForm =
  | "iso"
  | "iso-instant"
  | "numeric"
  | "words"
  | "excel-serial"
  | "month"
  | "year"
  | "decade"
  | "season"
  | "quarter"
  | "part-of"
  | "either-month"
  | "range"
  | "week-commencing"
  | "by"
  | "before"
  | "after"
  | "relative"
  | "yearless";

/** A warning about a date that was read all the same. */
export interface DateWarning {
  code: IssueCode;
  severity: "warning" | "info";
  reason: string;
}

/** What a form reader finds: the first and last wall-clock units a date covers (both inclusive). */
export interface Span {
  from: DateParts;
  to: DateParts;
  form: DateForm;
  precision?: Precision;
  approximate?: boolean;
  /** A numeric `a/b/yyyy` whose day and month could be either way round. */
  orderAmbiguous?: boolean;
  warnings?: DateWarning[];
}

/** What every form reader is told. */
export interface ReadContext {
  order: DateOrder;
  pivot: number;
  excelSerial: boolean;
}

/** A span of one unit. */
export function single(parts: DateParts, form: DateForm): Span {
  return { from: parts, to: parts, form };
}
