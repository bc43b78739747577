/**
 * Titles printed before people's names in council records ("Cllr", "County Councillor", "Mrs",
 * "Revd", "Alderman"). One list, so the importer (telling names from roles, reading membership and
 * attendance lists) and the people index (splitting a name into title and name) agree on what a
 * title is.
 */
import { WELSH_COUNCIL_TIERS } from './welsh-words.ts';

/** One title: how it is shown, every spelling records print, and what kind of title it is. */
export interface Honorific {
  /** Form used when the title is shown: "Councillor", "Mrs", "Professor". */
  readonly canonical: string;
  /** Spellings as printed, without a trailing full stop ("Cllr", "Prof", "Revd"). */
  readonly spellings: readonly string[];
  /**
   * `councillor`: dropped from names in attendance lists (the list already says who is a member);
   * `personal`: part of the name as printed ("Mrs Shewell"); `civic`: an office held as a title; `rank`: a
   * police rank ("Chief Superintendent"), no part of the name: attendance lists keep it as the person's role.
   */
  readonly kind: 'councillor' | 'personal' | 'civic' | 'rank';
  /** A surname too ("Ms Lord", "Mr Canon"): see `isSurnameTitle`. */
  readonly surname?: true;
  /**
   * A councillor title's plurals that head a list of members ("Aldermen A and B", Welsh "Cynghorwyr"), besides
   * each spelling with an "s" ("Cllrs", "CCllrs").
   */
  readonly plurals?: readonly string[];
  /**
   * A word that opens posts as often as it titles a name ("Deputy Sam Oake", "Deputy Mayor"): the words after it that make
   * it a post's first word (a regex source), where it is no title. Such a title has no plural, and a word alone is none
   * (`honorificOf`): only a name after it shows it.
   */
  readonly postAfter?: string;
  /**
   * Tiers printed after the title, as Welsh prints them ("Cynghorydd Sir", a county councillor), where English prints
   * them before ("County Councillor", COUNCIL_TIERS): part of the title, never the name's.
   */
  readonly tiersAfter?: readonly string[];
}

/**
 * The words after "Deputy" that make it a post's ("Deputy Mayor", "Deputy Chief Executive", "Deputy Town Clerk",
 * "Deputy Head of Legal"), not the City of London's title for a common councilman who is an alderman's deputy.
 */
const DEPUTY_POSTS = String.raw`(?:Lord|Lady|Mayor\w*|Provost|Leader|Chair\w*|Vice|Chief|Head\w*|Director|Clerk|Town|City|County|Borough|Parish|Monitoring|Section|S151|Returning|Electoral|Lieutenant|High|Sheriff|Cabinet|Executive|Portfolio|Group|Manager|Member|Principal|Senior|Service|Democratic|Governance|Finance|Financial|Treasurer|Secretary|Registrar|Coroner|Commissioner|Police|Presiding|Speaker|Controller|Officer|First|Minister|Assistant|Programme|Project|Team|Area|Regional|Strategic|Operations|Corporate|Governor|Locality|Monitor)\b`;

