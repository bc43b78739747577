/**
 * Attendance as councils write it, wherever it stands in the lines given: headed lists
 * ("Present:", "Apologies:", "In attendance:"), one name a line or comma runs wrapped over lines,
 * two columns run together by PDF extraction, and sentences ("Apologies were received from ...",
 * "Councillor X attended as substitute"). Parish clerks and visiting county or district councillors
 * are kept apart from the members present; counts of the public are dropped.
 */
import { COUNCILLOR_SOURCE, COUNCILLORS_SOURCE, honorificOf, stripCouncillorTitles } from '../../../src/model/honorifics.ts';

/** The seven lists of a meeting's attendance, as the schema's `attendance` object holds them. */
export interface Attendance {
  present: string[];
  apologies: string[];
  absent: string[];
  substitutes: string[];
  alsoPresent: string[];
  officers: string[];
  presenters: string[];
}

/** What `readAttendance` found. */
export interface AttendanceFound {
  attendance: Attendance;
  /** 0-based indexes of the input lines that were read as attendance (so the caller can leave them out of item text). */
  lines: number[];
}

type ListName = keyof Attendance;
type Role = ListName | 'public';

/** A person named in a list, with what the list says about them. */
interface Person {
  kind: 'person';
  /** Name as printed, without councillor titles or role notes; '' for "the Clerk". */
  name: string;
  role: string | null;
  items: string | null;
  /** Whom a substitute stood in for; '' when the record does not say. */
  forWhom: string | null;
  officer: boolean;
  /** A councillor of another council (county, district, ward member): "also present" at a parish meeting. */
  outside: boolean;
  councillor: boolean;
  /** A job title in brackets, as officers are listed: "(Head of Finance)". */
  job: boolean;
}

/** A piece of a list that is not a person: a role after a name, "none", the public, or prose. */
interface Other {
  kind: 'role' | 'none' | 'public' | 'text';
  text: string;
}

type Piece = Person | Other;

// ── Line shapes ───────────────────────────────────────────────────────────

const ITEM_NUMBER = /^\(?\d+(?:\.\d+)*[.)]?(?=\s|$)/;
const PREFIX = String.raw`^(?:\(?\d+(?:\.\d+)*[.)]?\s+)?(?:to\s+(?:receive|note|record)\s+(?:any\s+)?)?`;
const HEADING_PHRASES: readonly (readonly [string, Role])[] = [
  [String.raw`also\s+(?:present|in\s+attendance|attending)|other\s+(?:members|councillors)\s+present`, 'alsoPresent'],
  [String.raw`officers?(?:\s+(?:present|in\s+attendance|attending))?|in\s+attendance`, 'officers'],
  [
    String.raw`(?:(?:committee|council|board|panel)\s+)?(?:members|councillors)\s+present|present|attendees|attendance|attending`,
    'present',
  ],
  [String.raw`apologies(?:\s+for\s+absence)?(?:\s+(?:and|&)\s+substitut\w+)?(?:\s+received)?`, 'apologies'],
  [String.raw`absent(?:\s+without\s+apolog(?:y|ies))?|absences`, 'absent'],
  [String.raw`substitutes?(?:\s+members?)?|substitutions`, 'substitutes'],
  [String.raw`members\s+of\s+(?:the\s+)?public(?:\s+present)?|public\s+gallery|press\s+and\s+public|public\s+present`, 'public'],
];
const HEADINGS = HEADING_PHRASES.map(
  ([phrase, role]) =>
    [new RegExp(String.raw`${PREFIX}(?:${phrase})(?:\s*(?::-?|[–—-])\s*(.*)|\s+(${COUNCILLORS_SOURCE}\s.*)|\s*)$`, 'i'), role] as const,
);

/** A numbered item ("3.", "18.05.1", "2643."), not a count ("2 members of the public"). */
function isItemLine(text: string): boolean {
  return ITEM_NUMBER.test(text) && !PUBLIC.test(text);
}

