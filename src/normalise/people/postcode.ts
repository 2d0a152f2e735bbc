/** A UK postcode: outward code (area, district) and inward code (sector digit, unit letters). */
const postcodePattern = /\b([A-Z]{1,2}[0-9][0-9A-Z]?)\s*([0-9][A-Z]{2})\b/;

/**
 * Reads a UK postcode from a postcode cell or an address: upper case, one space before the inward code.
 * @param text a postcode or an address that ends with one
 * @returns the postcode, or undefined when there is none
 * @example
 * readPostcode("12 High St, Leeds ls6 2ab") // "LS6 2AB"
 */
export function readPostcode(text: string): string | undefined {
  const found = postcodePattern.exec(text.toUpperCase());
  return found === null ? undefined : `${found[1]} ${found[2]}`;
}

/**
 * The postcode sector (outward code and the inward code's digit): neighbours share it.
 * @param postcode a postcode as readPostcode returns it
 * @returns the sector
 * @example
 * postcodeSector("LS6 2AB") // "LS6 2"
 */
export function postcodeSector(postcode: string): string {
  return postcode.slice(0, -2);
}
