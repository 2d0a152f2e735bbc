import { makeIssue } from "../../ingest/make-issue.js";
import type { Issue } from "../../model/issue.js";
import type { DateOrder, RawRecord } from "../../model/source.js";
import { detectDateOrder } from "./detect-date-order.js";
import { isExcelSerialColumn } from "./excel-serial.js";

/** How one return's dates are to be read, decided from all of its date cells at once. */
export interface SourceDatePlan {
  dateOrder: DateOrder;
  dateOrderKnown: boolean;
  excelSerial: boolean;
  issues: Issue[];
}

/**
 * Plans the reading of one return's dates before its rows are normalised: detects the day/month
 * order (against the declaration) and whether the date column holds Excel serial numbers.
 * @param records the return's raw records
 * @param declared the order declared for it (source `dateOrder`, else the review's), if any
 * @returns the order, whether it is known, serial mode, and file-level issues
 * @example
 * planSourceDates(records, undefined).dateOrder // "dmy"
 */
export function planSourceDates(
  records: readonly RawRecord[],
  declared: DateOrder | undefined,
): SourceDatePlan {
  const texts = records.map((record) => record.fields.date ?? "");
  const detection = detectDateOrder(texts, declared);
  const first = records[0];
  const issues =
    first === undefined
      ? []
      : detection.warnings.map((warning) => {
          // An order proven against the default or declaration names the row whose value proved it.
          const proof = detection.proofIndex === undefined ? undefined : records[detection.proofIndex];
          const where = proof === undefined ? "" : ` (row ${proof.source.row})`;
          return makeIssue(
            warning.code,
            `${first.source.file}${where}: ${warning.reason}`,
            {
              file: first.source.file,
              agency: first.source.agency,
              row: proof?.source.row ?? null,
              column: first.columns.date ?? null,
            },
            proof?.fields.date,
            warning.severity,
          );
        });
  return {
    dateOrder: detection.order,
    dateOrderKnown: detection.known,
    excelSerial: isExcelSerialColumn(texts),
    issues,
  };
}