/** Whitespace squashed, non-breaking spaces made plain. */
function squash(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/** The heading a line is, with any names after its colon. */
function headingOf(line: string): { role: Role; rest: string } | null {
  const text = squash(line);
  for (const [pattern, role] of HEADINGS) {
    const match = pattern.exec(text);
    if (match) return { role, rest: (match[1] ?? match[2] ?? '').trim() };
  }
  return null;
}

// ── Splitting a list into pieces ──────────────────────────────────────────

const SEPARATOR = String.raw`\s*[,;]\s*|\s+(?:and|&)\s+|\s*&\s*|(?<!\b(?:\p{Lu}|Mrs?|Ms|Dr|St|Cllrs?|Revd?|Prof))\.(?:\s+|$)`;
const SPLIT = new RegExp(`(${SEPARATOR})`, 'u');

/** Splits at commas, semicolons, "and", "&" and full stops, never inside brackets; each piece keeps the separator before it. */
function splitList(text: string): { text: string; before: string }[] {
  const brackets: string[] = [];
  const masked = text.replace(/\)\s+(?=\p{Lu})/gu, '), ').replace(/\([^)]*\)?/g, (inner) => `\u0000${brackets.push(inner) - 1}\u0000`);
  const restore = (part: string): string => part.replace(/\u0000(\d+)\u0000/g, (_all, at: string) => brackets[Number(at)] ?? '');
  const parts = masked.split(SPLIT);
  const pieces: { text: string; before: string }[] = [];
  for (let at = 0; at < parts.length; at += 2) {
    const piece = restore(parts[at] ?? '').trim();
    if (piece !== '') pieces.push({ text: piece, before: restore(parts[at - 1] ?? ', ') });
  }
  return pieces;
}

// ── Reading one piece ─────────────────────────────────────────────────────

const ROLE_WORDS = new Set(
  (
    'leader director head officer officers manager clerk assistant executive chair chairman chairwoman chairperson vice-chair ' +
    'council committee group services service member members cabinet portfolio holder public press representative adviser advisor ' +
    'consultant secretary treasurer auditor commission authority police pcso rfo team democratic finance governance legal solicitor ' +
    'monitoring planning engineer coordinator lead specialist partnership support resources none apologies present absent deputy ' +
    'substitute substitutes councillors minutes item items agenda meeting'
  ).split(' '),
);
const JOINING_WORDS = new Set(['of', 'the', 'for', 'and', 'to', '&', 'in', 'with', 'on', 'at']);
const PARTICLES = /^(?:van|von|de|der|den|du|da|di|la|le|del|dos|bin|ap)$/;
const NOT_NAME_WORDS = new Set([...JOINING_WORDS, 're', 'by', 'as', 'is', 'was', 'were', 'be', 'been', 'from', 'who', 'that', 'a', 'an']);

const NONE = /^(?:none|nil|no apologies(?: were received| had been received)?|n\/?a|-+)$/i;
const PUBLIC =
  /\b(?:members?\s+of\s+(?:the\s+)?public|public\s+present|press)\b|^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:members?|residents?|parishioners?|visitors?)\b/i;
const OFFICER_LEAD = /^((?:(?:Parish|Town|Deputy|Assistant)\s+)?(?:Clerk|RFO|PCSO|Responsible Financial Officer))\b\s*:?\s*/i;
const OUTSIDE_LEAD = new RegExp(String.raw`^(?:(?:County|District|Borough|Ward)\s+(?:Councillors?|Cllrs?)\b\.?|Ward\s+Members?\b)`, 'i');
const COUNCILLOR_LEAD = new RegExp(`^(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})`, 'i');
const CHAIR_LEAD = /^(?:(?:(?:Vice|Deputy)[- ]?)?Chair(?:man|woman|person)?|(?:Deputy\s+|Lord\s+)?Mayor)\s+/i;
const CHAIR_NOTE =
  /^(?:(?:vice|deputy)[- ]?)?chair(?:man|woman|person)?(?:\s+in\s+the\s+chair)?$|^in\s+the\s+chair$|^(?:councillors?|members?|mayor|leader)$/i;
