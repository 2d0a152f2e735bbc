import type { Issue, IssueCode } from "./issue.js";

/**
 * The one error class chronomerge throws: a code, the issues behind it and the original cause.
 * @example
 * new ChronomergeError("manifest_invalid", "sources is missing", []).code // "manifest_invalid"
 */
export class ChronomergeError extends Error {
  readonly code: IssueCode;
  readonly issues: readonly Issue[];

  constructor(code: IssueCode, message: string, issues: readonly Issue[], options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ChronomergeError";
    this.code = code;
    this.issues = issues;
  }
}
