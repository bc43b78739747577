/**
 * A planning application's reference as councils print it: "25/00187/FUL", "0921/25/HHO", "F/25/0812",
 * "P/23/0456/OUT", "DC/25/12345": numbers between slashes with a letter code before or after them, so a
 * date ("13/10/25") or a minute's number ("122/25") is none; and "PA25/08812", the code run straight into the year
 * and four figures or more after the slash, as Cornwall numbers them, which a minute's "C048/23" is not. The decision reader (decisions.ts) finds a
 * planning list's applications by it, and the numbering (numbering.ts) a title that opens with one. Regex source.
 */
export const APPLICATION_REFERENCE = String.raw`(?:[A-Z]{1,4}\/\d{2,5}\/\d{2,6}(?:\/[A-Z0-9]{1,6})*|[A-Z]{1,4}\d{2}\/\d{4,6}(?:\/[A-Z0-9]{1,6})*|\d{2,5}\/\d{2,6}(?:\/\d{1,6})?\/[A-Z]{2,6}(?:\/[A-Z0-9]{1,6})*)`;

/** A planning application's reference, alone: never the start of a longer run of figures or words. */
const REFERENCE = String.raw`${APPLICATION_REFERENCE}(?![\w/])`;
/**
 * "(1) ", "1. ", "2) ", "(b) ": the number or letter a planning committee's list of applications prints before
 * each, as area and district planning committees minute them ("(1) 23/01876/FUL – site – proposal").
 */
const LIST_NUMBER = String.raw`(?:\(?(?:\d{1,2}|[a-z])\)|\d{1,2}\.)\s+`;
/**
 * A line of a planning list that names its application: the reference opening it ("0921/25/HHO – 4 Ropewalk
 * – rear extension.", "F/25/0812 – 12 Chapel Drove"), after the list's number ("(1) 23/01876/FUL – …") or in
 * brackets after the site ("Land at Mill Leat (0954/25/FUL) – 9 dwellings"), the reference group 1 or 2.
 * The decision reader (decisions.ts) names each decision's application by it; the vote reader (votes.ts)
 * ends a vote's sentences there, so no vote runs on into the next application.
 */
export const LISTED_APPLICATION = new RegExp(String.raw`^\s*(?:${LIST_NUMBER})?(?:(${REFERENCE})|[^(]{1,80}\((${REFERENCE})\))`);

/**
 * "25/0198", "24/01234": a two-figure year and a serial of four or five figures, with no letter code, as many district
 * councils number their applications and a town council's planning list copies them. It is an application's only where
 * the item says it holds planning business and the reference heads an application's line (PLANNING_LISTED), or it opens
 * an item's title after the item's number (numbering.ts): elsewhere it could be anything. A minute's "25/036" has three figures; a month and year
 * ("03/2025") and a date ("10/03/2025") are none; nor is a serial with a part after it ("25/0198/2"). Regex source.
 */
const BARE_REFERENCE = String.raw`(?!(?:0[1-9]|1[0-2])\/(?:19|20)\d{2}(?!\d))\d{2}\/\d{4,5}(?![\w/])`;

/** LISTED_APPLICATION as a planning item's lines are read: the bare reference (BARE_REFERENCE) at a line's head is one too. */
const PLANNING_LISTED = new RegExp(String.raw`^\s*(?:${LIST_NUMBER})?(?:(${REFERENCE}|${BARE_REFERENCE})|[^(]{1,80}\((${REFERENCE})\))`);

/**
 * The pattern of a line that names its application (LISTED_APPLICATION's groups), for an item that holds planning
 * business (`planning`: its title says so, decisions-planning.ts) or any other: only the first reads a bare reference.
 */
export function listedApplication(planning: boolean): RegExp {
  return planning ? PLANNING_LISTED : LISTED_APPLICATION;
}

/** A reference as a planning item's list prints it at a line's head: letter-coded or bare. Regex source. */
export const PLANNING_REFERENCE = String.raw`(?:${APPLICATION_REFERENCE}(?![\w/])|${BARE_REFERENCE})`;
