/**
 * What a piece of a list takes from, or gives to, the pieces before it: a role, a note or a second title given
 * to the name before ("…, Parish Clerk", "Clerk and RFO"), a post split at its "and" made whole, a civic post
 * printed before its holder, and a plural title ("Councillors", "Aldermen") carried by each name of its run.
 * Apart from reading one piece (attendance-person.ts), which knows nothing of its neighbours.
 */
import { COUNCILLORS_SOURCE, HONORIFIC_SOURCE, honorificOf } from '../../../src/model/honorifics.ts';
import { type Person, type Piece, squash } from './attendance-piece.ts';
import { postKey } from './chair-posts.ts';
import { ROLE_THEN_BRACKET } from './list-split.ts';
import { bareName, isName, isRoleText } from './person-name.ts';
import { applyNote, applyRole, isPostNote, isTrailingNote } from './person-notes.ts';
import { isPost, OFFICER_LEAD } from './person-posts.ts';
import { CROWN_POST } from './role-words.ts';

/**
 * Gives a piece to the person before it when it only says more about them, and says whether it did:
 * a role after a comma (", Parish Clerk", ", HDC"), a note after a comma (", substitute for C Hume"),
 * or a second title after "and" ("Clerk and RFO": one officer, not a second one without a name).
 */
export function addToLast(last: Piece | undefined, piece: Piece, part: string, before: string): boolean {
  if (last?.kind !== 'person') return false;
  const afterComma = /^\s*[,;]/.test(before);
  const untitled = piece.kind === 'person' && piece.name === '' && !/^the\s/i.test(part);
  // "Mrs K Lackie, Executive Chief Officer Communities and Place": one word after "and" ends the role.
  const roleRunsOn =
    last.role !== null && piece.kind === 'person' && /^\p{Lu}[\p{L}'’-]*$/u.test(squash(part)) && /^\s*(?:and|&)\s*$/i.test(before);
  if (roleRunsOn) {
    Object.assign(last, { role: `${last.role} ${before.trim()} ${squash(part)}` });
    return true;
  }
  // "Alan Lindsay, Community Manager (East Neuk)": a role with its area in brackets, after a name with no role yet.
  const roleWithArea = ROLE_THEN_BRACKET.exec(squash(part));
  // Read alone it was the title-first officer "Head of Tourism (M Quigley)"; after a name it is that name's role.
  if (
    afterComma &&
    last.role === null &&
    piece.kind === 'person' &&
    roleWithArea &&
    isRoleText(roleWithArea[1] ?? '') &&
    !isName(bareName(roleWithArea[1] ?? ''))
  ) {
    applyRole(last, squash(part));
    return true;
  }
  if (piece.kind === 'text' && afterComma && isTrailingNote(part)) applyNote(last, part);
  else if (untitled && piece.officer && last.role !== null && /^\s*(?:and|&)\s*$/i.test(before))
    Object.assign(last, { role: `${last.role} ${before.trim()} ${squash(part)}`, officer: true });
  // "Colonel P Sutcliffe; the Chief Constable": after a semicolon a post is an entry of its own, no more of the one before.
  else if ((piece.kind === 'role' && !/^\s*[.;]/.test(before)) || (untitled && afterComma)) {
    // "Mr W Grove Clerk and Executive Officer to X": the role runs on after "and", one role.
    const runsOn = !afterComma && last.role !== null;
    const role = runsOn ? `${last.role} ${before.trim()} ${squash(part)}` : afterComma ? part : `${before.trim()} ${part}`;
    if (runsOn) last.role = null;
    // "Ashby District Council (Chairman)": the role, and a note in brackets after it about the person;
    // "Panel Support Officer (host authority)": a note saying only more of the post stays with it, as printed.
    const notes = [...role.matchAll(/\(([^)]*)\)/g)].map((note) => note[1] ?? '').filter((note) => !isPostNote(note));
    for (const note of notes) applyNote(last, note);
    applyRole(last, squash(role.replace(/\(([^)]*)\)/g, (whole, note: string) => (isPostNote(note) ? whole : ' '))));
  } else return false;
  return true;
}

