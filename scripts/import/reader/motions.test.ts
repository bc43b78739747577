import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';
import { withoutLostProposals } from './motions.ts';
import { findVotesAndMotions } from './votes.ts';

describe('a Scottish motion and its amendment, moved and then decided with no vote read', () => {
  const text = [
    'Following discussion, Mrs Urquhart, seconded by Mr Galt, moved that the licence be granted.',
    'Mr Pirie, seconded by Ms Lumsden, moved as an amendment that the licence be refused.',
    'The motion became the finding of the Board.',
    '',
    'The Board AGREED to GRANT the licence.',
  ].join('\n');

  it('keeps both, each typed by its verb: "moved that" the motion, "moved as an amendment" the amendment', () => {
    expect(findVotesAndMotions(text).motions.map(({ motion, movedBy, secondedBy }) => ({ motion, movedBy, secondedBy }))).toEqual([
      { motion: 'motion', movedBy: 'Mrs Urquhart', secondedBy: 'Mr Galt' },
      { motion: 'amendment', movedBy: 'Mr Pirie', secondedBy: 'Ms Lumsden' },
    ]);
  });
});

describe('"Motion" and "Amendment" blocks with their movers\' line under the points', () => {
  const text = [
    'Motion',
    '',
    '1)    To note the rise in applications.',
    '2)    To ask for a report on staffing in two cycles.',
    '',
    '- moved by Councillor Drummond, seconded by Councillor Kaur',
    '',
    'Amendment',
    '',
    'To add at the end:',
    '3)    To publish waiting times each quarter.',
    '',
    '- moved by Councillor Lennox, seconded by Councillor Oyelaran',
    '',
    'In terms of Standing Order 18(4), the amendment was accepted as an addendum to the motion.',
    '',
    'Decision',
    '',
    'To approve the motion by Councillor Drummond as adjusted by the addendum.',
  ].join('\n');

  it('are typed by their heading and worded by their points, the addendum kept as accepted', () => {
    expect(findVotesAndMotions(text).motions).toEqual([
      {
        motion: 'motion',
        movedBy: 'Drummond',
        secondedBy: 'Kaur',
        text: '1) To note the rise in applications. 2) To ask for a report on staffing in two cycles. - moved by Councillor Drummond, seconded by Councillor Kaur',
      },
      {
        motion: 'amendment',
        movedBy: 'Lennox',
        secondedBy: 'Oyelaran',
        text: 'To add at the end: 3) To publish waiting times each quarter. - moved by Councillor Lennox, seconded by Councillor Oyelaran In terms of Standing Order 18(4), the amendment was accepted as an addendum to the motion.',
      },
    ]);
  });
});

describe('"Motion" and "Amendment" sub-headings over the words, then "Moved by …" with no dash or blank line', () => {
  const text = [
    'Motion',
    'To refuse consent for the reasons in the officer’s notice.',
    'Moved by Councillor Tolmie, seconded by Councillor Baird.',
    '',
    'Amendment',
    'To grant consent, as the plot fills a gap in the row of houses.',
    'Moved by Councillor Renwick.',
    '',
    'The amendment, having failed to find a seconder, fell.',
    '',
    'Decision',
    'The Review Body agreed to refuse consent.',
  ].join('\n');

  it('keeps the motion, typed by its heading, and drops the amendment that found no seconder (it fell, no vote)', () => {
    const { votes, motions } = findVotesAndMotions(text);
    expect(votes).toEqual([]);
    expect(motions).toEqual([
      {
        motion: 'motion',
        movedBy: 'Tolmie',
        secondedBy: 'Baird',
        text: 'To refuse consent for the reasons in the officer’s notice. Moved by Councillor Tolmie, seconded by Councillor Baird.',
      },
    ]);
  });
});

