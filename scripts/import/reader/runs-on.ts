/**
 * A line that runs on: it ends unfinished, so the line after it carries it on. One module for every reader's test,
 * in the variants the readers mean on purpose:
 * - a title's line (titleRunsOn): a joining word, a comma, "&" or a dash, as a heading wraps;
 * - a line of prose (proseRunsOn): a small word or "that", which ends no title, so a line ending on one is no heading;
 * - a line joined on (joinsOn): a comma or "and", which carries on even a labelled field or a list's entry;
 * - a line whose sentence goes on (endsOnWordOrComma, endsOnPlainWordOrComma): a lower-case word or a comma, no stop.
 */

/** Joining words a wrapped title's line ends on ("REVIEW OF THE HIGHWAYS AND", "… Garden Waste in the"). */
export const JOINING_WORDS = ['and', 'of', 'the', 'to', 'for', 'in', 'at', 'on', 'with', 'by', 'from', 'an'] as const;
/**
 * Small words a title in title case leaves in lower case ("Notice of Motion", "Cats and Dogs"): the joining words,
 * "a" and "or". A title's line is carried on by "a" only in lower case ("Plan A", "APPENDIX A" end whole), and by
 * "or" not at all, as titles are read so far.
 */
export const SMALL_WORDS = [...JOINING_WORDS, 'a', 'or'] as const;

/** A title's end that carries it on: a comma, "&", a dash, or a joining word, in any case ("… AND", "… of the", "… from"). */
const TITLE_RUNS_ON = new RegExp(String.raw`(?:[,&–—-]|\b(?:${JOINING_WORDS.join('|')}))$`, 'i');

/**
 * True when a title's line ends where no title ends, so the line below carries it on: "REVIEW OF THE HIGHWAYS AND",
 * a report's "Subject: Charges for Garden Waste in the". "a" only in lower case, as "… in a": "Plan A", "APPENDIX A"
 * end whole. One rule for numbered headings (title-wrap.ts), a report's header fields (kinds/report-header.ts) and a
 * decision notice's (kinds/decision-notice.ts).
 */
export const titleRunsOn = (title: string): boolean => TITLE_RUNS_ON.test(title) || /\sa$/.test(title);

/** Words a line of prose wrapped after ends on, which no title does: the small words and "that", in any case. */
const PROSE_RUNS_ON = new RegExp(String.raw`\b(?:${[...SMALL_WORDS, 'that'].join('|')})$`, 'i');

/** True when a line of prose ends on a small word or "that" ("The Committee considered the report of the"), so it is no title. */
export const proseRunsOn = (line: string): boolean => PROSE_RUNS_ON.test(line);

/** A comma or "and" at a line's end ("… seconded by Cllr Elm and", "Aldermen Ash and Birch; and"). */
const JOINS_ON = /(?:,|\band)$/;

/**
 * True when a line runs on with what joins it to the next, whatever the line: a field's ("Speakers: Mr A Lane and"),
 * a list's entry ("Aldermen Ash and Birch; and", "…,"), so it ends no field and no list.
 */
export const joinsOn = (line: string): boolean => JOINS_ON.test(line);

/** A lower-case letter, of any alphabet, or a comma at a line's end. */
const ENDS_ON_WORD_OR_COMMA = /[\p{Ll},]$/u;

/** True when a line ends with a lower-case word or a comma ("It was unanimously", "seconded by Cllr Elm and"): its sentence goes on. */
export const endsOnWordOrComma = (line: string): boolean => ENDS_ON_WORD_OR_COMMA.test(line);

/**
 * A plain lower-case letter (a to z) or a comma at a line's end: a page break's cut, read before the vote reader's
 * wider form. A Welsh or accented letter ending a page's last line ("… yn y caffé") is kept apart, as it always has
 * been; reading it as endsOnWordOrComma does would move lines across page breaks, a change of what is read.
 */
const ENDS_ON_PLAIN_WORD_OR_COMMA = /[a-z,]$/;

/** True when a line ends with a plain lower-case letter (a to z) or a comma, as a page break may cut it ("… That the minutes be"). */
export const endsOnPlainWordOrComma = (line: string): boolean => ENDS_ON_PLAIN_WORD_OR_COMMA.test(line);
