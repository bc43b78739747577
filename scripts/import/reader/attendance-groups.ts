/**
 * The labels that part the list under a heading into groups: "Nominated subs:", "Observers:", "Clerk:", a tier's
 * visiting councillors ("District Councillors:"), members of a kind ("Co-opted Members:"), a SACRE's "Group A – …",
 * "Representing …:", a council's or a committee's name over its members. Apart because they read a label's line
 * and say which list those under it go in, whatever the heading above says.
 */
import { POST_WORD, TIER_WORD, headingOf } from './attendance-headings.ts';
import { GROUPED_LISTS, NEW_TITLE, type Role, isItemLine, isListLine } from './attendance-lists.ts';
import { LIST_TITLE_ALONE, readPieces } from './attendance-person.ts';
import { MEMBER_NOTE } from './person-notes.ts';
import { isPostLabel } from './person-name.ts';
import { squash } from './attendance-piece.ts';
import { isCouncilName } from './council-name.ts';
import { OFFICE_LABEL } from './chair-posts.ts';
import { STAFF_POST } from './role-words.ts';
import { bodyMembersLabel } from './attendance-body-labels.ts';

/**
 * "School members:", "Nominated subs:", "Observers:", "Clerk:": short labels that part the list under a heading
 * into groups, as schools forums and boards of partners print those present (and those who sent apologies).
 * Members of any kind are in the heading's list; under those present, substitutes, observers and staff are
 * filed as such. Each pattern is the label without its colon.
 */
const GROUP_SUBSTITUTES = /^(?:(?:nominated|named)\s+)?(?:subs|substitutes?)(?:\s+members?)?$/i;
const GROUP_OBSERVERS = /^observers?$/i;
/**
 * "Young People:", "Youth Representatives:" and "Adults:", as a youth council or a young people's panel parts those
 * attending: the young people are the panel's members (each often a given name alone, "Ben (Year 9)"); the adults
 * beside them support them, a councillor also present, a worker an officer.
 */
// "Young People (Children in Care Council):": the council of young people they come from in brackets, read past.
const GROUP_YOUNG = /^(?:young\s+(?:people|persons)|youth\s+(?:representatives|council(?:lors)?|cabinet|parliament))(?:\s*\([^()]*\))?$/i;
const GROUP_ADULTS = /^(?:(?:supporting\s+)?adults(?:\s+(?:present|supporting))?)$/i;
const GROUP_STAFF = new RegExp(String.raw`^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}${STAFF_POST}s?$`, 'iu');
/** A group's label alone on its line, or with the group's names after its colon. */
const GROUP_LINE = /^([^:]{2,60}?)\s*(?::-?\s*(.*))?$/;

/**
 * "District Councillors: Cllr V Irwin and Cllr W Jory", "County Councillor: Cllr X Kemp" under those present, after the
 * body's own members are listed: councillors of another tier visiting, as a parish's minutes list them. Before any
 * member ("Present:" over "County Councillors: Mrs A Benbow (Chair), …") the label is the body's own (membersGroup),
 * unless a label of the body's own members follows (tierRank).
 */
const VISITING_TIER = new RegExp(String.raw`^${TIER_WORD}\s+councillors?\s*:-?\s*(.*)$`, 'i');
/**
 * A label of the members of one body, its tier's word first or none ("Parish Councillors:", "Councillors:", "Members:",
 * "Committee Members:"); group 1 the tier's word. Never members of a kind ("Co-opted Members:").
 */
export const MEMBERS_OF_ONE_BODY = /^(?:(\p{L}+)\s+)?(?:councillors?|members)\s*:/iu;
/** Tiers of local government, lowest first: a parish's (or a town's, a community's), a district's, a county's. */
const TIERS: readonly RegExp[] = [
  /^(?:parish|town|community)$/i,
  /^(?:district|borough|city|unitary|ward)$/i,
  /^(?:county|division(?:al)?)$/i,
];

/**
 * How low a label of one body's members stands among the tiers ("Parish Councillors:" 0, "County Councillor:" 2); a
 * label with no tier's word ("Councillors:", "Committee Members:") lowest of all, -1; null for no such label.
 */
function tierRank(text: string): number | null {
  const label = MEMBERS_OF_ONE_BODY.exec(text);
  if (!label) return null;
  const word = label[1];
  if (word === undefined || /^(?:committee|board|panel|council)$/i.test(word)) return -1;
  const rank = TIERS.findIndex((tier) => tier.test(word));
  return rank === -1 ? null : rank;
}

