/**
 * The people of a heading's list (a Block) or of an attendance table filed in the meeting's lists: a joint body's
 * members with their councils, a county's own tier, guests kept with their bodies, officers given by post alone,
 * the chair's and civic posts noted. Apart from the reading of the lines (attendance-block.ts), which says only who
 * is listed under what.
 */
import { postsBesideHolders } from './attendance-bare-posts.ts';
import { postsPartlyRead } from './attendance-posts-partly.ts';
import { bodiesApart } from './attendance-bodies-apart.ts';
import { guestFrom, isGuestNote, outsideBodyName } from './attendance-bodies.ts';
import { add, listFor, MEMBERS_LISTS, statusNoted } from './attendance-entry.ts';
import { type Block, type Filing, GROUPED_LISTS, type Role, staffList } from './attendance-lists.ts';
import { type Person, type Piece, squash } from './attendance-piece.ts';
import { type PostHolder } from './chair-posts.ts';
import { heldElsewhere, namesBody, postNoted } from './person-posts.ts';
import { postAlone } from './person-name.ts';
import { readPieces } from './attendance-person.ts';
import { COUNTED, ELECTORS_COUNTED, MEMBERS_COUNTED, publicByNote } from './attendance-public.ts';
import { type AttendanceTable } from './attendance-table-row.ts';
import { isCouncilName } from './council-name.ts';
import { memberEntry, readMembership } from './membership.ts';
import { memberPostKey } from './role-words.ts';

/**
 * "Mr K Boyle, Northern Ireland Housing Executive" under an "In attendance" list kept apart from the officers': a
 * note that is no staff post, council or member's post (the body the person came from), so held elsewhere, a guest.
 */
function besideOfficersNoted(person: Person): boolean {
  const note = person.role ?? '';
  return /^\p{Lu}/u.test(note) && !person.officer && !person.councillor && !person.outside && memberPostKey(note) === null;
}

/** A represented member's note then the body ("Chief Executive, Strathvane Council"); the body alone when none. */
function representedRole(person: Person, body: string): string {
  return person.role === null ? body : `${person.role}, ${body}`;
}

/**
 * True when a list of those also present names the body's own staff alone, each with a post: one at least an officer
 * by it ("Clerk to the Joint Committee"), every other no councillor and no other body's ("Superintendent and
 * Registrar"), as a joint committee or a board lists its clerk, treasurer and manager. One list then, the officers',
 * each keeping their post, never the officer's in one list and the others' in another, their posts dropped.
 */
function staffBlock(block: Block): boolean {
  if (block.role !== 'alsoPresent') return false;
  const people = block.paragraphs.flatMap(readPieces).filter((piece): piece is Person => piece.kind === 'person');
  const ownStaff = (person: Person): boolean =>
    person.name !== '' && person.role !== null && !person.councillor && !person.outside && !person.elsewhere && !person.also;
  return people.some((person) => person.officer) && people.every(ownStaff);
}

/**
 * True when most of those present are listed with the council they represent ("Cllr A Abbott,
 * Ashby District Council"), as a joint body (a police and crime panel, a joint committee) lists its
 * members: a named council then says whom a member represents, not that they visited.
 */
function representsCouncils(block: Block): boolean {
  const { passing, all } = presentWho(block, namesCouncil);
  return passing >= 2 && passing * 2 > all;
}

/** Of those a block lists as present, how many pass `test`, and how many there are (none for other blocks). */
function presentWho(block: Block, test: (person: Person) => boolean): { passing: number; all: number } {
  if (block.role !== 'present') return { passing: 0, all: 0 };
  const people = block.paragraphs.flatMap(readPieces).filter((piece): piece is Person => piece.kind === 'person');
  return { passing: people.filter(test).length, all: people.length };
}

/** Listed with a council: after a comma ("Cllr A Abbott, Ashby District Council"), or in brackets ("(Kettleby Borough Council)"). */
function namesCouncil(person: Person): boolean {
  return (person.role !== null && isCouncilName(person.role)) || person.council !== undefined;
}

/**
 * The body a member is listed with, no post: a council ("Dunkeld Vale Council"), a body by a body's word ("NHS Carrick
 * Moor", "Integrated Care Board") or by its capitalised name ("Probation Service", "Fenmarsh Homes"); null otherwise.
 */
function bodyListed(person: Person): string | null {
  const note = person.role;
  if (note === null || person.officer) return null;
  return isCouncilName(note) || namesBody(note) || outsideBodyName(note) ? note : null;
}