/** "Clerk and RFO: Mr T Quayle": a title alone, then "and" and a second title leading a name, is one officer with both titles. */
export function sharedTitles(last: Piece | undefined, lastPart: string, piece: Piece, part: string, before: string): Person | null {
  if (last?.kind !== 'person' || piece.kind !== 'person' || !/^\s*(?:and|&)\s*$/i.test(before)) return null;
  const titleAlone = last.name === '' && last.officer && !/^\s*the\s/i.test(lastPart);
  const led = piece.name !== '' && OFFICER_LEAD.test(squash(part));
  return titleAlone && led ? { ...piece, role: `${last.role} ${before.trim()} ${piece.role}` } : null;
}

/**
 * "Director of Housing and Planning – T Innes": a title with "and" in it, split by the list's rule
 * into a role and a titled person, is one officer's title.
 */
export function titleSplitAtAnd(last: Piece | undefined, piece: Piece, before: string): Person | null {
  if (last?.kind !== 'role' || piece.kind !== 'person' || piece.role === null || !/^\s*(?:and|&)\s*$/i.test(before)) return null;
  return { ...piece, role: `${last.text} ${before.trim()} ${piece.role}` };
}

/**
 * "Mrs V Vance, Policy and Scrutiny Officer to the Panel", "Ms J Bloggs, Housing and Regeneration Manager": a post after
 * a name, its first word no post's word, split at "and" by the list's rule into a one-word name and a post. The word is
 * the post's when it was read alone after a comma, no title or note with it, between a person named in full with no
 * post yet and a staff post (role-words.ts): a post's words are no one's name. A run of surnames ("Ash, Bell and Cole")
 * has no post after it, and a surname alone ("Ash, Bell and Scrutiny Officer") is not named in full.
 */