/**
 * The ranks of the labels of one body's members under a heading of those present, up to the next heading or item:
 * "District Councillor: A Pengelly" over "Parish Councillors: C Tonkin, …" lists the district's visitor first, then the
 * parish's own members, whose label stands lower (tierRank).
 */
export function labelRanks(lines: readonly string[], at: number): number[] {
  const ranks: number[] = [];
  for (const line of lines.slice(at + 1)) {
    const text = squash(line);
    if (text !== '' && (headingOf(text) !== null || isItemLine(text))) break;
    const rank = tierRank(text);
    if (rank !== null) ranks.push(rank);
  }
  return ranks;
}

/**
 * True when a paragraph names one of the body's own members: a person no councillor of another tier ("District
 * Councillor A Pengelly" is a visitor, never the body's member before whom a tier's label is a visit).
 */
export function namesOwnMember(paragraph: string): boolean {
  return readPieces(paragraph).some((piece) => piece.kind === 'person' && piece.name !== '' && !(piece.outside && piece.councillor));
}

/**
 * The list a group's label gives those under it, below a heading of `parent`'s list, and the post a label of one
 * staff post names ("School Governor Services Clerk:"); null when the line is no group's label.
 */
export function groupOf(
  text: string,
  parent: Role,
  listedBefore = false,
  ranks: readonly number[] = [],
): { role: Role; rest: string; post: string | null; ofAKind?: boolean; body?: string } | null {
  const represents = GROUPED_LISTS.includes(parent) ? REPRESENTING.exec(text) : null;
  const named = squash(represents?.[2] ?? '');
  if (represents && (named === '' || isListLine(named)))
    return { role: parent, rest: named, post: null, ofAKind: true, body: squash(represents[1] ?? '') };
  // A tier's label over visitors: after the body's own members, or before the label of the body's own, a lower one.
  const rank = tierRank(text) ?? -1;
  const visiting = parent === 'present' && (listedBefore || ranks.some((own) => own < rank)) ? VISITING_TIER.exec(text) : null;
  if (visiting && (visiting[1] === '' || isListLine(squash(visiting[1] ?? ''))))
    return { role: 'alsoPresent', rest: squash(visiting[1] ?? ''), post: null };
  const members = membersGroup(text, parent);
  if (members?.council !== undefined) return { role: parent, rest: members.rest, post: null, ofAKind: true, body: members.council };
  if (members !== null) return { role: parent, rest: members.rest, post: null, ofAKind: MEMBERS_KIND_LABEL.test(text) };
  const line = GROUP_LINE.exec(text);
  const label = squash(line?.[1] ?? '');
  const rest = squash(line?.[2] ?? '');
  if (!line || (rest !== '' && !isListLine(rest))) return null;
  // "Treasurer:", "External Auditor:" alone on its line: the post of the one named under it, filed as the heading's list files a post.
  // Young people under their label: members whatever their note, a given name alone a name only here.
  if (text.includes(':') && GROUPED_LISTS.includes(parent) && GROUP_YOUNG.test(label))
    return { role: parent, rest, post: null, ofAKind: true };
  if (text.includes(':') && parent === 'present' && GROUP_ADULTS.test(label)) return { role: 'officers', rest, post: null };
  const staffList = parent === 'officers' || parent === 'alsoPresent';
  if (text.endsWith(':') && rest === '' && (staffList || parent === 'present') && isPostLabel(label, parent === 'present'))
    return { role: staffList ? parent : 'officers', rest, post: label };
  // Only members' labels go without a colon (membersGroup); "Mr D Dunn  Clerk" is a name and post.
  const role = text.includes(':') ? groupRole(label, parent) : null;
  // A post with its one holder on the line ("Legal Adviser: G Drake") is a heading of its own (postHeading); never a contact.
  if (role === 'officers' && (rest !== '' || /^(?:contact|enquiries)\b/i.test(label))) return null;
  const post = role === 'officers' && POST_WORD.test(label) ? label : null;
  if (role === null && parent === 'present' && text.endsWith(':') && rest === '' && isGuestsLabel(label))
    return { role: 'alsoPresent', rest, post: null };
  return role === null ? null : { role, rest, post };
}

