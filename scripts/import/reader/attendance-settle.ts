/**
 * The attendance read beside the rest of the record (reader/attendance.ts reads the lists): the staff of the body
 * that met are its officers, guests the record says presented are presenters, and a person listed as both there and
 * away is warned of, with the days an adjourned meeting sat.
 */
import { readAttendance } from './attendance.ts';
import { DAY_DATE, PREFIX } from './attendance-headings.ts';
import type { Attendance, PartnerListed } from './attendance-lists.ts';
import { sessionWitnesses } from './attendance-witnesses.ts';
import { couldBeOnePerson, listedAbsentAndSorry, listedThereAndAway, surnameOf } from './attendance-names.ts';
import { deputationWarnings } from './hearing-parties.ts';
import { BETWEEN, itemGuests, JOIN, OTHER, PRESENTED } from './item-guests.ts';
import { squash } from './attendance-piece.ts';
import type { AgendaItemInput } from '../../../src/model/schema.ts';
import { OUTSIDE_POST_SOURCE, STAFF_POST } from './role-words.ts';
import { caseless } from './caseless.ts';
/** "Present on 3 March 2026:", as an adjourned meeting heads each day's list: the day it names. */
const PRESENT_ON = new RegExp(String.raw`${PREFIX}present\s+on\s+(${DAY_DATE})`, 'iu');

/** How many days a record's lists of those present name ("Present on 3 March 2026:" and "Present on 5 March 2026:" two). */
function daysListed(lines: readonly string[]): number {
  const days = lines.flatMap((line) => PRESENT_ON.exec(squash(line))?.[1]?.toLowerCase().replace(/,/g, '') ?? []);
  return new Set(days).size;
}

/** What the whole record says of its meeting, beside the lists read. */
export interface MeetingContext {
  /** The record's lines, items and all. */
  lines: readonly string[];
  /** The meeting was adjourned and reconvened on a later day (meeting-dates.ts). */
  adjourned: boolean;
  /** The bodies that met, as the record or its source names them: the council's name and the committee's. */
  bodies?: readonly (string | null)[];
  /** Those the lists name as members present or sending apologies with a partner's note (readAttendance). */
  partners?: readonly PartnerListed[];
  /** The items read, whose minutes may name guests no list holds (item-guests.ts). */
  items?: readonly Pick<AgendaItemInput, 'number' | 'minutes'>[];
}

/** A name's words in lower case, "&" as "and", without "the" before it: "The Northmoor Fire & Rescue Service" -> "northmoor fire and rescue service". */
function bodyWords(name: string): string {
  return squash(
    name
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^\p{L}\p{N}]+/gu, ' '),
  ).replace(/^the\s+/, '');
}

/** "Northmoor Fire and Rescue Authority", "Northmoor Fire Authority", "Northmoor Combined Fire Authority": a fire authority, its place words first. */
const FIRE_AUTHORITY = /^(.+?)\s+(?:combined\s+)?fire(?:\s+and\s+rescue)?\s+authority$/;
/** How the service a fire authority runs is named after its place's words. */
const FIRE_SERVICES = ['fire and rescue service', 'fire service'];

/**
 * The bodies whose staff are the meeting's own officers: each body that met, and the service a fire authority runs,
 * named with the same place's words ("Northmoor Combined Fire Authority" runs "Northmoor Fire and Rescue Service").
 */
function ownBodies(bodies: readonly (string | null)[]): Set<string> {
  const own = new Set<string>();
  for (const body of bodies) {
    const words = body === null ? '' : bodyWords(body);
    if (words === '') continue;
    own.add(words);
    const place = FIRE_AUTHORITY.exec(words)?.[1];
    if (place !== undefined) for (const service of FIRE_SERVICES) own.add(`${place} ${service}`);
  }
  return own;
}

/**
 * The body a guest's entry names last, or '' for none: "Name, post, body", as only a guest with a post held elsewhere is
 * listed with it among those also present (entry); a note after the body ("(for item 5)") says when they came, not where
 * they work.
 */
function bodyOf(listed: string): string {
  return listed.includes(',') ? (listed.split(',').at(-1) ?? '').replace(/\s*\([^()]*\)$/, '').trim() : '';
}

/**
 * Those also present whose post is held with the meeting's own body ("Mr R Gale, Chief Fire Officer, Northmoor Fire and
 * Rescue Service" at the fire authority's meeting): the body's officers, not guests. A post with another body is why a
 * guest is also present (attendance-person.ts), but the body the post names last may be the one that met.
 */
function ownOfficers(attendance: Attendance, bodies: readonly (string | null)[]): Attendance {
  const own = ownBodies(bodies);
  const ours = (listed: string) => own.has(bodyWords(bodyOf(listed)));
  const moved = attendance.alsoPresent.filter(ours);
  if (moved.length === 0) return attendance;
  const alsoPresent = attendance.alsoPresent.filter((listed) => !ours(listed));
  return { ...attendance, alsoPresent, officers: [...new Set([...attendance.officers, ...moved])] };
}