/**
 * True when most of those a block lists as present are each listed with a body (bodyListed), and two or more bodies are
 * named by a council's or a body's word: a board of partners ("Councillor M Ellis - Dunkeld Vale Council", "Dr O Lathe -
 * NHS Carrick Moor"), an integration joint board or a community safety partnership, whose members sit for the council or
 * the body they come from. The body then says whom a member represents, as a joint meeting's councils do; a council's
 * own members listed with it alone keep none, nor those listed with a name no such word makes a body's ("Farnby TC").
 */
function partnersListed(block: Block): boolean {
  const { passing, all } = presentWho(block, (person) => bodyListed(person) !== null);
  const people = block.role === 'present' ? block.paragraphs.flatMap(readPieces) : [];
  const named = (note: string | null): note is string => note !== null && (isCouncilName(note) || namesBody(note));
  const bodies = new Set(people.flatMap((piece) => (piece.kind === 'person' && named(piece.role) ? [piece.role.toLowerCase()] : [])));
  return bodies.size >= 2 && passing * 2 > all;
}

/** How many councils those a block lists as present are listed with ("Cllr A Abbott, Ashby District Council"). */
function councilsNamed(block: Block): number {
  const people = block.role === 'present' ? block.paragraphs.flatMap(readPieces) : [];
  // The council in brackets ("(Kettleby Borough Council)") or after a comma, whichever it was printed as.
  return new Set(people.flatMap((piece) => (piece.kind === 'person' && namesCouncil(piece) ? [piece.council ?? piece.role] : []))).size;
}

/**
 * True when two thirds of those present carry a tier's title ("County Councillor A Pryce"), as a Welsh
 * county's own minutes title its members: the title is the body's own, not a visitor's.
 */
function ownTier(block: Block): boolean {
  const { passing, all } = presentWho(block, (person) => person.outside && person.councillor);
  return passing >= 2 && passing * 3 >= all * 2;
}

/**
 * "Ms P Ruiz (Healthwatch Northmoor)", "Mrs D Pryor, Oakgate Residents Association", "Dr S Mahmood – Fenwold Primary
 * Care Network" among those attending: a note in brackets, after a comma or after a dash that is a body's name and no
 * post (namesBody), the body the person came from: held elsewhere, as a post with it is, and kept with them. Among
 * members, the body is whom a co-opted member represents.
 */
function bodyNoted(person: Person): boolean {
  const note = !person.officer && !person.elsewhere && !person.councillor ? (person.role ?? '') : '';
  return namesBody(note);
}

/** A guest's note that names their body in words no body's word is among (outsideBodyName), when no post or council said it. */
function bodyNamedPlainly(person: Person): boolean {
  return !person.officer && !person.elsewhere && !person.councillor && !person.outside && outsideBodyName(person.role ?? '');
}

/**
 * "Executive Director of Communities; Head of Housing; Legal Manager", "Director of Highways, Transport Planning Manager,
 * Democratic Services Officer": posts and no names, as Scottish and county minutes list the officers attending. Each post
 * is one officer who attended, kept as printed (a post without its holder's name is still someone there). Parted at
 * semicolons, else at a comma only where what follows is a post of its own, so "Executive Chief Officer, Communities and
 * Place" stays one; never at "and" ("Director of Finance and Resources"). Null when any part is no post.
 */
function postsAlone(paragraph: string): Piece[] | null {
  const text = squash(paragraph).replace(/[.;]$/, '');
  const semicolons = text.includes(';');
  const posts: string[] = [];
  for (const part of text.split(semicolons ? /\s*;\s*/ : /\s*,\s*/)) {
    const last = posts.length - 1;
    if (last >= 0 && !semicolons && postAlone(part) === null) posts[last] = `${posts[last] ?? ''}, ${part}`;
    else posts.push(part);
  }
  const people = posts.map(postAlone);
  if (posts.length > 1 && people.every((person) => person !== null)) return people as Person[];
  // "Head of Housing (A Moffat); Legal Manager": a named officer's entry, then a post alone, neither the other's.
  const mixed = semicolons && people.some((person) => person !== null) ? posts.flatMap((part, at) => namedOrPost(part, people[at])) : [];
  if (mixed.length > 0 && mixed.every((piece) => piece.kind === 'person' && (piece.name !== '' || piece.role !== null))) return mixed;
  const whole = postAlone(text);
  return whole === null ? null : [whole];
}