export function postSplitAtAnd(pieces: Piece[], lastPart: string, lastBefore: string, piece: Piece, part: string, before: string): boolean {
  const [holder, word] = pieces.slice(-2);
  if (piece.kind !== 'role' || !isPost(piece.text) || !/^\s*(?:and|&)\s*$/i.test(before) || !/^\s*,\s*$/.test(lastBefore)) return false;
  const oneWord = word?.kind === 'person' && word.name === squash(lastPart) && /^\p{Lu}[\p{L}'’-]*$/u.test(word.name) && word.role === null;
  // "Sigrid Muir, Head of Marine Services, Transportation and Harbour Master": after an officer's first post, the same.
  const postFree = holder?.kind === 'person' && (holder.role === null || holder.officer);
  if (!oneWord || holder?.kind !== 'person' || !postFree || !/\s/.test(holder.name)) return false;
  const role = `${squash(lastPart)} ${before.trim()} ${part}`;
  pieces.pop();
  return addToLast(holder, { kind: 'role', text: role }, role, lastBefore);
}

/** "County Councillors A, B and C": a plural title, which each name of its run carries. */
const PLURAL_LEAD = new RegExp(`^(?:${COUNCILLORS_SOURCE})\\s`, 'i');
const OWN_TITLE = new RegExp(`^(?:${HONORIFIC_SOURCE}|${COUNCILLORS_SOURCE})\\s`, 'i');

/** What a run's plural title says of the untitled names after it, up to a semicolon, a full stop or a title of their own. */
export interface TitleRun {
  councillor: boolean;
  outside: boolean;
}

/** The run a piece carries on, starts (a plural title) or ends (TitleRun); roles between names keep it. */
export function titleRun(run: TitleRun | null, piece: Piece, part: string, before: string): TitleRun | null {
  if (piece.kind !== 'person') return piece.kind === 'role' ? run : null;
  if (PLURAL_LEAD.test(squash(part))) return { councillor: piece.councillor, outside: piece.outside };
  const inRun = /^\s*(?:,|and|&)\s*$/i.test(before) && !OWN_TITLE.test(squash(part)) && !OFFICER_LEAD.test(squash(part));
  return inRun ? run : null;
}

/** A member's civic title that several members hold, kept in the name as printed ("Alderman Kerr"). */
const MEMBER_RANK = /^(Alderman|Bailie)\s+(?=\p{Lu})/u;
/** The plural of a member's civic title, heading a run of names: "Aldermen A Kerr and B Lyle". */
const MEMBER_RANK_PLURAL = /^Aldermen\b/i;

/** The title each name under a plural title carries ("Aldermen" -> "Alderman"); null for a councillor title's plural, which names drop. */
export function rankOfPlural(plural: string): string | null {
  return MEMBER_RANK_PLURAL.test(squash(plural)) ? 'Alderman' : null;
}

/** The civic title a run of names carries, and whether its plural heads the run (so every name of it carries the title). */
export interface RankRun {
  rank: string;
  plural: boolean;
}

/**
 * "Alderman Kerr, McAuley and Stewart": Northern Irish minutes print the title once before a run of
 * aldermen, so each untitled name of the run is an alderman too, named so as the first is; the run ends
 * at a name with a title of its own, an officer's lead, or anything but a comma or "and". "Aldermen P Boyd,
 * S Cunningham and H Doherty": the plural title names each of its run an alderman, so each is named so as
 * a single "Alderman G Moore" is, and one member reads alike in every list.
 */
export function rankRun(run: RankRun | null, piece: Piece, part: string, before: string): RankRun | null {
  if (piece.kind !== 'person') return null;
  const text = squash(part);
  const own = MEMBER_RANK.exec(text)?.[1];
  if (own !== undefined) return { rank: own, plural: false };
  const plural = rankOfPlural(text);
  if (plural !== null) return { rank: plural, plural: true };
  // After a singular title, surnames alone, as such a run prints them: a whole name after it ("Alderman Paul Chen and Henry Dale") may be anyone's.
  const named = (run?.plural === true && !piece.officer) || /^\p{Lu}[\p{L}'’-]*$/u.test(piece.name);
  const inRun = /^\s*(?:,|and|&)\s*$/i.test(before) && named && !OWN_TITLE.test(text) && !OFFICER_LEAD.test(text);
  return inRun ? run : null;
}

/**
 * "The Deputy Mayor, Councillor Grace Ollerton", "His Worship the Mayor, Councillor Edmund Varley": a civic or chair's
 * post printed before its holder and a comma, which the list parts from the name: the member, holding the post
 * (a mover named "the Deputy Mayor" is then this member, vote-post-holders.ts); a guest with a title, the post their role. Null
 * when the pieces are no such pair.
 */
export function postAhead(last: Piece | undefined, piece: Piece, before: string): Piece | null {
  if (last?.kind !== 'role' || piece.kind !== 'person' || piece.post !== null) return null;
  const post = last.text.replace(/^the\s+/i, '');
  if (piece.councillor) return postKey(post) === null ? null : { ...piece, post };
  // "the Lord-Lieutenant's representative, Colonel P Sutcliffe": one who is no member, titled, after their post and a
  // comma: the post is theirs, read as one after the name is (the council's or held elsewhere, or a job).
  // The Crown's post ("the Vice Lord-Lieutenant, Mr S Petrie") is a guest's whatever the name after it, titled or not.
  const crown = CROWN_POST.test(post);
  const titled = crown || honorificOf(piece.name.split(' ')[0] ?? '') !== null;
  if (!titled || piece.role !== null || piece.officer || !/^\s*,\s*$/.test(before) || !(isRoleText(post) || crown)) return null;
  const holder: Person = { ...piece };
  applyRole(holder, post);
  return holder.officer || holder.elsewhere ? holder : { ...holder, job: true };
}