/**
 * "External Audit:", "Internal Audit:" alone on its line under those present, after the members: a sub-list of those
 * who came from a function or a firm to report (auditors), guests kept with what follows their names, never members
 * and never a person (a label's colon ends it). Words in capitals, no title before them and no members' word.
 */
function isGuestsLabel(label: string): boolean {
  const words = label.split(' ');
  return (
    words.length <= 4 &&
    words.every((word) => /^\p{Lu}[\p{L}'’-]*$/u.test(word)) &&
    !NEW_TITLE.test(`${label} `) &&
    !LIST_TITLE_ALONE.test(label) &&
    !/\b(?:members?|councillors?)\b/i.test(label)
  );
}

/**
 * "Molly Trent" under "Clerk:": the one person named, with the post; a line of several is left as it is, their posts
 * unknown. Read as the label and the name on one line are ("External Auditor: C Ridd (Hallam LLP)", attendance-person.ts),
 * where that reads.
 */
export function withPost(text: string, post: string | null): string {
  const pieces = post === null ? [] : readPieces(text);
  const person = pieces.length === 1 && pieces[0]?.kind === 'person' ? pieces[0] : null;
  if (person === null || person.name === '') return text;
  const labelled = readPieces(`${post}: ${text}`);
  if (labelled.length === 1 && labelled[0]?.kind === 'person' && labelled[0].name === person.name) return `${post}: ${text}`;
  return person.role === null ? `${text}, ${post}` : text;
}

/**
 * "Group A – Christian denominations and other religions", "Group D: The Local Authority": a SACRE's (or a schools
 * forum's, a joint board's) group of members, by letter or number, over the names of those of it; what follows the
 * dash or colon says who the group are, and is no one's name.
 */
export const MEMBER_GROUP = /^group\s+(?:[a-h]|\d{1,2})(?:\s*(?:[:–—-]\s*(.*))?)$/i;

/**
 * "School members", "Tenant Representatives:", "Teacher Representative (non-voting):", "Statutory Co-opted Members
 * (voting on education matters):", "County Councillors:": a label that says what kind of member those after it (on its
 * line or under it) are, its last word the kind ("members", "representative(s)", "councillors") and an optional note in
 * brackets. Words of a kind, never a name: no title leads it (NEW_TITLE), so "Mr J Members" stays a person. Only
 * "members" goes without a colon, as schools forums print "School members" over the apologies; the words before
 * "councillors" are a tier's or a party's (one at least: "Councillors:" alone is the list's title, read with the names).
 */
// "Independent Person:", as a standards hearing labels the member of that kind who sits beside its councillors.
// "Appointed Conservators:", "Elected Trustees:", "Nominated Directors:": how members came to their seats, then what a
// member of the body is called; the label of a kind of member ("Nominated subs:" are the substitutes, GROUP_SUBSTITUTES).
export const MEMBERS_KIND_LABEL =
  /^(?:(?:[\p{L}'’-]+\s+){0,3}members(?=\s*$)|(?:(?:[\p{L}'’-]+\s+){0,3}members(?:\s+present)?|(?:appointed|elected|nominated|co-?opted|ex-?officio)\s+(?!(?:subs|substitut\w*)\b)(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+|(?:[\p{L}'’-]+\s+){1,5}(?:committee|sub-committee|board|panel|forum)\s+members\s+present|(?:[\p{L}'’-]+\s+){1,3}(?:member|representatives?|councillors)|independent\s+persons?)(?:\s*\([^()]*\))?\s*:)\s*(.*)$/iu;

/**
 * "Representing Inverloch Council (IC):", "Representing the Scottish Fire and Rescue Service (SFRS):": a label that
 * groups a partnership board's members by the body each represents, as Scottish community planning partnerships
 * print those present; the members under it are members of the heading's list whatever their body (group 1 the body,
 * its initials in brackets left off; group 2 any names on the label's line).
 */
const REPRESENTING = /^representing\s+(?:the\s+)?(\p{Lu}[^:()]*?)(?:\s*\([^()]*\))?\s*:-?\s*(.*)$/iu;

/**
 * "Adult Social Care Scrutiny Committee", "Health Scrutiny Committee": a committee's name, capitalised words ending in a
 * committee's word, as a joint meeting labels each committee's members (and their apologies) with it.
 */
const COMMITTEE_NAME = /^(?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:and|&|of|for|the)\s+)*){1,6}(?:Committee|Sub-Committee|Panel|Board|Forum)$/u;