const COUNCIL_ACRONYM = /^[A-Z]{1,3}C$/;
const COUNCIL_NOTE = /\b(?:county|district|borough)\s+(?:council(?:lor)?|cllr)\b|^ward\s+member/i;
const OFFICER_NOTE = /\b(?:clerk|rfo|pcso|officer)\b/i;
const SUBSTITUTE_NOTE = /^(?:(?:as\s+)?(?:a\s+)?substitut\w*|sub\.?)(?:\s+member)?(?:\s+for\s+(.+))?$|^for\s+(.+)$/i;
const ITEMS_NOTE = /^(?:(?:from|for|until|left\s+(?:after|before|during)|arrived\s+(?:at|during))\s+)?(?:items?|minutes?)\s+\d/i;
const CODE_NOTE = /^\p{Lu}{2,5}\b/u;

/** True when every word could be part of a printed name: capitalised words, initials, particles, personal titles. */
function isName(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > 6 || /\d/.test(text)) return false;
  if (words.length === 1 && /^\p{Lu}{2,4}$/u.test(words[0] ?? '')) return false;
  if (words.every((word) => /^\p{Lu}\.?$/u.test(word) || honorificOf(word) !== null)) return false;
  return words.every((word, at) => nameWord(word, at, words.length));
}

function nameWord(word: string, at: number, count: number): boolean {
  if (ROLE_WORDS.has(word.toLowerCase()) && honorificOf(word) === null) return false;
  if (/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) return true;
  if (PARTICLES.test(word)) return at > 0 && at < count - 1;
  // "Diane Neil mills": a lower-case surname as printed, never a joining word.
  return at === count - 1 && at > 0 && /^\p{Ll}[\p{L}'’-]+$/u.test(word) && !NOT_NAME_WORDS.has(word);
}

/** A phrase that reads as a role or body ("Leader of the Green Group", "EDC", "North Somerset Council"), not prose. */
function isRoleText(text: string): boolean {
  const words = text.split(/\s+/);
  return /^\p{Lu}/u.test(text) && words.length <= 8 && words.every((word) => /^[\p{Lu}&]/u.test(word) || JOINING_WORDS.has(word));
}

/** Strips chair and councillor titles in any order: "Chairman Cllr Mrs Shewell" -> "Mrs Shewell". */
function bareName(text: string): string {
  let name = text;
  for (let pass = 0; pass < 3; pass += 1) name = stripCouncillorTitles(name.replace(CHAIR_LEAD, ''));
  return name.replace(/^(?:Ward\s+Members?|Members?)\s+/i, '').trim();
}

function emptyPerson(name: string): Person {
  return { kind: 'person', name, role: null, items: null, forWhom: null, officer: false, outside: false, councillor: false, job: false };
}

/** What a bracketed note says about a person: chair (dropped), substitute, items, council, officer or job title. */
function applyNote(person: Person, note: string): void {
  const text = squash(note);
  const substitute = SUBSTITUTE_NOTE.exec(text);
  if (text === '' || CHAIR_NOTE.test(text)) return;
  if (substitute && (substitute[1] !== undefined || isName(bareName(substitute[2] ?? '')))) {
    person.forWhom = bareName(substitute[1] ?? substitute[2] ?? '');
  } else if (ITEMS_NOTE.test(text)) person.items = text.charAt(0).toLowerCase() + text.slice(1);
  else if (COUNCIL_ACRONYM.test(text) || COUNCIL_NOTE.test(text)) person.outside = true;
  else if (OFFICER_NOTE.test(text)) Object.assign(person, { officer: true, role: text });
  else if (!CODE_NOTE.test(text)) Object.assign(person, { job: true, role: text });
}

/** A role printed after a name (", Clerk", ", EDC", ", Leader"): marks officers and visiting councillors. */
function applyRole(person: Person, role: string): void {
  person.role = person.role === null ? role : `${person.role}, ${role}`;
  if (COUNCIL_ACRONYM.test(role) || COUNCIL_NOTE.test(role)) person.outside = true;
  else if (OFFICER_NOTE.test(role)) person.officer = true;
}

/** Reads one piece of a list. */
function readPiece(raw: string): Piece {
  const text = squash(raw)
    .replace(/^[•·*–—-]\s*/, '')
    .replace(/^(?:and|&)\s+/i, '')
    .replace(/^the\s+/i, '')
    .replace(/[.:]$/, '');
  if (NONE.test(text)) return { kind: 'none', text };
  if (PUBLIC.test(text)) return { kind: 'public', text };
  const notes = [...text.matchAll(/\(([^)]*)\)?/g)].map((match) => match[1] ?? '');
  const unbracketed = squash(text.replace(/\([^)]*\)?/g, ' '));
  const dash = /\s[–—-]\s/.exec(unbracketed);
  const main = dash ? unbracketed.slice(0, dash.index) : unbracketed;
  const officer = OFFICER_LEAD.exec(main);
  const unled = main.slice(officer?.[0].length ?? 0);
  const name = bareName(unled);
  if (!isName(name) && !(officer && name === '')) return { kind: isRoleText(text) ? 'role' : 'text', text };
  const person = emptyPerson(name);
  person.outside = OUTSIDE_LEAD.test(unled);
  person.councillor = COUNCILLOR_LEAD.test(unled.replace(CHAIR_LEAD, ''));
  if (officer) Object.assign(person, { officer: true, role: officer[1] ?? null });
  for (const note of notes) applyNote(person, note);
  if (dash) applyRole(person, unbracketed.slice(dash.index + dash[0].length).trim());
  return person;
}