/** Every title the project knows, councillor titles first. */
export const HONORIFICS: readonly Honorific[] = [
  // "Councilor" as some clerks misspell it.
  { canonical: 'Councillor', spellings: ['Councillor', 'Councilor', 'Cllr'], kind: 'councillor' },
  // Welsh "(Y) Cynghorydd" ("Cyng", "Cyngh") in Welsh and bilingual minutes, its tier after it ("Y Cynghorydd Sir").
  {
    canonical: 'Councillor',
    spellings: ['Y Cynghorydd', 'Cynghorydd', 'Cyngh', 'Cyng'],
    kind: 'councillor',
    plurals: ['Y Cynghorwyr', 'Cynghorwyr'],
    tiersAfter: WELSH_COUNCIL_TIERS,
  },
  // A member of a Scottish community council, "CCllr Ann Roe", "CCllrs Roe and Hay": its list says who is a member, as a council's does.
  { canonical: 'Community Councillor', spellings: ['CCllr'], kind: 'councillor' },
  // A Northern Irish council's senior members ("Alderman W Kerr", "Aldermen A and B") sit and vote as councillors do.
  { canonical: 'Alderman', spellings: ['Alderman'], kind: 'councillor', plurals: ['Aldermen'] },
  { canonical: 'Alderwoman', spellings: ['Alderwoman'], kind: 'councillor', plurals: ['Alderwomen'] },
  // The City of London's common councilman who is an alderman's deputy, "Deputy Sam Oake": titled as a councillor is.
  { canonical: 'Deputy', spellings: ['Deputy'], kind: 'councillor', postAfter: DEPUTY_POSTS },
  { canonical: 'Mr', spellings: ['Mr'], kind: 'personal' },
  { canonical: 'Mrs', spellings: ['Mrs'], kind: 'personal' },
  { canonical: 'Ms', spellings: ['Ms'], kind: 'personal' },
  { canonical: 'Miss', spellings: ['Miss'], kind: 'personal' },
  { canonical: 'Mx', spellings: ['Mx'], kind: 'personal' },
  { canonical: 'Dr', spellings: ['Dr'], kind: 'personal' },
  { canonical: 'Professor', spellings: ['Professor', 'Prof'], kind: 'personal' },
  { canonical: 'Rev', spellings: ['Reverend', 'Revd', 'Rev'], kind: 'personal' },
  { canonical: 'Canon', spellings: ['Canon'], kind: 'personal', surname: true },
  { canonical: 'Sir', spellings: ['Sir'], kind: 'personal' },
  { canonical: 'Dame', spellings: ['Dame'], kind: 'personal' },
  { canonical: 'Lord', spellings: ['Lord'], kind: 'personal', surname: true },
  { canonical: 'Lady', spellings: ['Lady'], kind: 'personal' },
  { canonical: 'Baroness', spellings: ['Baroness'], kind: 'personal' },
  // Armed forces' ranks, as a civic occasion's guests are listed ("Lt Col Andrea Tunstall", "Group Captain Lee Varn"):
  // printed before the name as "Dr" is, and kept with it. Never "Col" alone (Colin's short name) nor "Commander" alone,
  // a post's word as often ("Station Commander"); "Major" a surname too ("Mr Major").
  { canonical: 'Lieutenant Colonel', spellings: ['Lieutenant Colonel', 'Lieutenant-Colonel', 'Lt Col', 'Lt-Col'], kind: 'personal' },
  { canonical: 'Colonel', spellings: ['Colonel'], kind: 'personal' },
  { canonical: 'Brigadier', spellings: ['Brigadier'], kind: 'personal' },
  { canonical: 'Major', spellings: ['Major'], kind: 'personal', surname: true },
  { canonical: 'Captain', spellings: ['Captain', 'Capt'], kind: 'personal' },
  { canonical: 'Lieutenant', spellings: ['Lieutenant', 'Lt'], kind: 'personal' },
  { canonical: 'Group Captain', spellings: ['Group Captain'], kind: 'personal' },
  { canonical: 'Wing Commander', spellings: ['Wing Commander', 'Wg Cdr'], kind: 'personal' },
  { canonical: 'Squadron Leader', spellings: ['Squadron Leader', 'Sqn Ldr'], kind: 'personal' },
  { canonical: 'Mayor', spellings: ['Mayor'], kind: 'civic' },
  { canonical: 'Provost', spellings: ['Provost'], kind: 'civic' },
  { canonical: 'Bailie', spellings: ['Bailie'], kind: 'civic' },
  // Police ranks, as officers at a police and crime panel or a community safety partnership are listed
  // ("Chief Inspector Ann Holt", "Sgt. Ben Cole"). Never a bare "Constable" (a surname), nor initials that
  // are a name or a council's ("DI" is Di, "DCC" a county council); "PCSO" a police community support officer.
  { canonical: 'Chief Constable', spellings: ['Chief Constable'], kind: 'rank' },
  { canonical: 'Deputy Chief Constable', spellings: ['Deputy Chief Constable'], kind: 'rank' },
  { canonical: 'Assistant Chief Constable', spellings: ['Assistant Chief Constable'], kind: 'rank' },
  { canonical: 'Detective Chief Superintendent', spellings: ['Detective Chief Superintendent'], kind: 'rank' },
  { canonical: 'Chief Superintendent', spellings: ['Chief Superintendent', 'Chief Supt', 'Ch Supt'], kind: 'rank' },
  { canonical: 'Detective Superintendent', spellings: ['Detective Superintendent', 'Det Supt'], kind: 'rank' },
  { canonical: 'Superintendent', spellings: ['Superintendent', 'Supt'], kind: 'rank' },
  { canonical: 'Detective Chief Inspector', spellings: ['Detective Chief Inspector', 'DCI'], kind: 'rank' },
  { canonical: 'Chief Inspector', spellings: ['Chief Inspector', 'Ch Insp'], kind: 'rank' },
  { canonical: 'Detective Inspector', spellings: ['Detective Inspector', 'Det Insp'], kind: 'rank' },
  { canonical: 'Inspector', spellings: ['Inspector', 'Insp'], kind: 'rank' },
  { canonical: 'Detective Sergeant', spellings: ['Detective Sergeant', 'DS'], kind: 'rank' },
  // "PS Okafor": a police sergeant, as minutes print the rank beside "PC Moss".
  { canonical: 'Sergeant', spellings: ['Sergeant', 'Sgt', 'PS'], kind: 'rank' },
  { canonical: 'Detective Constable', spellings: ['Detective Constable', 'DC'], kind: 'rank' },
  { canonical: 'Police Constable', spellings: ['Police Constable', 'PC'], kind: 'rank' },
  { canonical: 'PCSO', spellings: ['PCSO'], kind: 'rank' },
  // Fire and rescue ranks, as a community planning partnership or a community safety partnership lists the service's
  // officer ("Group Manager Ann Holt – Fire and Rescue Service"). Never "Area Manager" (a job as often as a rank).
  { canonical: 'Chief Fire Officer', spellings: ['Chief Fire Officer'], kind: 'rank' },
  { canonical: 'Deputy Chief Fire Officer', spellings: ['Deputy Chief Fire Officer'], kind: 'rank' },
  { canonical: 'Assistant Chief Fire Officer', spellings: ['Assistant Chief Fire Officer'], kind: 'rank' },
  { canonical: 'Group Manager', spellings: ['Group Manager'], kind: 'rank' },
  { canonical: 'Station Manager', spellings: ['Station Manager'], kind: 'rank' },
  { canonical: 'Watch Manager', spellings: ['Watch Manager'], kind: 'rank' },
];

