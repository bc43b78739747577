/**
 * Small pieces the recommendation pass shares: record lookups, subjects from text, the panel a
 * text names, and whom a recommendation is addressed to.
 */
import type { z } from 'astro/zod';
import type { addresseeKind, RecommendationInput } from '../../../src/model/schema.ts';
import { slugify } from '../../../src/model/slug.ts';
import type { ImportRecord, RecordOf } from '../records.ts';
import { squash } from '../text.ts';
import { TIER_WORDS } from '../reader/council-name.ts';
import { COUNCIL_ITSELF, PARTNER_AUTHORITIES, PARTNER_WORDS } from './addressed.ts';

export type RecommendationRecord = RecordOf<'recommendations'>;
export type MeetingRecord = RecordOf<'meetings'>;
export type ReportRecord = RecordOf<'reports'>;
export type AddresseeKind = z.infer<typeof addresseeKind>;

/** Every field of a recommendation record that the pass fills, set to "not stated". */
export function blankRecommendation(): Omit<RecommendationInput, 'subject' | 'council' | 'committee' | 'provenance'> {
  return {
    reference: null,
    approach: null,
    leadOfficer: null,
    responsibleMember: null,
    meetingDates: [],
    reviewDate: null,
    status: 'not-stated',
    statusText: null,
    updates: [],
    report: null,
    meeting: null,
    item: null,
    madeDate: null,
    madeBy: null,
    addressee: null,
    addresseeKind: null,
    receivedDate: null,
    responseDue: null,
    responseDueNote: null,
    response: null,
    targetDate: null,
    implementation: 'not-stated',
    rag: null,
    warnings: [],
  };
}

/** The first sentence of a text, at most `max` characters, as a subject; "That …" kept as written. */
export function subjectOf(text: string, max = 160): string {
  const flat = squash(
    text
      .replace(/^[-*]\s+/gm, '')
      .replace(/[*_]/g, '')
      .replace(/\n+/g, ' '),
  );
  const end = /[.!?;](?=\s+[A-Z(‘'"“]|$)/.exec(flat);
  const sentence = (end ? flat.slice(0, end.index) : flat).replace(/[.;:,]$/, '');
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 3);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}...`;
}

/** A body type word as the archive names the body: a task and finish "review" is the panel that did it. */
const PANEL_NAME = /((?:[A-Z][\w’'-]*\s+){1,3})Task\s*(?:and|&)\s*Finish\s+(Panel|Review|Group)\b/g;
/** A qualifier that is only whose panel it is ("District Council's", "EFDC's") says nothing of which panel. */
const OWNER_ONLY = /^(?:(?:the|this|our|a|an)\s+)?(?:[\w-]+\s+)?(?:Council|District|County|Borough|[A-Z]{2,6})[’']s$/;

/** Key that holds "Children Services", "Children's Services" and "Children’s Services" as one. */
function qualifierKey(qualifier: string): string {
  return slugify(qualifier.replace(/[’']s\b/g, ''));
}

/**
 * The task and finish panel a text names, as "<Qualifier> Task and Finish <Panel|Group>": the
 * qualifier said most often ("Children Services", "Children’s Services" count as one), written
 * with its apostrophe where any mention has one; null when no mention qualifies the panel.
 */
export function panelNamed(text: string, bodyWord: 'Panel' | 'Group' | null = null): string | null {
  const counts = new Map<string, { count: number; spellings: string[]; body: string }>();
  for (const match of text.matchAll(PANEL_NAME)) {
    const qualifier = squash(match[1] ?? '').replace(/^(?:The|This|Our|An?|Its|Their)\s+/, '');
    if (qualifier === '' || OWNER_ONLY.test(qualifier)) continue;
    const key = qualifierKey(qualifier);
    const entry = counts.get(key) ?? { count: 0, spellings: [], body: match[2] === 'Group' ? 'Group' : 'Panel' };
    entry.count += 1;
    entry.spellings.push(qualifier);
    counts.set(key, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count || (b.spellings[0]?.length ?? 0) - (a.spellings[0]?.length ?? 0))[0];
  if (!best) return null;
  const spelling = best.spellings.find((s) => /[’']s\b/.test(s)) ?? best.spellings[0] ?? '';
  return `${spelling.replace(/’/g, "'")} Task and Finish ${bodyWord ?? best.body}`;
}

/** A name that is only the partner authorities, as a joint committee's minutes word them. */
const PARTNERS_NAMED = new RegExp(String.raw`^(?:the\s+)?${PARTNER_AUTHORITIES}$`, 'i');

/** "Full Council", "the Council", "the Comhairle": the council itself. */
const COUNCIL_NAMED = new RegExp(String.raw`^(?:the\s+)?(?:${COUNCIL_ITSELF})$`, 'i');

/**
 * "the local authority", one and so named: the council a SACRE, a schools forum or a committee of the council belongs to,
 * as such a body calls its own council (a joint committee names its several as "each local authority", PARTNER_AUTHORITIES).
 */
const OWN_LOCAL_AUTHORITY = /^(?:the\s+)?local\s+authority$/i;

/** "the County Council", "District Council": a council named by its tier alone (group 1), as minutes name their own or another tier's. */
const TIER_COUNCIL = new RegExp(String.raw`^(?:the\s+)?(${TIER_WORDS.join('|')})\s+Council$`, 'i');

/** Whether a council named by its tier alone ("the County Council") is the meeting's own: its name ends in that tier's word. */
function ownTier(name: string, ownCouncil: string | null): boolean {
  const tier = TIER_COUNCIL.exec(name)?.[1];
  return tier !== undefined && ownCouncil !== null && ownCouncil.endsWith(`-${tier.toLowerCase()}-council`);
}

/** Another council, the police, or a body a partner's word names ("Integrated Care Board", "the North Vale ICB", "NHS England"). */
const OTHER_BODY = new RegExp(String.raw`\b(?:council|police|nhs|${PARTNER_WORDS.join('|')})\b`, 'i');

/** Whom a phrase addresses ("Cabinet", "the Cabinet Member for Children", "Essex County Council"). */
export function addresseeKindOf(name: string, ownCouncil: string | null): AddresseeKind {
  if (OWN_LOCAL_AUTHORITY.test(name)) return 'council';
  // "each partner authority", "constituent councils": the bodies a joint committee answers to, never its own council.
  if (PARTNERS_NAMED.test(name)) return 'partner';
  if (/^(?:the\s+)?(?:cabinet|executive|mayor)$/i.test(name)) return 'cabinet';
  if (/cabinet\s+member|portfolio\s+holder|executive\s+member|leader/i.test(name)) return 'cabinet-member';
  if (COUNCIL_NAMED.test(name)) return 'council';
  // "Overview and Scrutiny Management Board", "Health Scrutiny Commission": the council's own scrutiny body, whatever it is called.
  if (/\b(?:scrutiny|overview)\b/i.test(name)) return 'committee';
  if (OTHER_BODY.test(name)) {
    return (ownCouncil !== null && slugify(name) === ownCouncil) || ownTier(name, ownCouncil) ? 'council' : 'partner';
  }
  if (/officers?|director|head\s+of/i.test(name)) return 'officers';
  if (/committee|panel/i.test(name)) return 'committee';
  return 'other';
}

export function byKey(records: readonly ImportRecord[]): Map<string, ImportRecord> {
  return new Map(records.map((record) => [`${record.collection}/${record.id}`, record]));
}
