/**
 * Checks an NHS number: ten digits whose last is the mod-11 check digit of the first nine.
 * Spaces and dashes are ignored.
 * @param text the number as written
 * @returns true when it is a valid NHS number
 * @example
 * isValidNhsNumber("943 476 5919") // true
 */
export function isValidNhsNumber(text: string): boolean {
  const digits = text.replace(/[\s-]/g, "");
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/**
 * The NHS number with spaces and dashes removed (not checked).
 * @example
 * compactNhsNumber("943-476-5919") // "9434765919"
 */
export function compactNhsNumber(text: string): string {
  return text.replace(/[\s-]/g, "");
}