/** The others a run names before a name, after "presented by": "presented by Dr K Shaw, Director of Public Health, and Ms Ruiz". */
const OTHERS_BEFORE = String.raw`(?:${OTHER}${JOIN})*`;
/**
 * Up to four words before a surname: the title and given names a sentence names someone with; never "and", which
 * parts two people ("Dr Shaw and Ms Ruiz").
 */
const WORDS_BEFORE = String.raw`((?:(?!and\s)[\p{L}'’.-]+\s+){0,4})`;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when a sentence of the record says `guest` presented or answered questions ("Dr K Shaw, Director of Public
 * Health, presented the report", "The item was introduced by Ms Ruiz"): the name as printed there is one person
 * written two ways with the guest's entry, and with no one else the lists name ("Shaw" beside a Councillor C Shaw
 * names neither for sure).
 */
function saidToPresent(guest: string, attending: readonly string[], text: string): boolean {
  const surname = surnameOf(guest);
  if (surname === null) return false;
  const name = String.raw`${escapeRegExp(surname)}(?![\p{L}'’-])`;
  const said = [
    new RegExp(String.raw`${WORDS_BEFORE}${name}${BETWEEN}\s+${PRESENTED}`, 'gu'),
    new RegExp(String.raw`\b(?:[Pp]resented|[Ii]ntroduced)\s+by\s+${OTHERS_BEFORE}${WORDS_BEFORE}${name}`, 'gu'),
  ];
  return said.some((pattern) =>
    [...text.matchAll(pattern)].some((match) => {
      const before = (match[1] ?? '')
        .trim()
        .split(/\s+/)
        .filter((word) => word !== '');
      // The longest run of words before the surname that names someone the lists name says whom it means.
      for (let from = 0; from <= before.length; from += 1) {
        const named = [...before.slice(from), surname].join(' ');
        const meant = attending.filter((entry) => couldBeOnePerson(named, entry));
        if (meant.length > 0) return meant.length === 1 && meant[0] === guest;
      }
      return false;
    }),
  );
}

/** A post's last word, a staff post's or one held outside the council's staff: "Community Safety Partnership Manager". */
const POST_END = new RegExp(String.raw`\b(?:${STAFF_POST}|${OUTSIDE_POST_SOURCE})$`, 'i');

/**
 * The post a list's entry gives after the name, in lower case: "community safety partnership manager" of "Ms U Abbott,
 * Community Safety Partnership Manager" or of "…, Station Manager, Shire Fire and Rescue Service (item 5)" its first
 * part; null when that part is no post (a body's name, "Inspector").
 */
function postOf(entry: string): string | null {
  const first = squash(entry.replace(/\s*\([^()]*\)$/, '').split(',')[1] ?? '');
  return POST_END.test(first) ? first.toLowerCase() : null;
}

/**
 * True when a sentence of the record says the holder of `guest`'s post presented ("The Community Safety Partnership
 * Manager presented the plan", "introduced by the Station Manager"), and no one else the lists name holds that post:
 * the post then names the guest as their name would.
 */
function postSaidToPresent(guest: string, attending: readonly string[], text: string): boolean {
  const post = postOf(guest);
  if (post === null || attending.filter((entry) => postOf(entry) === post).length !== 1) return false;
  const named = String.raw`[Tt]he\s+(?:${caseless(escapeRegExp(post).replace(/\s+/g, String.raw`\s+`))})(?![\p{L}'’-])`;
  const said = [
    new RegExp(String.raw`(?<![\p{L}'’-])${named}${BETWEEN}\s+${PRESENTED}`, 'u'),
    new RegExp(String.raw`\b(?:[Pp]resented|[Ii]ntroduced)\s+by\s+${OTHERS_BEFORE}${named}`, 'u'),
  ];
  return said.some((pattern) => pattern.test(text));
}

/**
 * Guests also present whom the record says presented or answered questions, by name or by the post only they hold:
 * the meeting's presenters ("Guests who presented or answered questions"), moved from those also present. None is
 * moved for their post alone.
 */
function presentingGuests(attendance: Attendance, lines: readonly string[]): Attendance {
  const text = lines.map(squash).join(' ');
  const attending = [...attendance.present, ...attendance.substitutes, ...attendance.alsoPresent, ...attendance.officers];
  const said = attendance.alsoPresent.filter(
    (guest) => saidToPresent(guest, attending, text) || postSaidToPresent(guest, [...attending, ...attendance.presenters], text),
  );
  if (said.length === 0) return attendance;
  // "Ms A Hopkin, Audit Manager, Audit Wales" presented, "Mr D Price, Audit Lead, Audit Wales" beside her: one body's
  // team, kept in one list, never split between the presenters and those also present.
  const teams = new Set(said.map((guest) => bodyWords(bodyOf(guest))).filter((body) => body !== ''));
  const moved = attendance.alsoPresent.filter((guest) => said.includes(guest) || teams.has(bodyWords(bodyOf(guest))));
  const alsoPresent = attendance.alsoPresent.filter((guest) => !moved.includes(guest));
  return { ...attendance, alsoPresent, presenters: [...new Set([...attendance.presenters, ...moved])] };
}