/** Tiers a councillor title can name ("County Cllr", "District Councillor"): at a parish meeting, a visitor from another council. */
export const COUNCIL_TIERS: readonly string[] = ['County', 'District', 'Borough', 'Parish', 'Town', 'City', 'Ward'];

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/** A title's spellings as regex sources, each kept from the words that make it a post's (`postAfter`). */
const spellingSources = (title: Honorific): string[] =>
  title.spellings.map((spelling) => (title.postAfter === undefined ? spelling : `${spelling}(?!\\s+${title.postAfter})(?=\\s+[A-Z])`));

const TIER = `(?:(?:${alternation(COUNCIL_TIERS)})\\s+)?`;
const councillorTitles = HONORIFICS.filter((title) => title.kind === 'councillor');
const otherSpellings = HONORIFICS.filter((title) => title.kind !== 'councillor').flatMap((title) => title.spellings);

/** A title's tiers after it as an optional regex source (" Sir" after "Cynghorydd"); empty for a title with none. */
const tiersAfter = (title: Honorific): string => (title.tiersAfter === undefined ? '' : `(?:\\s+(?:${alternation(title.tiersAfter)})\\b)?`);
/** Councillor titles' words, each group of spellings with its own tiers after ("Cynghorydd Sir"); `plural` for the plurals. */
const councillorWords = (plural: boolean): string =>
  councillorTitles
    // A title that opens posts as often ("Deputy") has no plural that heads a list.
    .filter((title) => !plural || title.postAfter === undefined)
    .map((title) => {
      const words = plural ? [...title.spellings.map((word) => `${word}s`), ...(title.plurals ?? [])] : spellingSources(title);
      return `(?:${alternation(words)})\\b\\.?${tiersAfter(title)}`;
    })
    .join('|');

