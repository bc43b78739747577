/**
 * One person into one list: which list a person belongs in under a heading (listFor), how their entry is written (a
 * post kept or not, "(for …)" after a substitute), and the partners noted beside the members. Apart because the
 * lists, the tables and the sentences all file a person through it.
 */
import { isSeat } from './attendance-columns.ts';
import { type Filing, type ListName, type MembersHeading } from './attendance-lists.ts';
import { MEMBER_NOTE } from './person-notes.ts';
import { type Person, squash } from './attendance-piece.ts';
import { officerNote, partnerNote } from './person-posts.ts';
import { tierNoted } from './attendance-tier-note.ts';
import { HEARING_PARTY_NOTE, HONORARY_SOURCE } from './role-words.ts';

/**
 * The posts that make a member of a board of partners: a director (a Health and Wellbeing Board's
 * Director of Public Health, of Children's Services) or a chief executive. Under a heading that names the
 * members, one listed with such a post is a member, never an officer; the meeting's own staff
 * ("Democratic Services Officer", "Clerk") stay officers.
 */
const MEMBER_POST = /\b(?:director|chief\s+executive)\b/i;

/**
 * "Cllr Orchard – no apology received", "(absent without apology)", "(did not attend)" among the apologies: a member
 * who sent none, absent; never one who sent apologies.
 */
const NO_APOLOGY_NOTE =
  /^(?:no\s+apolog(?:y|ies)(?:\s+(?:was\s+|were\s+|had\s+been\s+)?(?:received|given|sent|tendered))?|absent(?:\s+without\s+apolog(?:y|ies))?|did\s+not\s+attend|not\s+present)$/i;

/**
 * "Cllr N Voss (absent)", "Cllr L Pryce (apologies sent)" among those present: a member of the body listed with a status
 * that says they were not there, filed in the list it names (STATUS_NOTES), the status no part of the entry.
 */
const APOLOGIES_NOTE =
  /^(?:apolog(?:y|ies)(?:\s+(?:sent|given|received|tendered))?|(?:sent|gave|tendered)\s+(?:(?:his|her|their)\s+)?apologies)$/i;

/** The list a status note among those present names ("absent", "apologies"), or null for any other note. */
export function statusNoted(person: Person): ListName | null {
  const note = squash(person.role ?? '');
  if (NO_APOLOGY_NOTE.test(note)) return 'absent';
  return APOLOGIES_NOTE.test(note) ? 'apologies' : null;
}

/**
 * "Honorary Alderman F Busby", "Honorary Freeman G Tate": an honour a council confers on a former member, no seat and
 * no vote (printed "(non-voting)"), so a guest wherever listed, the title kept with the name.
 */
const HONORARY_TITLE = new RegExp(String.raw`^${HONORARY_SOURCE}\s`, 'i');

/** The list a person belongs in, given the heading they were listed under. */
export function listFor(person: Person, role: ListName, officersParagraph: boolean, members?: MembersHeading): ListName {
  if (role === 'apologies' && NO_APOLOGY_NOTE.test(person.role ?? '')) return 'absent';
  // "Councillor Moss for Councillor Reed" under an apologies item: Moss came in Reed's place, no apology of Moss's.
  if ((role === 'apologies' || role === 'absent') && person.forWhom !== null && person.forWhom !== '') return 'substitutes';
  // "Cllr Reed (substituted by Cllr Moss)" among those present or the substitutes: another sat in Reed's seat, so Reed
  // was away; whether Reed sent apologies the line does not say.
  if ((role === 'present' || role === 'substitutes') && person.stoodInBy !== null) return 'absent';
  if (role === 'apologies' || role === 'absent' || role === 'substitutes' || role === 'presenters') return role;
  if (role === 'present' && HONORARY_TITLE.test(person.name)) return 'alsoPresent';
  // "Mr K Osei (representative of Driver A)", "Driver A (licence holder)" among those attending: a hearing's party or one
  // who came for a party, as a hearing's "Applicant:" is; never the council's officer, nor a guest of no side.
  if ((role === 'alsoPresent' || role === 'officers') && !person.councillor && HEARING_PARTY_NOTE.test(person.role ?? ''))
    return 'presenters';
  if (members === 'ofAKind' && !person.also) return role;
  if (members === 'named' && person.officer && MEMBER_POST.test(person.role ?? '')) return role;
  // A post with another body or outside the council's staff ("Medical Director, Eastfield NHS Trust", "Police and Crime
  // Commissioner", "Fund Actuary"), listed with the officers or those also present: a guest, not the council's officer.
  if (person.elsewhere && (role === 'alsoPresent' || role === 'officers')) return 'alsoPresent';
  if (person.officer) return 'officers';
  // Under "Officers present", a council named beside one who is no councillor is their employer, not a visit.
  if (role === 'officers' && person.outside && !person.councillor) return 'officers';
  if (person.outside || person.also) return 'alsoPresent';
  if (role === 'officers') return person.councillor ? 'alsoPresent' : 'officers';
  // "Ms R Quayle (Employer Representative)" one a line among those present: the seat she holds on the body makes her a
  // member, never one of the officers a paragraph of posts lists.
  if (role === 'present' && !person.councillor && !person.officer && isSeat(person.role ?? '')) return role;
  return officersParagraph && !person.councillor ? 'officers' : role;
}

