/**
 * The words a council's name is built of, shared by the patterns of its names in English (council-name.ts), its formal
 * names (council-formal-name.ts) and its Gaelic name (council-name-welsh-gaelic.ts). Regex sources, no groups.
 */

/** A word of a name: a capital and the letters after it. Regex source. */
export const WORD = String.raw`[A-Z][\w'’.-]*`;
// "&" is no word, so `\b` cannot follow it: "Rivervale & Dunmore City Council".
/** The words that join a name's words ("of", "upon", "and", "&"). Regex source. */
export const JOIN = String.raw`(?:\s+(?:(?:of|upon|on|and|in|the)\b|&))*`;
/** A word after a place's name that is no part of it: a body's, the document's, "Held". Regex source. */
export const NOT_PLACE = String.raw`(?!(?:Cabinet|Council|Committee|Sub-Committee|Panel|Board|Meeting|Minutes|Agenda|Held)\b)`;
