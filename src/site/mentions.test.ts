import { describe, expect, it } from 'vitest';
import { mentionIndex, normalise } from './mentions.ts';
import type { Entry } from './archive-data.ts';
import type { Committee, MeetingSummary } from '../model/schema.ts';

const mentionsOf = (committee: Entry<Committee>, meetings: Entry<MeetingSummary>[]) =>
  mentionIndex(meetings).byCommittee.get(committee.id) ?? [];
import { committee, meeting } from './fixtures.test-data.ts';

const council = 'epping-forest-district-council';
const panel = committee(`${council}/childrens-services-task-and-finish-panel`, {
  name: "Children's Services Task and Finish Panel",
  type: 'task-and-finish',
});
const overview = committee(`${council}/overview-and-scrutiny-committee`, { name: 'Overview and Scrutiny Committee' });

function withItem(id: string, title: string, minutes: string | null = null, at = council) {
  return meeting(
    id,
    {
      council: at,
      committee: `${at}/overview-and-scrutiny-committee`,
      items: [{ number: 1, title, anchor: 'item-1', minutes }],
    },
    [panel, overview],
  );
}

describe('committee mentions', () => {
  it('folds curly apostrophes and possessives', () => {
    expect(normalise('Children’s Services')).toBe(' children services ');
  });

  it('finds an item that names the panel loosely', () => {
    const interim = withItem('m/004', "Interim Report on Children's Task and Finish Panel");
    const answer = withItem(
      'm/000',
      'Essex County Council and Children Services',
      'the District Council’s Task and Finish Panel’s report on children services',
    );
    const unrelated = withItem('m/x', 'Leisure Task and Finish Panel');
    expect(mentionsOf(panel, [interim, answer, unrelated]).map((m) => m.meeting.id)).toEqual(['m/004', 'm/000']);
  });

  it('ignores other councils and the committee’s own meetings', () => {
    const away = withItem('m/away', "Children's Services Task and Finish Panel", null, 'thurrock-council');
    const own = withItem('m/own', 'Overview and Scrutiny Committee work programme');
    expect(mentionsOf(panel, [away])).toEqual([]);
    expect(mentionsOf(overview, [own])).toEqual([]);
  });

  it('keeps in each item summary the committees the item names, and not its text', () => {
    const interim = withItem('m/004', "Interim Report on Children's Task and Finish Panel", 'The panel met twice.');
    expect(interim.data.items).toEqual([
      { number: '1', title: "Interim Report on Children's Task and Finish Panel", anchor: 'item-1', committeesNamed: [panel.id] },
    ]);
  });
});
