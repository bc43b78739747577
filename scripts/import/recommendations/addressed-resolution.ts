/**
 * Whether a meeting's resolution is a recommendation, and to whom: as its words address it, as the RECOMMENDED marker
 * over it does, as the one it says is to be advised, as the part heading over its item names; apart from
 * from-meetings.ts, which makes the records.
 */
import { onlyNotes } from '../pdf-pack/own-recommendations.ts';
import {
  advisedAddressee,
  asNamed,
  headingAddressee,
  listAddressee,
  markedAddressee,
  recommendedBodyAround,
  recommendedMark,
  recommendedTo,
  recommendsThat,
  referredBackTo,
} from './addressed.ts';
import type { MeetingRecord } from './common.ts';

type Item = NonNullable<MeetingRecord['data']['items']>[number];

/** "THAT the minutes of the meeting held on … be approved as a correct record": the committee's own business, asked of no one. */
const MINUTES_CONFIRMED = /^(?:that\s+)?the\s+minutes\b.*\bbe\s+(?:approved|confirmed|signed|agreed|accepted)\b/i;

/** A bare "RECOMMENDED that …" that asks nothing of anyone: the minutes confirmed, a report noted (onlyNotes). */
function asksNothing(resolution: string): boolean {
  const flat = resolution.trim();
  // "THAT the report be noted", as the marker's capitals run on: read as "That".
  return MINUTES_CONFIRMED.test(flat) || onlyNotes(flat.replace(/^THAT\b/, 'That'));
}

/**
 * To whom a resolution recommends: as its words say ("Cabinet be recommended to", "recommend to Council", "the Board
 * recommends that the Cabinet publishes …", "recommended each partner authority to …", "recommend the variation to each
 * partner authority"), as a call-in "referred back to" the decision maker is, or as the "RECOMMENDED to Full Council
 * that:" over its list does; null when it recommends to no one it names.
 */
export function namedAddressee(item: Item, resolution: string): string | null {
  const named =
    recommendedTo(resolution) ??
    listAddressee(resolution) ??
    recommendsThat(resolution) ??
    recommendedBodyAround(resolution) ??
    referredBackTo(resolution) ??
    markedAddressee(item.minutes ?? '', resolution);
  // "to RECOMMEND TO COUNCIL that …": the body named as the capitals marker's is, "Council".
  return named === null ? null : asNamed(named);
}

/** A resolution that is a recommendation, and to whom (null when the minutes do not say). */
export interface Addressed {
  addressee: string | null;
}

/**
 * Whether a resolution is a recommendation, and to whom: one its words address (namedAddressee); one a bare
 * "RECOMMENDED that …" makes (one that asks nothing, asksNothing, is none), addressed to the one it says is to be advised ("That the Cabinet Member for … be advised
 * that …"), else to the body the part heading over the item names ("PART B – RECOMMENDATIONS TO THE COUNCIL",
 * `headed`), else, from a committee, to no one stated; null when the resolution is no recommendation (a whole council's
 * "RECOMMENDED that", as a parish council words its own decisions, is none).
 */
export function addressedOf(item: Item, resolution: string, headed: string | null, committee: boolean): Addressed | null {
  const named = namedAddressee(item, resolution);
  if (named !== null) return { addressee: named };
  // A committee that words every decision "RECOMMENDED" confirms its minutes and notes reports so too: no recommendation.
  if (recommendedMark(item.minutes ?? '', resolution) === null || asksNothing(resolution)) return null;
  const advised = advisedAddressee(resolution);
  if (advised !== null) return { addressee: asNamed(advised) };
  if (headed !== null) return { addressee: headed };
  return committee ? { addressee: null } : null;
}

/**
 * The body each item's recommendations go to as the part heading over it names it (headingAddressee), by item number: the
 * headings the reader kept beside the meeting's record (headingsBetweenItems), never its warnings' words.
 */
export function headedAddressees(meeting: MeetingRecord): Map<string, string | null> {
  const headings = new Map((meeting.headingsBetweenItems ?? []).map(({ heading, item }) => [item, headingAddressee(heading)]));
  const byItem = new Map<string, string | null>();
  let current: string | null = null;
  for (const item of meeting.data.items ?? []) {
    const number = String(item.number ?? '');
    if (headings.has(number)) current = headings.get(number) ?? null;
    // An item held in private is under the closed part's heading, which names no one.
    if (item.exempt !== undefined) current = null;
    byItem.set(number, current);
  }
  return byItem;
}

/** A meeting of one of the council's committees, not of the whole council ("Council", "Full Council", "Authority"), whose recommendations go to it. */
export function byCommittee(meeting: MeetingRecord): boolean {
  const body = meeting.data.committee?.split('/').at(-1) ?? '';
  return body !== '' && !/(?:^|-)(?:council|authority)(?:-meeting)?$/.test(body);
}
