/**
 * The Fellegi-Sunter parameters of each comparison level: m, the chance the level is reached when two
 * mentions are the same person; u, the chance when they are not. A level's weight is log2(m / u):
 * positive is evidence for one person, negative against. Levels marked `tf` take u from the data
 * (how common the agreeing name is) rather than from this table.
 */
export const levelParameters = {
  code: { exact: { m: 0.99, u: 1e-6 } },
  given: {
    exact: { m: 0.85, u: 0.01 },
    variant: { m: 0.05, u: 0.002 },
    typo: { m: 0.05, u: 0.002 },
    middle: { m: 0.02, u: 0.002 },
    contains: { m: 0.02, u: 0.002 },
    initial: { m: 0.03, u: 0.003 },
    similar: { m: 0.02, u: 0.01 },
    differ: { m: 0.01, u: 0.95 },
  },
  family: {
    exact: { m: 0.8, u: 0.005 },
    part: { m: 0.04, u: 0.0005 },
    typo: { m: 0.05, u: 0.001 },
    similar: { m: 0.02, u: 0.01 },
    differ: { m: 0.05, u: 0.99 },
  },
  dob: {
    exact: { m: 0.85, u: 0.0002 },
    swapped: { m: 0.02, u: 0.0005 },
    "one-digit": { m: 0.05, u: 0.002 },
    "same-year": { m: 0.02, u: 0.03 },
    differ: { m: 0.02, u: 0.95 },
  },
  nhs: { exact: { m: 0.97, u: 1e-5 }, differ: { m: 0.005, u: 0.99 } },
  postcode: {
    exact: { m: 0.5, u: 0.02 },
    sector: { m: 0.1, u: 0.05 },
    differ: { m: 0.4, u: 0.93 },
  },
  sex: { same: { m: 0.95, u: 0.5 }, differ: { m: 0.005, u: 0.5 } },
  role: {
    same: { m: 0.5, u: 0.1 },
    related: { m: 0.25, u: 0.1 },
    other: { m: 0.05, u: 0.3 },
    conflict: { m: 0.001, u: 0.3 },
  },
  household: { shared: { m: 0.5, u: 0.02 } },
} as const;

/** Pseudo-count of the prior in the term-frequency estimate: how many mentions the table's u is worth. */
export const tfPriorWeight = 500;

/**
 * The weight of a level, log2(m / u), rounded to hundredths so explanations read cleanly.
 * @param m chance of the level for the same person
 * @param u chance of the level for different people
 * @returns the weight in bits
 * @example
 * levelWeight(0.85, 0.01) // 6.41
 */
export function levelWeight(m: number, u: number): number {
  return Math.round(Math.log2(m / u) * 100) / 100;
}
