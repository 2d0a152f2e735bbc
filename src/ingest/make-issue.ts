import type { Issue, IssueCode } from "../model/issue.js";

const maxInput = 120;

/** Truncates an offending input so an issue never carries more than one short cell. */
export function truncateInput(input: string): string {
  return input.length > maxInput ? `${input.slice(0, maxInput)}…` : input;
}

/** Builds an issue with provenance; internal helper shared by every stage. */
export function makeIssue(
  code: IssueCode,
  message: string,
  where: { file: string; agency: string; row?: number | null; column?: string | null },
  input?: string,
  severity: Issue["severity"] = "error",
): Issue {
  const issue: Issue = {
    code,
    severity,
    message,
    file: where.file,
    agency: where.agency,
    row: where.row ?? null,
    column: where.column ?? null,
  };
  if (input !== undefined) issue.input = truncateInput(input);
  return issue;
}
