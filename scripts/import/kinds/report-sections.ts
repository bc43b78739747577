/**
 * The sections of an officer's report other than its recommendations, as report templates name them: "Purpose of
 * Report", "Financial Implications", "Background Papers". One word list for the report reader's two questions: where
 * its recommendations end (report-recommendations.ts), and whether a record with no "Report of …" line and no agenda
 * item mark is a report at all (report-kind.ts).
 */

/** The section names of a report other than its recommendations, as a heading of its own line prints them. */
const SECTION_NAMES = String.raw`(?:background|reasons?\b.*|purpose\b.*|introduction|legal\b.*|financial\b.*|finance\b.*|equalit(?:y|ies)\b.*|implications\b.*|consultation\b.*|risks?\b.*|appendi(?:x|ces)\b.*|options\b.*|alternative\s+options\b.*|summary|conclusions?|legislative\s+framework|other\s+matters|head\s+of\s+finance.*|city\s+solicitor.*|background\s+papers.*|information)`;

/** A report's section heading, numbered or not ("4. Financial Implications", "BACKGROUND PAPERS:"): the sections after its recommendations. */
export const REPORT_SECTION = new RegExp(String.raw`^(?:\d{1,2}\.?\s*)?${SECTION_NAMES}\s*:?$`, 'i');

/** A report's opening section: "1. Purpose", "Purpose of the Report", "Executive Summary". */
export const REPORT_OPENING = /^(?:\d{1,2}\.?\s*)?(?:purpose(?:\s+of\s+(?:the\s+|this\s+)?report)?|(?:executive\s+)?summary)\s*:?$/i;
/** Sections a report closes with, which minutes' and agendas' items do not print as headings: its implications and papers. */
export const REPORT_CLOSING = /^(?:\d{1,2}\.?\s*)?(?:(?:\w+\s+){0,3}implications|background\s+papers|appendi(?:x|ces))\s*:?$/i;
