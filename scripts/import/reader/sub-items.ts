/**
 * A lettered sub-item's heading at a sentence's start: "(b) Capital Strategy 2025/26 (Cabinet Minute 104)" alone on its
 * line over a blank line, as a full council's minutes part "Recommendations from Cabinet" into the business each
 * decided. A decision's lettered points ("(b) that the fees be raised;") end with a stop or a joiner, or run on under no
 * blank line: no heading. Apart because the vote reader's own-vote requests (vote-own.ts) and movers (vote-movers.ts) both
 * stop at one: what was moved or asked under one sub-item is no other's.
 */

/** The heading's line: a letter or a small roman numeral in brackets, words with no stop or joiner at the end, a blank line under it. */
const SUB_ITEM_HEADING = /^\s*\(?(?:[a-z]|[ivx]{1,4})\)[^\S\n]+\p{Lu}[^\n]*[^\s.;:,][^\S\n]*\n[^\S\n]*\n/u;

/** True when a sentence (its line breaks kept) opens with a lettered sub-item's heading over a blank line. */
export const opensSubItem = (sentence: string): boolean => SUB_ITEM_HEADING.test(sentence);

/** A sentence without the sub-item's heading it opens with: the words under it. */
export const underSubItem = (sentence: string): string => sentence.replace(SUB_ITEM_HEADING, '').trim();
