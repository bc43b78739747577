/**
 * How each member voted, and what they moved or seconded, for the people pages: a recorded vote names
 * members as the minutes print them ("Ash", "Mrs W Yardley"), often shorter than the meeting's
 * attendance does ("A Ash"). A name in a vote is the attendance's person when it is written the same,
 * or when exactly one member present at that meeting has its surname and a given name or initials that
 * fit; otherwise it stays on the meeting's page only, since guessing would put a vote on the wrong
 * person's page.
 */
import { givenFits, parseName } from '../model/person-name.ts';
import { sentenceStart } from '../model/display-words.ts';
import { voteRoles, type Attendance, type MeetingSummary, type RecordedVote, type VoteRole } from '../model/schema.ts';
import type { Entry } from './archive-data.ts';

/** One vote of one member, as their page lists it. */
export interface PersonVote {
  /** Id of the meeting, and its date. */
  meeting: string;
  date: string | null;
  /** Anchor of the agenda item on the meeting's page. */
  anchor: string;
  /** The item's number and title. */
  itemNumber: string | null;
  itemTitle: string;
  /** What was put, as the record words it; null when not said. */
  motion: string | null;
  /** How the vote went; null for a proposal decided with no vote recorded, which the member moved or seconded. */
  outcome: RecordedVote['outcome'] | null;
  /** How the member voted, or that they moved or seconded what was put. */
  role: VoteRole;
}

const lower = (text: string) => text.replace(/[’‘`]/g, "'").toLocaleLowerCase('en-GB');

/** Who could have voted: members present, substitutes and other members who attended. */
function voters(attendance: Attendance): string[] {
  return [...attendance.present, ...attendance.substitutes, ...attendance.alsoPresent];
}

/** The attendance's spelling of a name in a vote, or null when none, or more than one, fits. */
export function attendanceName(name: string, attendance: Attendance): string | null {
  const candidates = voters(attendance);
  if (candidates.includes(name)) return name;
  const wanted = parseName(name);
  if (wanted === null) return null;
  const fits = candidates.filter((candidate) => {
    const parsed = parseName(candidate);
    return parsed !== null && lower(parsed.surname) === lower(wanted.surname) && givenFits(parsed.given, wanted.given);
  });
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/** The person page of a name in a vote, through the meeting's attendance; null when none, or more than one, fits. */
export function voterSlug(name: string, attendance: Attendance, personSlug: (name: string) => string | null): string | null {
  const written = attendanceName(name, attendance);
  return written === null ? null : personSlug(written);
}

/** The names a vote gives for one role: a side's list, or the one who moved or seconded. */
export function namesIn(vote: Pick<RecordedVote, VoteRole>, role: VoteRole): string[] {
  const names = vote[role];
  if (names === undefined) return [];
  return typeof names === 'string' ? [names] : names;
}

/** One part of "Moved by A, seconded by B": its words and the name the record gives. */
export interface MoverSaid {
  words: string;
  name: string;
}

/** What the record says of who moved and seconded, in that order, the first words capitalised; empty when it names neither. */
export function moversSaid(movers: Pick<RecordedVote, 'movedBy' | 'secondedBy'>): MoverSaid[] {
  const said: MoverSaid[] = [
    ...(movers.movedBy ? [{ words: 'moved by', name: movers.movedBy }] : []),
    ...(movers.secondedBy ? [{ words: 'seconded by', name: movers.secondedBy }] : []),
  ];
  return said.map((part, at) => (at === 0 ? { ...part, words: sentenceStart(part.words) } : part));
}

/**
 * Each person's votes, and the proposals they moved or seconded that were decided with no vote
 * recorded, by the slug of their page: oldest meeting first, then in the order of the meetings given
 * and their items, an item's votes before its motions.
 */
export function votesByPerson(meetings: Entry<MeetingSummary>[], personSlug: (name: string) => string | null): Map<string, PersonVote[]> {
  const found = new Map<string, PersonVote[]>();
  for (const { id, data } of meetings) {
    for (const item of data.items) {
      const entry = { meeting: id, date: data.date, anchor: item.anchor, itemNumber: item.number, itemTitle: item.title };
      const parts = [...(item.namedVotes ?? []), ...(item.motions ?? []).map((motion) => ({ ...motion, outcome: null }))];
      for (const part of parts) {
        for (const role of voteRoles) {
          for (const name of namesIn(part, role)) {
            const slug = voterSlug(name, data.attendance, personSlug);
            if (slug === null) continue;
            const list = found.get(slug) ?? [];
            list.push({ ...entry, motion: part.motion, outcome: part.outcome, role });
            found.set(slug, list);
          }
        }
      }
    }
  }
  // A stable sort: votes of one meeting stay in the order of its items.
  for (const list of found.values()) list.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.meeting.localeCompare(b.meeting));
  return found;
}
