/**
 * Roman numerals as records number things with them: items ("I", "II"; "(i)", "ii."), a resolution's points ("(iii)"). One
 * reading for the item numbering (reader/numbering.ts, reader/roman-items.ts) and a list's labels (list-marks.ts).
 */

/**
 * The value of a Roman numeral written the usual way, up to XXXIX, in capitals or in lower case ("iv" is 4); null for
 * any other run of the letters ("IIII", "VX") or one of mixed case ("Iv").
 */
export function romanValue(numeral: string): number | null {
  const upper = numeral.toUpperCase();
  if (numeral !== upper && numeral !== numeral.toLowerCase()) return null;
  const parts = /^(X{0,3})(IX|IV|V?I{0,3})$/.exec(upper);
  if (!parts || numeral === '') return null;
  const units: Record<string, number> = { IX: 9, IV: 4 };
  const rest = parts[2] ?? '';
  return (parts[1] ?? '').length * 10 + (units[rest] ?? (rest.startsWith('V') ? 5 : 0) + rest.replace('V', '').length);
}

/** Letters of a numeral in lower case ("iii"), as a resolution's points and a town council's items are numbered. Regex source. */
export const LOWER_NUMERAL = '[ivx]{1,7}';
