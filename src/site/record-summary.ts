/**
 * What the content collections keep of meetings and recommendations (src/model/schema.ts,
 * `summaries`): enough for every list, index and cross-link, without the text that only the
 * record's own page shows. The committees an agenda item names are worked out here, from
 * the full text, so the text does not have to be kept for the committee pages.
 */
import { namesIn } from './votes.ts';
import {
  voteRoles,
  type AgendaItem,
  type AgendaItemSummary,
  type Committee,
  type Meeting,
  type MeetingSummary,
  type Recommendation,
  type RecommendationSummary,
} from '../model/schema.ts';
import { groupBy, type Entry } from './archive-data.ts';
import { namesCommittee } from './mentions.ts';

/** Makes meeting summaries, comparing each item with the committees of its meeting's council. */
export function meetingSummariser(committees: Entry<Committee>[]): (meeting: Meeting) => MeetingSummary {
  const byCouncil = groupBy(committees, (committee) => committee.data.council);
  return (meeting) => {
    const candidates = meeting.council === null ? [] : (byCouncil.get(meeting.council) ?? []);
    const named = (item: AgendaItem) => candidates.filter((committee) => namesCommittee(committee, meeting, item)).map(({ id }) => id);
    const { items, documents: _documents, ...rest } = meeting;
    return {
      ...rest,
      items: items.map((item) => ({
        number: item.number,
        title: item.title,
        anchor: item.anchor,
        ...(item.exempt === undefined ? {} : { exempt: item.exempt }),
        committeesNamed: named(item),
        ...namedVotes(item),
        ...motionMovers(item),
      })),
    };
  };
}

/** The item's votes that name members, as the summary keeps them (people pages list each member's votes). */
function namedVotes(item: AgendaItem): Pick<AgendaItemSummary, 'namedVotes'> {
  const named = (item.votes ?? []).filter((vote) => voteRoles.some((role) => namesIn(vote, role).length > 0));
  if (named.length === 0) return {};
  return {
    namedVotes: named.map((vote) => ({
      motion: vote.motion,
      outcome: vote.outcome,
      ...Object.fromEntries(voteRoles.flatMap((role) => (vote[role] === undefined ? [] : [[role, vote[role]]]))),
    })),
  };
}

/** Who moved and seconded the item's proposals decided with no vote recorded, as the summary keeps them. */
function motionMovers(item: AgendaItem): Pick<AgendaItemSummary, 'motions'> {
  if (item.motions === undefined || item.motions.length === 0) return {};
  return { motions: item.motions.map(({ text: _text, ...movers }) => movers) };
}

export function recommendationSummary(recommendation: Recommendation): RecommendationSummary {
  const { updates, ...rest } = recommendation;
  return { ...rest, updateDates: updates.map((update) => update.date) };
}