/** Regex source for one councillor title, tier included: "Cllr", "Cllr.", "County Councillor", "Cynghorydd Sir". No anchors, no groups that capture. */
export const COUNCILLOR_SOURCE = `${TIER}(?:${councillorWords(false)})`;

/**
 * Regex source for the plural councillor title that heads a list: "Councillors A, B and C", "Cllrs. A and B", "Aldermen A
 * and B", Welsh "(Y) Cynghorwyr", each spelling with an "s" besides a title's own plurals.
 */
export const COUNCILLORS_SOURCE = `${TIER}(?:${councillorWords(true)})`;

/** Regex source for one title of any kind ("Cllr", "Mrs", "Revd.", "District Councillor"); compose with `^` and `\s+` for "a title at the start of a name". */
export const HONORIFIC_SOURCE = `(?:${COUNCILLOR_SOURCE}|(?:${alternation(otherSpellings)})\\b\\.?)`;

/** "Cllr A Byrne", "Ms T Ray (resident)": a line or cell that opens with a person named with their title first. */
export const TITLED_NAME = new RegExp(String.raw`^(?:${HONORIFIC_SOURCE})\s+\p{Lu}`, 'u');

const rankSpellings = HONORIFICS.filter((title) => title.kind === 'rank').flatMap((title) => title.spellings);
/** Regex source for one police rank ("Chief Inspector", "Sgt."), its words as printed. No anchors, no groups that capture. */
export const RANK_SOURCE = `(?:${alternation(rankSpellings)})\\b\\.?`;

const LEADING_TITLES = new RegExp(`^(?:${HONORIFIC_SOURCE}\\s+)+`);
/** Councillor titles at the start, each followed by a colon, a space, or nothing when it ends in a full stop ("Cllr.Fane", as PDF text runs them together). */
const LEADING_COUNCILLOR_TITLES = new RegExp(`^(?:(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})(?:\\s*:\\s*|\\s+|(?<=\\.)(?=[A-Z])))+`);

/** "Councillor Mrs R Wagland" -> "R Wagland": the name without any leading title. A name that is only titles is returned as given. */
export function stripHonorifics(name: string): string {
  const rest = name.trim().replace(LEADING_TITLES, '');
  return rest === '' ? name.trim() : rest;
}

/**
 * "County Cllr Mrs Webb" -> "Mrs Webb", "Cllrs Hayward" -> "Hayward": drops councillor titles only, keeping
 * personal titles as printed, the way attendance lists are recorded.
 */
export function stripCouncillorTitles(name: string): string {
  const rest = name.trim().replace(LEADING_COUNCILLOR_TITLES, '');
  return rest === '' ? name.trim() : rest;
}

const BY_SPELLING = new Map(
  HONORIFICS.filter((title) => title.postAfter === undefined).flatMap((title) =>
    title.spellings.map((spelling) => [spelling.toLowerCase(), title] as const),
  ),
);

/** The title a single printed word stands for ("cllr." -> Councillor, "Revd" -> Rev), or null: lets name parsers walk titles word by word. */
export function honorificOf(word: string): Honorific | null {
  return BY_SPELLING.get(word.replace(/\.$/, '').toLowerCase()) ?? null;
}

/** True for a tier word that can stand before a councillor title ("County", "District"). */
export function isCouncilTier(word: string): boolean {
  return COUNCIL_TIERS.some((tier) => tier.toLowerCase() === word.toLowerCase());
}

/**
 * True when the title at `at` of a name's words is its surname: a title that is a surname too ("Lord", "Canon"), with
 * nothing after it and another title or nothing before it ("Ms Lord", "Cllr Lord", "Lord" alone in a list of surnames).
 * "Lord Ashby" is the title.
 */
export function isSurnameTitle(words: readonly string[], at: number): boolean {
  const before = at === 0 ? null : honorificOf(words[at - 1] ?? '');
  return honorificOf(words[at] ?? '')?.surname === true && at === words.length - 1 && (at === 0 || before !== null);
}