/**
 * The names on a line of members labelled by their group ('' when the label stands alone), or null for no such label:
 * a group's letter (MEMBER_GROUP), or the council a joint body's members represent ("North Weald District Council:
 * Councillors A Garside (Chairman), P Hollins", or alone over them), the council no visit. Names follow a group's letter
 * only with a title first ("Group B: Canon R Ellis"), as its description would read as a name too ("Teacher associations").
 */
export function membersGroup(text: string, parent: Role): { rest: string; council?: string } | null {
  if (!GROUPED_LISTS.includes(parent)) return null;
  const bodied = bodyMembersLabel(text); // "Borough Council Members of the Board:", the body kept as a council label's is
  if (bodied !== null) return bodied.rest === '' || isListLine(bodied.rest) ? { rest: bodied.rest, council: bodied.body } : null;
  const group = MEMBER_GROUP.exec(text);
  if (group) {
    const rest = squash(group[1] ?? '');
    return { rest: text.includes(':') && NEW_TITLE.test(rest) && isListLine(rest) ? rest : '' };
  }
  const kind = NEW_TITLE.test(text) ? null : MEMBERS_KIND_LABEL.exec(text.replace(/\s*:-\s*/, ': '));
  if (kind) {
    const rest = squash(kind[1] ?? '');
    // "County Councillors: Mrs A Benbow (Chair), …": the body's own councillors, each titled as such, no visitor of a tier.
    const titled = /councillors\s*(?:\([^()]*\))?\s*:/i.test(text) && rest !== '' ? `Councillors ${rest}` : rest;
    if (rest === '' || isListLine(titled)) return { rest: kindNoted(text, titled) };
  }
  const council = /^([^:]{5,80}?)\s*:\s*(.*)$/.exec(text);
  const name = squash(council?.[1] ?? '');
  const rest = squash(council?.[2] ?? '');
  // "Health Scrutiny Committee: Councillors Hanlon and Illingworth": a joint meeting's list of one committee's members.
  if (council && COMMITTEE_NAME.test(name) && rest !== '' && isListLine(rest)) return { rest };
  if (!council || !isCouncilName(name)) return null;
  // The council a joint meeting's members come from: each member keeps it, as under a "Representing …:" label.
  return rest === '' || isListLine(rest) ? { rest, council: name } : null;
}

/**
 * "Independent Person: Mr C Amberley": the one member named after a label of their kind keeps it as their note
 * ("Mr C Amberley (Independent Person)"), as when the list prints it in brackets (MEMBER_NOTE); several names stay as printed.
 */
function kindNoted(text: string, rest: string): string {
  const label = squash(text.split(':')[0] ?? '');
  const pieces = rest === '' || !MEMBER_NOTE.test(label) ? [] : readPieces(rest);
  const one = pieces.length === 1 && pieces[0]?.kind === 'person' && pieces[0].name !== '' && pieces[0].role === null;
  return one ? `${rest} (${label})` : rest;
}

function groupRole(label: string, parent: Role): Role | null {
  if (GROUP_STAFF.test(label)) return parent === 'present' || parent === 'officers' ? 'officers' : null;
  if (parent !== 'present') return null;
  if (GROUP_SUBSTITUTES.test(label)) return 'substitutes';
  return GROUP_OBSERVERS.test(label) ? 'alsoPresent' : null;
}

/**
 * "The Mayor: Cllr Ann Holt (in the Chair)", "Dirprwy Faer / Deputy Mayor: Cllr Huw Prys": a post labelling the line of
 * its one holder, read as the post printed before the name ("The Mayor Cllr Ann Holt", as the pieces read a chair's
 * post), so it is that holder's alone and no label carried to the lines under it; null when the line is no such label
 * with one person after it (several names after a post's label are left to the list's other rules).
 */
export function officeLabelled(text: string): string | null {
  const label = OFFICE_LABEL.exec(text);
  const rest = squash(label?.[2] ?? '');
  const pieces = label ? readPieces(rest) : [];
  const one = pieces.length === 1 && pieces[0]?.kind === 'person' && pieces[0].name !== '';
  return one ? `${squash(label?.[1] ?? '')} ${rest}` : null;
}