/** The lists of the members, whose entries are names, a member's post after a comma only where it says why they are one. */
export const MEMBERS_LISTS: readonly ListName[] = ['present', 'apologies', 'absent'];

/**
 * "Virtual School Headteacher", "Head of Virtual School": a note printed as a job's title, each word but the small ones
 * capitalised; never a note in words ("observing", "part of meeting").
 */
function jobTitle(note: string): boolean {
  const words = note.split(/\s+/).filter((word) => !/^(?:of|and|for|the|to|in|&)$/i.test(word));
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word));
}

/**
 * "Youth Services", "Children's Services", "Adult Social Care Service": the service one works in, printed where a post
 * would be ("Rona Tulloch, Youth Services", "Rona Tulloch (Youth Services)"); each word capitalised but the small ones,
 * the last "Service" or "Services". What they came as, so kept as their post in whichever list they are in.
 */
const SERVICE_NOTE = /^(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:and|&|for|of)\s+)?){1,5}Services?$/u;

/**
 * How a person is written in a list: officers with their role, substitutes with whom for, others by name. `roled`: the
 * role a table's role column gives a member ("Members / Role": "Nominated by Health Board (Non-Executive Member)",
 * "Registered Nurse"), kept after the name as a member's post is, as it says what seat on the board they hold.
 */
export function entry(person: Person, list: ListName, roled = false): string {
  // A member listed with the post that makes them one ("Director of Public Health") keeps it, as an officer does.
  // A guest holding a post outside the council keeps it too: the post is why they attend ("Police and Crime Commissioner").
  const withPost =
    list === 'officers' ||
    ((list === 'present' || list === 'alsoPresent') && person.elsewhere) ||
    // A guest who is no councillor keeps the job they came in ("Virtual School Headteacher"), whoever employs them.
    (list === 'alsoPresent' && person.job && !person.councillor && jobTitle(person.role ?? '')) ||
    (list === 'present' && person.officer) ||
    // "Mr T Craik - Carers Representative": the seat one who is no councillor holds is why they are a member, kept; a
    // kind of member ("Co-opted Member", "Parent Governor Representative", MEMBER_NOTE) says no seat, and is not.
    (MEMBERS_LISTS.includes(list) && !person.councillor && isSeat(person.role ?? '') && !MEMBER_NOTE.test(person.role ?? '')) ||
    // A guest listed under the council they came from ("Also present from Fenmoor County Council:") keeps it too.
    (roled && (MEMBERS_LISTS.includes(list) || list === 'alsoPresent')) ||
    (list !== 'substitutes' && list !== 'presenters' && !person.councillor && SERVICE_NOTE.test(person.role ?? ''));
  // The items a guest or an officer came for ("for item 5") stay with the entry, the post kept or not; a member's
  // coming and going is read as a movement (movements.ts).
  const items = (list === 'alsoPresent' || list === 'officers') && person.items !== null ? ` (${person.items})` : '';
  const tier = withPost ? null : tierNoted(person, list); // "P Gant (Borough)": the council a member sits for, as printed
  if (tier !== null) return tier;
  if (withPost) return [person.name, person.role].filter((part) => part !== null && part !== '').join(', ') + items;
  if (list === 'substitutes' && person.forWhom) return `${person.name} (for ${person.forWhom})`;
  // A party keeps what the record says of them in brackets, as a hearing's parties are written (hearing-parties.ts).
  if (list === 'presenters' && person.role !== null) return `${person.name} (${person.role})`;
  return person.name + items;
}

/** Files a person in a list, noting a partner, and the substitute's entry where the person names one who stood in or for whom. */
export function add(attendance: Filing, list: ListName, person: Person, roled = false): void {
  attendance[list].push(entry(person, list, roled));
  notePartner(attendance, list, person, roled);
  if (person.forWhom !== null && list !== 'substitutes') attendance.substitutes.push(entry(person, 'substitutes'));
  if (person.stoodInBy !== null) attendance.substitutes.push(`${person.stoodInBy} (for ${person.name})`);
}

/**
 * Notes a member present or an apology listed with a partner's note (partnerNote), as the list's entry names them. One
 * listed under the body they represent (roled) sends a member's apologies, the list's label says so.
 */
function notePartner(attendance: Filing, list: ListName, person: Person, roled: boolean): void {
  const note = partnerNote(person);
  const post = officerNote(person);
  const listed = list === 'present' || (list === 'apologies' && !roled);
  if (person.name === '' || !listed) return;
  const name = squash(entry(person, list, roled));
  if (note !== null) attendance.partners.push({ list, name, note });
  else if (post !== null) attendance.partners.push({ list, name, note: post, officer: true });
}