/** Pieces of a list, each role that follows a name given to that name. */
function readPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const { text: part, before } of splitList(text)) {
    const piece = readPiece(part);
    const last = pieces.at(-1);
    const bareRole = piece.kind === 'person' && piece.name === '' && !/^the\s/i.test(part) && /^\s*[,;]/.test(before);
    if ((piece.kind === 'role' || bareRole) && last?.kind === 'person')
      applyRole(last, /^\s*[,;]/.test(before) ? part : `${before.trim()} ${part}`);
    else pieces.push(piece);
  }
  return pieces;
}

// ── Blocks: a heading and the lines of its list ───────────────────────────

/** True when a line reads as part of a list: names, roles after names, "none" or the public. */
function isListLine(text: string): boolean {
  const pieces = readPieces(text);
  return pieces.length > 0 && pieces.every((piece) => piece.kind !== 'text') && pieces.some((piece) => piece.kind !== 'role');
}

/** True when `next` carries on the list `previous` wrapped out of: an open comma, "and", bracket, or a name cut in two. */
function continues(previous: string, next: string): boolean {
  if (/(?:[,;&]|\band)$/i.test(previous) || /^[(\p{Ll}]/u.test(next)) return true;
  if ((previous.match(/\(/g) ?? []).length > (previous.match(/\)/g) ?? []).length) return true;
  if (/\.$/.test(previous) || !/[,;]|\sand\s/.test(previous) || new RegExp(`^(?:${COUNCILLOR_SOURCE})\\s`, 'i').test(next)) return false;
  const tail = splitList(previous).at(-1)?.text ?? '';
  return /^\p{Lu}[\p{L}'’-]*$/u.test(tail) && !ROLE_WORDS.has(tail.toLowerCase());
}

/** A line of two columns run together ("Cllr A Smith   Cllr B Jones"), split when each side is a name. */
function columns(line: string): string[] {
  const parts = line
    .trim()
    .split(/\t+|\s{2,}/)
    .filter((part) => part !== '');
  if (/[,;]/.test(line) || parts.length < 2) return [squash(line)];
  return parts.every((part) => readPiece(part).kind === 'person') ? parts.map(squash) : [squash(line)];
}

interface Block {
  role: Role;
  /** Lines of the list, joined where a name or run wraps. */
  paragraphs: string[];
  indexes: number[];
  end: number;
}

/** Reads the list under the heading at `at`, up to the next heading, numbered item, or line that is not a list. */
function readBlock(lines: string[], at: number, heading: { role: Role; rest: string }): Block {
  const paragraphs: string[] = heading.rest === '' ? [] : [heading.rest];
  const indexes = [at];
  let afterBlank = false;
  let index = at + 1;
  for (; index < lines.length; index += 1) {
    const raw = lines[index] ?? '';
    const text = squash(raw);
    if (text === '') {
      afterBlank = true;
      continue;
    }
    if (headingOf(text) || isItemLine(text)) break;
    const previous = afterBlank ? undefined : paragraphs.at(-1);
    if (previous !== undefined && continues(previous, text)) paragraphs[paragraphs.length - 1] = `${previous} ${text}`;
    else if (isListLine(text)) paragraphs.push(...columns(raw));
    else break;
    indexes.push(index);
    afterBlank = false;
  }
  return { role: heading.role, paragraphs, indexes, end: index };
}

// ── Placing people in lists ───────────────────────────────────────────────

/** The list a person belongs in, given the heading they were listed under. */
function listFor(person: Person, role: ListName, officersParagraph: boolean): ListName {
  if (role === 'apologies' || role === 'absent' || role === 'substitutes' || role === 'presenters') return role;
  if (person.officer) return 'officers';
  if (person.outside) return 'alsoPresent';
  if (role === 'officers') return person.councillor ? 'alsoPresent' : 'officers';
  return officersParagraph && !person.councillor ? 'officers' : role;
}

/** How a person is written in a list: officers with their role, substitutes with whom for, others by name. */
function entry(person: Person, list: ListName): string {
  if (list === 'officers') return [person.name, person.role].filter((part) => part !== null && part !== '').join(', ');
  if (list === 'substitutes' && person.forWhom) return `${person.name} (for ${person.forWhom})`;
  if (list === 'alsoPresent' && person.items !== null) return `${person.name} (${person.items})`;
  return person.name;
}

function add(attendance: Attendance, list: ListName, person: Person): void {
  attendance[list].push(entry(person, list));
  if (person.forWhom !== null && list !== 'substitutes') attendance.substitutes.push(entry(person, 'substitutes'));
}

/** Files the people of a block; after "Members of the public" the rest of the block is dropped. */
function fileBlock(attendance: Attendance, block: Block): void {
  let role: Role = block.role;
  for (const paragraph of block.paragraphs) {
    const pieces = readPieces(paragraph);
    const people = pieces.filter((piece): piece is Person => piece.kind === 'person');
    const officersParagraph = people.some((person) => person.job) && !people.some((person) => person.councillor);
    for (const piece of pieces) {
      if (piece.kind === 'public') role = 'public';
      if (piece.kind === 'person' && role !== 'public') add(attendance, listFor(piece, role, officersParagraph), piece);
    }
  }
}

// ── Sentences ─────────────────────────────────────────────────────────────

const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const TITLE = `(?:${COUNCILLOR_SOURCE})\\s+`;
const APOLOGIES_SENTENCE =
  /\bapologies(?:\s+for\s+absence)?\s+(?:were|was|had\s+been|have\s+been)\s+(?:received|submitted|given|tendered|noted|reported)(?:\s+and\s+accepted)?\s+(?:from|by|on\s+behalf\s+of)\s+(.+)$/i;
const NO_APOLOGIES = /^(?:there\s+were\s+no\s+apologies|no\s+apologies(?:\s+(?:were|had\s+been)\s+received)?|apologies\s*[:-]?\s*none)\b/i;
const SUBSTITUTE_SENTENCE = new RegExp(
  String.raw`${TITLE}(${NAME})\s+(?:attended|was\s+present|was\s+in\s+attendance)\s+as\s+(?:a\s+|the\s+)?substitute(?:\s+(?:member\s+)?for\s+(?:${TITLE})?(${NAME}))?`,
  'u',
);
const SUBSTITUTED_SENTENCE = new RegExp(
  String.raw`${TITLE}(${NAME})\s+(?:substituted|was\s+substituting|would\s+be\s+substituting|is\s+substituting|substitutes|substituting)(?:,[^,.]*,)?\s+for\s+(?:${TITLE})?(${NAME})`,
  'u',
);
const SENTENCE_END = /(?<!\b(?:\p{Lu}|Mrs?|Ms|Dr|St|Cllrs?|Revd?|Prof))\.(?:\s+|$)/u;

/** Reads one sentence; true when the whole sentence is about attendance (so its lines can be left out). */
function fileSentence(attendance: Attendance, sentence: string): boolean {
  if (NO_APOLOGIES.test(sentence)) return true;
  const apologies = APOLOGIES_SENTENCE.exec(sentence);
  if (apologies) {
    for (const piece of readPieces(apologies[1] ?? '')) if (piece.kind === 'person') attendance.apologies.push(piece.name);
    return /^apologies/i.test(sentence);
  }
  const substitute = SUBSTITUTE_SENTENCE.exec(sentence) ?? SUBSTITUTED_SENTENCE.exec(sentence);
  if (!substitute) return false;
  const person = emptyPerson(substitute[1] ?? '');
  person.forWhom = substitute[2] ?? null;
  attendance.substitutes.push(entry(person, 'substitutes'));
  return substitute.index === 0;
}

/** Reads the sentences of a run of lines; returns the lines to leave out of item text. */
function fileProse(attendance: Attendance, lines: string[], indexes: number[]): number[] {
  const text = indexes.map((index) => squash(lines[index] ?? '')).join(' ');
  const sentences = text.split(SENTENCE_END).filter((sentence) => sentence.trim() !== '');
  const whole = sentences.map((sentence) => fileSentence(attendance, sentence.trim()));
  return whole.length > 0 && whole.every(Boolean) ? indexes : [];
}

/** Indexes of the run of prose lines starting at `at`: up to a blank line, heading or numbered item. */
function proseRun(lines: string[], at: number): number[] {
  const run = [at];
  for (let index = at + 1; index < lines.length; index += 1) {
    const text = squash(lines[index] ?? '');
    if (text === '' || headingOf(text) || isItemLine(text)) break;
    run.push(index);
  }
  return run;
}

// ── The reader ────────────────────────────────────────────────────────────

function emptyAttendance(): Attendance {
  return { present: [], apologies: [], absent: [], substitutes: [], alsoPresent: [], officers: [], presenters: [] };
}

/** Drops empty names and repeats, keeping the first order. */
function tidy(attendance: Attendance): Attendance {
  const out = emptyAttendance();
  for (const list of Object.keys(out) as ListName[]) out[list] = [...new Set(attendance[list].map(squash).filter((name) => name !== ''))];
  return out;
}

/**
 * Finds the attendance in `lines` (a record's header before its first item, or the text of an
 * "Apologies"/"Attendance" item) and says which lines it read, so the caller can keep them out of
 * item text. Names lose "Cllr"/"Councillor" and "(Chair)" notes but keep Mr/Mrs/Dr as printed.
 */
export function readAttendance(lines: string[]): AttendanceFound {
  const attendance = emptyAttendance();
  const read: number[] = [];
  let at = 0;
  while (at < lines.length) {
    const text = squash(lines[at] ?? '');
    const heading = text === '' ? null : headingOf(text);
    if (heading) {
      const block = readBlock(lines, at, heading);
      fileBlock(attendance, block);
      read.push(...block.indexes);
      at = Math.max(block.end, at + 1);
    } else if (text !== '') {
      const run = proseRun(lines, at);
      read.push(...fileProse(attendance, lines, run));
      at = (run.at(-1) ?? at) + 1;
    } else at += 1;
  }
  return { attendance: tidy(attendance), lines: [...new Set(read)].sort((a, b) => a - b) };
}
