import type { MergedEvent } from "../merge/merge-events.js";

/** How agencies are recognised from their names in the returns. Every pattern is an option. */
export interface AgencyPatterns {
  /** Children's social care, MASH, early help. */
  socialCare: RegExp;
  /** Health visiting and 0-19 public health nursing. */
  healthVisiting: RegExp;
  /** Schools, nurseries, education services. */
  school: RegExp;
  /** Emergency departments, hospitals, ambulance services: a child there is seen. */
  hospital: RegExp;
}

/** The default agency patterns (case-insensitive, matched anywhere in the agency's name). */
export const defaultAgencyPatterns: AgencyPatterns = {
  socialCare:
    /social care|social services|social work|\bcsc\b|children'?s services|\bmash\b|early help|safeguarding hub|family support service/i,
  healthVisiting: /health visit|\bhv\b|0-19|0 ?- ?19|public health nurs|school nurs|family nurse/i,
  school: /school|nursery|education|academy|college|early years/i,
  hospital:
    /\bed\b|a ?& ?e|emergency|hospital|ambulance|paramedic|urgent care|minor injur|paediatric|\bnhs trust\b/i,
};

/** The agency patterns with a caller's overrides applied. */
export function agencyPatterns(overrides: Partial<AgencyPatterns> = {}): AgencyPatterns {
  return { ...defaultAgencyPatterns, ...overrides };
}

/** Child and adolescent mental health services: they hold a child's case and close it. */
const camhs =
  /\bcamhs\b|child and adolescent mental health|children'?s mental health|\bcyp\b.*mental health/i;

/**
 * The agencies that hold a child's case, so that their closure is a case closed: children's social care,
 * health visiting, schools and education services, CAMHS (not the police, whose "NFA" closes a crime report).
 * @param patterns the agency patterns in use
 * @returns one pattern matching any of them
 * @example
 * caseHoldingAgencies(defaultAgencyPatterns).test("Police") // false
 */
export function caseHoldingAgencies(patterns: AgencyPatterns): RegExp {
  return new RegExp(
    [patterns.socialCare, patterns.healthVisiting, patterns.school, camhs].map((p) => p.source).join("|"),
    "i",
  );
}

/** True when any of the event's agencies matches the pattern. */
export function byAgency(event: MergedEvent, pattern: RegExp): boolean {
  return event.event.agencies.some((agency) => pattern.test(agency));
}
