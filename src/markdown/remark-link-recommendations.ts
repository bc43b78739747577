/**
 * Links mentions of tracked recommendations to their records:
 * - "Recommendation 4 of the Task and Finish Panel’s report": the recommendation numbered 4 of a
 *   committee of the page's council whose name holds the body's words (task, finish, panel);
 * - a reference such as COP/25/12 that no report holds but a recommendation does.
 * Only a single match links; anything else stays as written.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { pushTo } from '../site/group.ts';
import { slugify } from '../model/slug.ts';
import { councilOfCommittee, getLinkContext, holdsNone, linkTable, memoByObject, type LinkContext } from './link-context.ts';
import { findAndReplaceWhere, hasDigit, linkNode } from './mdast-nodes.ts';
import { normaliseReference, REFERENCE_PATTERN } from './remark-link-reports.ts';

type RecommendationTarget = LinkContext['recommendations'][number];

const NUMBERED_MENTION =
  /\bRecommendations?\s+(\d{1,3})\s+of\s+the\s+([^.;:!?\n]{1,80}?)(?:['’]s?)?\s+(?:(?:final|interim)\s+)?(?:report|review)\b/gi;

/** Words that say nothing about which body made a recommendation. */
const FILLER = new Set(['the', 'of', 'and', 's', 'council', 'councils', 'district', 'county', 'borough', 'city']);

/** The number of a recommendation: reference "4", "R4", "Rec 4", or a subject "Recommendation 4 …". */
export function recommendationNumber(item: Pick<RecommendationTarget, 'reference' | 'subject'>): number | null {
  const byReference = /^(?:rec(?:ommendation)?\.?\s*|r)?(\d{1,3})$/i.exec(item.reference?.trim() ?? '');
  const bySubject = /^recommendation\s+(\d{1,3})\b/i.exec(item.subject.trim());
  const digits = byReference?.[1] ?? bySubject?.[1];
  return digits === undefined ? null : Number(digits);
}

/** True when every telling word of the body ("Task and Finish Panel") is in the committee id. */
export function committeeMatchesBody(committee: string | null, body: string): boolean {
  if (committee === null) return false;
  const committeeWords = new Set(slugify(committee.replace(/^[^/]*\//, '')).split('-'));
  const bodyWords = slugify(body)
    .split('-')
    .filter((word) => word !== '' && !FILLER.has(word));
  return bodyWords.length > 0 && bodyWords.every((word) => committeeWords.has(word));
}

function inCouncil(item: RecommendationTarget, context: LinkContext): boolean {
  return context.here.council === null || councilOfCommittee(item.committee) === context.here.council;
}

function only(items: RecommendationTarget[], context: LinkContext): RecommendationTarget | null {
  const pick = items.length === 1 ? (items[0] ?? null) : null;
  return pick === null || pick.url === context.here.url ? null : pick;
}

/** Recommendations by number and by reference, built once per archive: pages never scan them all. */
const recommendationIndex = memoByObject((recommendations: RecommendationTarget[]) => {
  const byNumber = new Map<number, RecommendationTarget[]>();
  const byReference = new Map<string, RecommendationTarget[]>();
  for (const item of recommendations) {
    const number = recommendationNumber(item);
    if (number !== null) pushTo(byNumber, number, item);
    if (item.reference !== null) pushTo(byReference, normaliseReference(item.reference), item);
  }
  return { byNumber, byReference };
});

const recommendationsNumbered = linkTable('recommendations-by-number', (context) => recommendationIndex(context.recommendations).byNumber);
const recommendationsWithReference = linkTable(
  'recommendations-by-reference',
  (context) => recommendationIndex(context.recommendations).byReference,
);

export function resolveNumbered(number: number, body: string, context: LinkContext): RecommendationTarget | null {
  const numbered = recommendationsNumbered(context, number) ?? [];
  const matches = numbered.filter((item) => inCouncil(item, context) && committeeMatchesBody(item.committee, body));
  return only(matches, context);
}

export function resolveRecommendationReference(reference: string, context: LinkContext): RecommendationTarget | null {
  const held = recommendationsWithReference(context, normaliseReference(reference)) ?? [];
  const sameCouncil = held.filter((item) => context.here.council !== null && inCouncil(item, context));
  return only(sameCouncil.length > 0 ? sameCouncil : held, context);
}

export function linkRecommendations(tree: Root, context: LinkContext): void {
  if (holdsNone(context, 'recommendations')) return;
  findAndReplaceWhere(
    tree,
    [
      [
        NUMBERED_MENTION,
        (words: string, number: string, body: string) => {
          const target = resolveNumbered(Number(number), body, context);
          return target === null ? false : linkNode(words, target);
        },
      ],
      [
        REFERENCE_PATTERN,
        (reference: string) => {
          const target = resolveRecommendationReference(reference, context);
          return target === null ? false : linkNode(reference, target);
        },
      ],
    ],
    hasDigit,
  );
}

export default function remarkLinkRecommendations() {
  return (tree: Root, file: VFile) => linkRecommendations(tree, getLinkContext(file));
}
