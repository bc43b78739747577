/**
 * The words minutes use: a short list, not a dictionary, of the words a council's minutes print again and again
 * (its bodies, posts, procedure and business), each form written out. It decides when a broken or misread word is
 * put back (ocr-misread-words.ts, line-end-hyphens.ts): only into a word on this list, and only when what was
 * printed is none. A general English word list (the npm registry's `word-list`, 275,000 words) was tried and is not
 * used: it counts rare and old forms as words ("empt", "tor", "utes"), so "ex-" over "empt" and "Direc- tor" would have
 * stayed broken, and it was only used once, outside the project, to check that no misreading these repairs undo turns an English word
 * into one of these (see ocr-misread-words.ts).
 */

/** Each word, in lower case. */
const WORDS = `
a able about absence abstained abstention abstentions accepted accordingly account accounts act action address adopted
advice after against agenda agreed agreement all allocation allotments also amended amendment amendments an and
announcements annual any apologies apology appeal appeals application applications appointed appointment approval
approve approved are arising as at attendance attended audit auditor authorised authority balance be been being board
borough budget business by cabinet carried cemetery chair chairman chairman's chairmen chairwoman chief city clerk
closed commence commenced comment comments committee committees common community confirm confirmation confirmed
consider consideration considered consultation contract contracts correct correspondence council councillor
councillors councils county decided decision decisions declaration declarations declared delegated deputy director
directors district due election elected environment environmental estimates excluded exclusion executive exempt
exemption expenditure finance financial following for from further government grant grants had has have he health
held highways housing if in income information inform informed inspection inspections insurance interest interests
is it item items its leader licensing local management manager matters mayor meeting meetings member members
membership minute minutes motion moved noted notice notices of officer officers office offices official officials on
opposition or order orders other panel paragraph parish party payment payments permission petition petitions planning
portfolio precept present press programme proposed public question questions received recommend recommendation
recommendations recommended record recorded refused report reported reports representative resolution resolutions
resolved schedule scrutiny seconded secretary section signed standing statement street submitted summons tender tenders
that the their there this to town treasurer unanimously urgent vice vote voted votes was were which with working
`;

/** The words minutes use, in lower case (WORDS). */
const MINUTES_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** True when a word, in any case, is one the minutes use ("Committee", "RESOLVED", "treasurer"). */
export const isMinutesWord = (word: string): boolean => MINUTES_WORDS.has(word.toLowerCase());

/** The fewest letters a printed word opening with a capital has to be repaired ("Conrmation" is; "Nally", "Ali" may be names). */
const SHORTEST_CAPITALISED = 6;

/**
 * True when a printed word opens with a capital and is short, so may be a name as printed ("Cllr Nally", "Ali Khan"):
 * an OCR repair leaves it, as a record's names are never read as misprints of a word.
 */
export const mayBeName = (word: string): boolean => word.length < SHORTEST_CAPITALISED && /^\p{Lu}/u.test(word);