/**
 * The witnesses listed under each session's heading, wherever it stands ("Session 2 (3.20pm – 4.30pm): …" over
 * "Witnesses", between the questions of the session before and this one's): the meeting's presenters, each list read
 * as the header's is (readAttendance). A list above the first item was read with the header, and comes out the same:
 * each witness is kept once. A list not read whole is warned of, its lines kept in the text (items.ts).
 */
function sessionPresenters(attendance: Attendance, lines: readonly string[]): { attendance: Attendance; warnings: string[] } {
  const found: string[] = [];
  const warnings: string[] = [];
  lines.forEach((line, at) => {
    const block = sessionWitnesses(lines, at);
    if (block === null) return;
    const listed = lines.slice(block[0], block[1] + 1);
    const read = readAttendance(listed);
    found.push(...read.attendance.presenters);
    if (read.lines.length < listed.length) {
      warnings.push(`the witnesses under "${squash(line)}" were not all read: check the session's presenters by hand`);
    }
  });
  const presenters = [...new Set([...attendance.presenters, ...found])];
  return { attendance: presenters.length === attendance.presenters.length ? attendance : { ...attendance, presenters }, warnings };
}

/**
 * Guests the items' minutes name presenting whom no list holds: presenters of their item; councillors outside the
 * members who addressed an item, also present; others named speaking, warned of (item-guests.ts).
 */
function withItemGuests(
  attendance: Attendance,
  items: readonly Pick<AgendaItemInput, 'number' | 'minutes'>[],
): { attendance: Attendance; warnings: string[] } {
  const found = itemGuests(Object.values(attendance).flat(), items, attendance.present);
  if (found.presenters.length + found.alsoPresent.length === 0) return { attendance, warnings: found.warnings };
  const presenters = [...attendance.presenters, ...found.presenters];
  const alsoPresent = [...attendance.alsoPresent, ...found.alsoPresent];
  return { attendance: { ...attendance, presenters, alsoPresent }, warnings: found.warnings };
}

/**
 * "Apologies: Councillor J Ellery, Superintendent K Frome (Shire Police), Ms L Gow (Healthwatch Shire)", or the same
 * as a sentence: one listed with a police rank, a post held with another body or the outside body they came from
 * (partnerNote) attends a council's meeting as a partner, never a member; one listed with a staff post and no
 * councillor's title ("Jane Doe (Head of Finance)", officerNote) as its officer. The attendance keeps the members'
 * apologies only (no list holds a guest's or an officer's), so such apologies are taken out of the members' and warned
 * of by name: nothing is lost unsaid. Where the members present are partners too (a board of partners), theirs are
 * members'; where they hold posts (a board's directors), so are the apologies of those with posts.
 */
function guestApologies(attendance: Attendance, partners: readonly PartnerListed[]): { attendance: Attendance; warnings: string[] } {
  const present = partners.filter((partner) => partner.list === 'present');
  const guestsPresent = present.some((partner) => partner.officer !== true);
  const away = (partner: PartnerListed) => (partner.officer === true ? present.length === 0 : !guestsPresent);
  const guests = partners.filter((partner) => partner.list === 'apologies' && attendance.apologies.includes(partner.name) && away(partner));
  if (guests.length === 0) return { attendance, warnings: [] };
  const names = new Set(guests.map((guest) => guest.name));
  const warnings = [...new Map(guests.map((guest) => [guest.name, guest])).values()].map(
    (guest) =>
      `${guest.name} (${guest.note}) sent apologies as ${guest.officer === true ? 'an officer' : 'a guest'}, not a member of the body: the attendance lists only members' apologies, so theirs is not kept`,
  );
  return { attendance: { ...attendance, apologies: attendance.apologies.filter((name) => !names.has(name)) }, warnings };
}

/**
 * The meeting's attendance as the whole record tells it, with warnings: each session's witnesses are presenters; the
 * staff of the body that met are its officers; guests the record says presented are its presenters; one person listed both as at the meeting and as away from it is warned of (both entries kept), saying
 * so when the meeting sat on more than one day; one listed both as absent and as sending apologies is warned of too; a deputation heard from a body that no guest's entry names is warned of.
 */
export function settleAttendance(given: Attendance, context: MeetingContext): { attendance: Attendance; warnings: string[] } {
  const sessions = sessionPresenters(given, context.lines);
  const presented = withItemGuests(
    presentingGuests(ownOfficers(sessions.attendance, context.bodies ?? []), context.lines),
    context.items ?? [],
  );
  const { attendance, warnings } = guestApologies(presented.attendance, context.partners ?? []);
  const days = Math.max(daysListed(context.lines), context.adjourned ? 2 : 1);
  const heard = deputationWarnings(context.lines.map(squash).join(' '), [...attendance.presenters, ...attendance.alsoPresent]);
  return {
    attendance,
    warnings: [
      ...sessions.warnings,
      ...presented.warnings,
      ...warnings,
      ...listedThereAndAway(attendance, days),
      ...listedAbsentAndSorry(attendance),
      ...heard,
    ],
  };
}
