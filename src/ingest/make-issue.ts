import type { Issue, IssueCode } from "../model/issue.js";

const maxInput = 120;
const maxMessage = 400;

/**
 * Truncates an offending input so an issue never carries more than one short cell; control and
 * bidirectional-override characters are written as escapes, so nothing a cell holds can drive the
 * terminal that prints it.
 */
export function truncateInput(input: string): string {
  return inert(input.length > maxInput ? `${input.slice(0, maxInput)}…` : input);
}

/**
 * A message safe to print: at most about 400 characters (a long quoted value is cut in the middle,
 * the start and the end kept), control characters escaped.
 */
export function boundMessage(message: string): string {
  if (message.length <= maxMessage) return inert(message);
  const cut = message.length - 360;
  return inert(`${message.slice(0, 280)}… (${cut} characters cut) …${message.slice(-80)}`);
}

// C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates: matching them
// is the point here.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters made inert
const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function inert(text: string): string {
  return text.replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
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
    message: boundMessage(message),
    file: where.file,
    agency: where.agency,
    row: where.row ?? null,
    column: where.column ?? null,
  };
  if (input !== undefined) issue.input = truncateInput(input);
  return issue;
}
