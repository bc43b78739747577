/**
 * A planning application's reference as councils print it: "25/00187/FUL", "0921/25/HHO", "F/25/0812",
 * "P/23/0456/OUT", "DC/25/12345": numbers between slashes with a letter code before or after them, so a
 * date ("13/10/25") or a minute's number ("122/25") is none; and "PA25/08812", the code run straight into the year
 * and four figures or more after the slash, as Cornwall numbers them, which a minute's "C048/23" is not. The decision reader (decisions.ts) finds a
 * planning list's applications by it, and the numbering (numbering.ts) a title that opens with one. Regex source.
 */
export const APPLICATION_REFERENCE = String.raw`(?:[A-Z]{1,4}\/\d{2,5}\/\d{2,6}(?:\/[A-Z0-9]{1,6})*|[A-Z]{1,4}\d{2}\/\d{4,6}(?:\/[A-Z0-9]{1,6})*|\d{2,5}\/\d{2,6}(?:\/\d{1,6})?\/[A-Z]{2,6}(?:\/[A-Z0-9]{1,6})*)`;
