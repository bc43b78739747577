import { describe, expect, it } from 'vitest';
import { linkContext, sharedLinks } from './link-context.ts';
import { committee, meeting, recommendation } from './fixtures.test-data.ts';
import type { ArchiveData } from './archive-data.ts';
import type { SitePerson } from './people.ts';

const cs = committee('thurrock-council/cs', { name: "Children's Services Overview and Scrutiny Committee" });
const archive: ArchiveData = {
  councils: [],
  committees: [cs],
  meetings: [
    meeting('thurrock-council/cs/2017-07-11', { council: 'thurrock-council', committee: cs.id, date: '2017-07-11' }),
    meeting('thurrock-council/cs/undated', { council: 'thurrock-council', committee: cs.id, date: null, dateStatus: 'not-stated' }),
  ],
  reports: [],
  recommendations: [recommendation('thurrock-council/r1', { reference: 'COP/25/12', subject: 'Placements', committee: cs.id })],
  people: [],
};
const person: SitePerson = {
  slug: 'ray-gooding',
  name: 'Ray Gooding',
  aliases: ['Cllr Gooding'],
  appearances: [
    { name: 'County Councillor Ray Gooding', role: 'presenters', council: 'x', recordId: 'm', recordType: 'meeting', date: null },
  ],
  description: null,
  councils: ['x'],
  file: null,
};

describe('the link index for record text', () => {
  const shared = sharedLinks(archive, [person]);

  it('holds dated meetings only, with labels and addresses', () => {
    expect(shared.meetings).toEqual([
      {
        date: '2017-07-11',
        council: 'thurrock-council',
        committee: cs.id,
        url: '/meetings/thurrock-council/cs/2017-07-11/',
        label: "Children's Services Overview and Scrutiny Committee, 11 July 2017",
      },
    ]);
  });

  it('labels recommendations by reference and subject, and people by every spelling', () => {
    expect(shared.recommendations[0]?.label).toBe('COP/25/12: Placements');
    expect(shared.people).toEqual([
      { names: ['Ray Gooding', 'Cllr Gooding', 'County Councillor Ray Gooding'], url: '/people/ray-gooding/', councils: ['x'] },
    ]);
  });

  it('adds where the text stands', () => {
    expect(linkContext(shared, 'thurrock-council', cs.id, '/x/').here).toEqual({
      council: 'thurrock-council',
      committee: cs.id,
      url: '/x/',
    });
  });
});
