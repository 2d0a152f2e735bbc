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

/** True when any of the event's agencies matches the pattern. */
export function byAgency(event: MergedEvent, pattern: RegExp): boolean {
  return event.event.agencies.some((agency) => pattern.test(agency));
}