describe('an amendment accepted by the mover and seconder', () => {
  const text = [
    'Moved by Councillor Quayle, seconded by Councillor Hirst, that the draft plan be sent to the',
    'member councils for comment.',
    '',
    'Councillor Anand moved an amendment that comments be invited over ten weeks rather than six. The',
    'amendment was accepted by the mover and seconder and became part of the substantive motion.',
    '',
    'RESOLVED that the draft plan be sent to each member council for comment over ten weeks.',
  ].join('\n');

  it('keeps the motion, typed as the motion the amendment amends, and the amendment folded in with no vote, saying so', () => {
    const { votes, motions } = findVotesAndMotions(text);
    expect(votes).toEqual([]);
    expect(motions.map(({ motion, movedBy, secondedBy }) => ({ motion, movedBy, secondedBy }))).toEqual([
      { motion: 'motion', movedBy: 'Quayle', secondedBy: 'Hirst' },
      { motion: 'amendment', movedBy: 'Anand', secondedBy: undefined },
    ]);
    expect(motions[1]?.text).toMatch(/accepted by the mover and seconder and became part of the substantive motion\.$/);
  });
});

describe('a lost proposal under a "Decision" heading', () => {
  const text = [
    'Decision',
    'Councillor Pryce moved, and Councillor Hale seconded, that the decision be sent back to the',
    'Cabinet Member with a request that the library stay open.',
    '',
    'On being put to the vote there voted: For 2; Against 5; Abstentions 0. The motion was LOST.',
    '',
    'RESOLVED: That no further action be taken on the call-in.',
  ].join('\n');

  it("is no resolution: its mover's vote was lost", () => {
    const { votes } = findVotesAndMotions(text);
    expect(votes.map(({ outcome, movedBy }) => ({ outcome, movedBy }))).toEqual([{ outcome: 'lost', movedBy: 'Pryce' }]);
    expect(withoutLostProposals(findDecisions(text), votes)).toEqual(['That no further action be taken on the call-in.']);
  });

  it('stays when the same mover carried a vote', () => {
    const carried = text.replace('The motion was LOST', 'The motion was CARRIED').replace('For 2; Against 5', 'For 5; Against 2');
    const { votes } = findVotesAndMotions(carried);
    expect(withoutLostProposals(findDecisions(carried), votes)).toHaveLength(findDecisions(carried).length);
  });
});

describe('an original motion amended, the amendment carried and made the substantive motion', () => {
  const county = [
    'It was moved by Mrs P Ellery and seconded by Mr K Dace:',
    '',
    '"This Council asks the Cabinet to plant 500 street trees in the county by the end of 2026."',
    '',
    'An amendment was moved by Mr J Rudd and seconded by Ms A Coyle to replace "by the end of',
    '2026" with "subject to a funded plan in June 2025". On being put to the vote the amendment',
    'was CARRIED (8 votes for, 6 against) and became the substantive motion, which was then CARRIED.',
    '',
    'RESOLVED that this Council asks the Cabinet to plant 500 street trees, subject to a funded plan in June 2025.',
  ].join('\n');
  it("keeps the original motion's movers on the original motion, and the amendment's on the substantive motion", () => {
    const { votes, motions } = findVotesAndMotions(county);
    expect(motions).toMatchObject([{ motion: 'motion', movedBy: 'Mrs P Ellery', secondedBy: 'Mr K Dace' }]);
    expect(votes.map(({ motion, movedBy }) => [motion, movedBy])).toEqual([
      ['amendment', 'Mr J Rudd'],
      ['substantive motion', 'Mr J Rudd'],
    ]);
  });
  it('reads the same when the motion is moved in the other wording and the amendment agreed', () => {
    const parish = [
      'Councillor Wynne proposed, seconded by Councillor Tate, that the hall fees rise by 5%.',
      'Councillor Ibbot moved an amendment, seconded by Councillor Ross, that the fees rise by 3%.',
      'The amendment was carried and became the substantive motion, which was carried.',
    ].join('\n');
    const { motions } = findVotesAndMotions(parish);
    expect(motions).toMatchObject([{ movedBy: 'Wynne', secondedBy: 'Tate' }]);
  });
});