/** One entry of a list parted by semicolons: the post alone it is, or the people it names. */
function namedOrPost(part: string, post: Person | null | undefined): Piece[] {
  return post ? [post] : readPieces(part);
}

/**
 * Files the people of a block (a membership's into `members`); after "Members of the public" the
 * rest of the block is dropped, unless the public were only counted: then the next line lists people again.
 * Members of the public named are filed in no list (the lists are the meeting's members, officers and guests, and
 * each name in them makes a person's page): their names as printed are returned, for the caller to warn of.
 */
export function fileBlock(attendance: Filing, block: Block, members: string[], posts: PostHolder[]): string[] {
  const publicNamed: string[] = [];
  if (block.role === 'members') {
    members.push(...readMembership(block.paragraphs));
    return publicNamed;
  }
  const representing = representsCouncils(block);
  // A joint meeting's members, of several councils: each keeps the council they come from (a council's own keep none).
  // Members under two councils' labels ("Ashlow City Council: Councillors …") are a joint meeting's too: one listed
  // under a seat's label with their council in brackets keeps it as the labelled ones keep theirs.
  const labelled = new Set(block.represent?.filter((body): body is string => body !== null && isCouncilName(body)));
  const joint = (representing && councilsNamed(block) >= 2) || labelled.size >= 2;
  const tiered = ownTier(block);
  if (partnersListed(block)) attendance.partnership = true;
  let role: Role = staffBlock(block) ? 'officers' : block.role;
  let counted = false;
  for (const [at, listed] of block.paragraphs.entries()) {
    const group = block.groups?.[at] ?? block.role;
    // A group's label ("Observers:" under "Members of the public: none") lists people again.
    if (counted || group !== (block.groups?.[at - 1] ?? block.role)) role = group;
    counted = false;
    // "(Pelbury Borough Council), Country Land and Business Association": a body listed of its own, warned of (bodiesApart).
    const { rest: paragraph, bodies } = GROUPED_LISTS.includes(role) ? bodiesApart(listed) : { rest: listed, bodies: [] };
    attendance.bodies.push(...bodies);
    // Posts alone among those attending ("Head of Housing; Legal Manager") are officers, each post kept whole (postsAlone).
    const byPost = staffList(role) ? (postsAlone(paragraph) ?? postsBesideHolders(paragraph)) : null;
    // "…, the Director of Housing (Mr K Pollard) and the Chief Planning 0fficer": the posts read, the part unread warned of.
    const partly = byPost === null && staffList(role) ? postsPartlyRead(paragraph) : null;
    attendance.unreadParts.push(...(partly?.unread ?? []));
    const pieces = byPost ?? partly?.pieces ?? readPieces(paragraph);
    const people = pieces.filter((piece): piece is Person => piece.kind === 'person');
    // Officers listed with their jobs; not members untitled but for their offices ("Anne Bell (Chair), Colin Dow (Secretary)").
    // A job is a note that reads as a post or a body (attendance-person.ts): a note in words ("(joined by video)") is none,
    // nor a faith or a union a member represents ("Mrs A Bell (Muslim)").
    // A post held with another body ("Commanding Officer, 4th Battalion …") is a guest's, and makes no list the officers'.
    const officersParagraph =
      people.some((person) => postNoted(person) && !person.elsewhere && !heldElsewhere(person.role ?? '')) &&
      !people.some((person) => person.councillor || person.chair !== null);
    const noted = publicByNote(pieces);
    for (const [index, piece] of pieces.entries()) {
      if (piece.kind === 'public') [role, counted] = ['public', COUNTED.test(piece.text)];
      // "9 members of the Town Council, the Town Clerk (Mr N Skerritt)": a count names no one, so one named after it is no public.
      else if (counted && piece.kind === 'person') [role, counted] = [group, false];
      if (piece.kind === 'public' && ELECTORS_COUNTED.test(piece.text)) attendance.counted.push(piece.text);
      if (piece.kind !== 'person' && MEMBERS_COUNTED.test(piece.text)) attendance.counted.push(piece.text);
      // "Members of the Public Present: County Cllr D Vaughan": a councillor of another council is a guest, no member of the public.
      const guest = piece.kind === 'person' && piece.outside && piece.councillor;
      if (piece.kind === 'person' && role === 'public' && guest) add(attendance, 'alsoPresent', piece);
      const named = noted.get(index) ?? (piece.kind === 'person' && piece.name !== '' && role === 'public' && !guest ? [piece.name] : []);
      publicNamed.push(...named);
      // "the Chief Constable", "the High Sheriff" among the guests: a post no one is named as holding, no person; warned of.
      if (piece.kind === 'role' && role === 'alsoPresent') attendance.unnamed.push(piece.text);
      if (piece.kind !== 'person' || role === 'public' || role === 'members' || noted.has(index)) continue;
      const away = role === 'present' ? statusNoted(piece) : null;
      const unnotedPiece = away === null ? piece : { ...piece, role: null, job: false };
      // "Cllr M Rusk - Chair, Kestleford Borough Council": the chair present is the meeting's member, never a visiting
      // councillor, the council kept as a joint meeting's members keep theirs.
      const chairing =
        role === 'present' && unnotedPiece.chair !== null && unnotedPiece.councillor && unnotedPiece.outside && namesCouncil(unnotedPiece);
      const local =
        (representing && namesCouncil(unnotedPiece)) || (tiered && unnotedPiece.councillor) || chairing
          ? { ...unnotedPiece, outside: false }
          : unnotedPiece;
      // "Ms C Morgan – Natural Resources Wales" among those also present: the body they came from, though no body's word names it.
      const fromOutside = role === 'alsoPresent' && bodyNamedPlainly(local);
      const elsewhere =
        bodyNoted(local) || fromOutside || isGuestNote(local) || (block.besideOfficers === true && besideOfficersNoted(local));
      const fromBody = guestFrom(local, block.guestOf?.[at] ?? null);
      const person = staffList(role) && elsewhere ? { ...local, elsewhere: true } : fromBody;
      // One a body nominated is its member wherever listed, as one under a "Representing …:" label is.
      const ofAKind = block.ofAKind?.[at] === true || person.nominated !== undefined;
      const list = away ?? listFor(person, role, officersParagraph, ofAKind ? 'ofAKind' : block.members);
      // A member listed under the body they represent keeps it after the name, as a member's post is kept (REPRESENTING).
      const body = block.represent?.[at] ?? person.nominated ?? null;
      // A board of partners' member keeps the body they come from (partnersListed), present or sending apologies.
      const partnerBody = attendance.partnership === true && MEMBERS_LISTS.includes(list) && bodyListed(person) !== null;
      const ownCouncil = ((joint || chairing) && list === 'present' && namesCouncil(person)) || partnerBody;
      // "Cllr E Haddow (Vale District Council) - Chair": kept with the council in brackets, as after a comma.
      const withCouncil = ownCouncil && person.council !== undefined ? { ...person, role: person.council } : person;
      // The nominating body stands for the note that named it ("nominated by the …"), never written twice.
      const bare = person.nominated === undefined ? person : { ...person, role: null };
      add(attendance, list, body === null ? withCouncil : { ...bare, role: representedRole(bare, body) }, body !== null || ownCouncil);
      // "Cllr R Okafor (Leader of the Council)": a member's post too, whom a mover "the Leader" means (vote-post-holders.ts).
      const memberPost = person.councillor && person.role !== null && memberPostKey(person.role) !== null ? person.role : null;
      const post = person.post ?? person.chair ?? memberPost;
      if (list === 'present' && post !== null && person.name !== '') posts.push({ post, name: person.name });
    }
  }
  return publicNamed;
}

/**
 * Files an attendance table's people by each row's status: those "In attendance" as a heading "In attendance" files
 * them (officers, or councillors also present); those "Expected" (a table printed before the meeting) as the
 * committee's members, since who came is not yet known.
 */
export function fileTable(attendance: Filing, table: AttendanceTable, members: string[], posts: PostHolder[]): void {
  for (const { person, status, roled } of table.rows) {
    if (status === 'expected') members.push(memberEntry(person));
    else if (status === 'substitute') add(attendance, listFor(person, 'present', false), { ...person, forWhom: person.forWhom ?? '' });
    else if (status === 'inAttendance') add(attendance, listFor(person, 'officers', false), person);
    else if (status === 'alsoPresent') add(attendance, listFor(person, 'alsoPresent', false), person);
    else add(attendance, status === 'present' ? listFor(person, 'present', false) : status, person, roled);
    // "Ailsa Roxburgh (Chairperson)" in a table of those present: the chair, as a list's "(Chair)" says (fileBlock).
    const post = person.post ?? person.chair;
    if (status === 'present' && post !== null && person.name !== '') posts.push({ post, name: person.name });
  }
}
