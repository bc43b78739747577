/**
 * Vote forms the general reader once left unread: side lines printed with no full stop over a decision,
 * a count at a side line's end or in brackets after a label that names what was put, a tally in a
 * lower-case decision, "voted in favour", "(5 votes to 3)", counts in words above ten, "RESOLVED (unanimously):".
 */
import { describe, expect, it } from 'vitest';
import { findVotes, findVotesAndMotions } from './votes.ts';
import { printedFirst, SIDE_WORDS } from './vote-words.ts';

describe('votes', () => {
  it('reads "Vote: 4 in favour, 1 against." under a town council\'s mixed-case "Resolved that …" as its vote', () => {
    const text = [
      'Proposed: Cllr Quilliam',
      'Seconded: Cllr Rathbone',
      '',
      'Resolved that the hall hire charges be held.',
      '',
      'Vote: 5 in favour, 2 against.',
    ];
    expect(findVotes(text.join('\n'))).toMatchObject([
      { outcome: 'carried', for: 5, against: 2, movedBy: 'Quilliam', secondedBy: 'Rathbone' },
    ]);
  });

  it("reads a tally after a decision and its movers on one line, the movers' sentence between them", () => {
    const line = 'b) Allotment rents: RESOLVED that rents rise by £4. Proposed Cllr Penhallow, seconded Cllr Jory. For 5, Against 2.';
    expect(findVotes(line)).toMatchObject([{ outcome: 'carried', for: 5, against: 2, movedBy: 'Penhallow', secondedBy: 'Jory' }]);
    // The counts first, as other clerks print them, run on after the movers' stop.
    expect(findVotes(line.replace('For 5, Against 2.', '5 for, 2 against, 1 abstention.'))).toMatchObject([
      { outcome: 'carried', for: 5, against: 2, abstentions: 1, movedBy: 'Penhallow', secondedBy: 'Jory' },
    ]);
  });

  it('reads each entry\'s own vote in a numbered resolution list, "DID NOT AGREE" a vote lost', () => {
    const text = [
      'RESOLVED that:',
      '',
      '1.    Maintained infant school members AGREED the de-delegation for licences (4 in favour, 1 against).',
      '',
      '2.    Maintained junior school members DID NOT AGREE the de-delegation for staff cover (1 in favour, 3 against).',
    ].join('\n');
    const votes = findVotes(text);
    expect(votes).toMatchObject([
      { outcome: 'carried', for: 4, against: 1 },
      { outcome: 'lost', for: 1, against: 3 },
    ]);
    // The first vote's text ends with its own entry, not the next entry's number "2.".
    expect(votes[0]?.text).toBe('Maintained infant school members AGREED the de-delegation for licences (4 in favour, 1 against).');
  });

  it('reads side lines with no full stop over a lower-case decision, and its "(5 votes to 3)"', () => {
    const text = [
      'Cllr Pelham proposed, and Cllr Quarry seconded, a grant of £2,400.',
      'A named vote was taken:',
      'For: Cllrs Pelham, Quarry, Rendle, Saxby and Thorne',
      'Against: Cllrs Upwood, Vellacott and Wick',
      'Resolved (5 votes to 3) that a grant of £2,400 be made to the village hall.',
    ].join('\n');
    const { votes, motions } = findVotesAndMotions(text);
    expect(votes).toMatchObject([
      {
        outcome: 'carried',
        for: 5,
        against: 3,
        abstentions: null,
        votedFor: ['Pelham', 'Quarry', 'Rendle', 'Saxby', 'Thorne'],
        votedAgainst: ['Upwood', 'Vellacott', 'Wick'],
        movedBy: 'Pelham',
        secondedBy: 'Quarry',
      },
    ]);
    expect(motions).toEqual([]);
    // With full stops the same: one vote, its counts from the decision.
    expect(findVotes(text.replace(/(Thorne|Wick)$/gm, '$1.'))).toMatchObject([
      { for: 5, against: 3, votedAgainst: ['Upwood', 'Vellacott', 'Wick'] },
    ]);
  });

  it('reads a count in brackets at the end of a side line before "RESOLVED – That:"', () => {
    const text = [
      'On the vote being taken there voted:',
      'For: Councillors Marlow, Nettle and Orris (3)',
      'Against: Councillor Pask (1)',
      'RESOLVED – That:',
      '(i) the ferry subsidy be renewed; and',
      '(ii) the timetable be published.',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([
      { outcome: 'carried', for: 3, against: 1, votedFor: ['Marlow', 'Nettle', 'Orris'], votedAgainst: ['Pask'] },
    ]);
  });

  it('reads "For the recommendation (4):" and a side no one took, "Abstain (0)", over "RESOLVED:"', () => {
    const text = [
      'A recorded vote was requested.',
      'For the recommendation (4): Mr Calloway, Cllr Dunstan, Mrs Everett, Cllr Fenwick',
      'Against (1): Cllr Garside',
      'Abstain (0)',
      'RESOLVED: That the ferry fare rise to £3.20.',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([
      {
        outcome: 'carried',
        for: 4,
        against: 1,
        abstentions: 0,
        votedFor: ['Mr Calloway', 'Dunstan', 'Mrs Everett', 'Fenwick'],
        votedAgainst: ['Garside'],
      },
    ]);
  });

  it('reads a side\'s label naming what was put in a word of its own, "For the levy (3):", with its names and count', () => {
    const text = [
      'The motion to reject the levy was put to a recorded vote:',
      'For the rejection (2): Councillors Ormsby and Pryce',
      'Against the rejection (4): Councillors Quayle, Redfern and Sallis, Mr Tolley',
      'Abstentions (0)',
      '',
      'The motion to reject the levy was LOST.',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([
      {
        motion: 'motion',
        outcome: 'lost',
        for: 2,
        against: 4,
        abstentions: 0,
        votedFor: ['Ormsby', 'Pryce'],
        votedAgainst: ['Quayle', 'Redfern', 'Sallis', 'Mr Tolley'],
      },
    ]);
    // With no count in brackets, a word after "For the" is prose ("For the record: …"), never a side's label.
    expect(findVotes('For the record: Councillors Ormsby and Pryce left early. The motion was CARRIED.')[0]?.votedFor).toBeUndefined();
  });

  it('reads "n for, n against, n abstention" in a sentence of its own over a labelled "DECISION:" as the vote that carried it', () => {
    const text = [
      'The authority asked for a 1% transfer from the Central Block.',
      'All academy members voted: 6 for, 3 against, 2 abstentions.',
      'DECISION: The Forum agreed the transfer of 1%.',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([{ outcome: 'carried', for: 6, against: 3, abstentions: 2 }]);
    // A tally a line for each service, run into one sentence, is several votes: none of them carried the decision.
    const services = [
      'Maintained members voted on each service:',
      'Library support - agreed (4 for, 0 against)',
      'Music tuition - agreed (3 for, 1 against)',
      'DECISION: De-delegation agreed for both services.',
    ].join('\n');
    expect(findVotes(services)).toEqual([]);
  });

  it('reads a tally of votes for and abstentions with none against said, "(5 for, 2 abstentions)", beside a decision', () => {
    const text = [
      'Proposed by Cllr. Voss and seconded by Cllr. Wyatt to set a precept of £96,200.',
      'It was RESOLVED to set a precept of £96,200 (5 for, 2 abstentions)',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([
      { outcome: 'carried', for: 5, against: null, abstentions: 2, movedBy: 'Voss', secondedBy: 'Wyatt' },
    ]);
  });

  it('reads a Welsh vote: "Pleidleisiodd 3 o blaid a 4 yn erbyn, a chollwyd y cynnig", its outcome in any mutation', () => {
    const text = [
      'Cynigiwyd gan y Cynghorydd Elin Prys ac eiliwyd gan y Cynghorydd Dewi Morgan',
      'fod y cynllun yn cael ei ohirio. Pleidleisiodd 2 o blaid a 5 yn',
      'erbyn, a chollwyd y cynnig.',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([{ outcome: 'lost', for: 2, against: 5, abstentions: null }]);
    expect(findVotes('Cariwyd y cynnig (6 o blaid, 1 yn erbyn, 2 yn ymatal).')).toMatchObject([
      { outcome: 'carried', for: 6, against: 1, abstentions: 2 },
    ]);
    // "Collwyd" with no motion after it is prose ("the chance was lost"), no vote.
    expect(findVotes('Collwyd y cyfle i wneud cais am grant eleni.')).toEqual([]);
  });

  it("keeps a bilingual record's vote once: the Welsh tally beside its English twin is the same vote", () => {
    const text = [
      'Cynigiwyd gan y Cyng. Rees ac eiliwyd gan y Cyng. Tudur i osod praesept o £72,000.',
      'PENDERFYNWYD gosod praesept o £72,000 (6 o blaid, 2 yn ymatal)',
      '',
      'Proposed by Cllr. Rees and seconded by Cllr. Tudur to set a precept of £72,000.',
      'It was RESOLVED to set a precept of £72,000 (6 for, 2 abstentions)',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([{ outcome: 'carried', for: 6, against: null, abstentions: 2, movedBy: 'Rees' }]);
    // A Welsh vote with no English twin stays.
    expect(findVotes(text.split('\n').slice(0, 2).join('\n'))).toMatchObject([{ outcome: 'carried', for: 6, abstentions: 2 }]);
  });

  it('reads "4 Members voted in favour and 3 against" over the decision it carried', () => {
    const text = 'On a vote, 6 Members voted in favour and 2 against.\n\nRESOLVED – That the toll bridge review be referred to Cabinet.';
    expect(findVotes(text)).toMatchObject([{ outcome: 'carried', for: 6, against: 2 }]);
  });

  it("keeps a planning list's tally to its own application, never the next application's decision", () => {
    const first = '(1) 25/00431/FUL – Land off Quarry Lane – 6 dwellings\nDecision: Approved subject to conditions.';
    // The tally printed in brackets with no stop, the next application straight under it.
    const bracketed = `${first}\n(Voting: 5 for, 2 against)\n(2) 25/00502/HOU – 9 Fenwick Close – porch\nDecision: Refused.`;
    expect(findVotes(bracketed)).toEqual([
      // The vote's text is its decision, never the application's line over it (the decision names the application).
      expect.objectContaining({
        outcome: 'carried',
        for: 5,
        against: 2,
        text: 'Decision: Approved subject to conditions. (Voting: 5 for, 2 against)',
      }),
    ]);
    // The tally after its own labelled decision, the next application's decision in capitals.
    const after = `${first} For 5, Against 2.\n\n(2) 25/00502/HOU – 9 Fenwick Close – porch\nRESOLVED: Refused.`;
    expect(findVotes(after).map((vote) => vote.text)).toEqual(['Decision: Approved subject to conditions. For 5, Against 2.']);
    // A tally with no decision of its own carries none of the next application's.
    const bare =
      '25/00431/FUL – Land off Quarry Lane\nUpon being put to the vote: For 5, Against 2.\n25/00502/HOU – 9 Fenwick Close\nRESOLVED: Refused.';
    expect(findVotes(bare)).toEqual([]);
  });

  it("takes a vote's text from the decision it carried, never the application's line or the speakers over it", () => {
    const application = [
      '24/00318/FUL – Land at Brook Farm, Tilby – Erection of 6 dwellings',
      'Speakers: Mr P Garside (objector), Cllr Q Hurn (ward member)',
    ];
    const decided = ['RESOLVED that planning permission be refused for the reasons in the report.', 'For 5, Against 2, Abstentions 0'];
    const text = 'RESOLVED that planning permission be refused for the reasons in the report. For 5, Against 2, Abstentions 0';
    expect(findVotes([...application, ...decided].join('\n'))).toEqual([
      expect.objectContaining({ outcome: 'carried', for: 5, against: 2, abstentions: 0, text }),
    ]);
    // A blank line between each, as other clerks print them; an outcome in words under the decision.
    expect(findVotes([...application, ...decided].join('\n\n')).map((vote) => vote.text)).toEqual([text]);
    const carried = [...application, 'RESOLVED that planning permission be granted', 'CARRIED 6-1'].join('\n');
    expect(findVotes(carried)).toMatchObject([
      { outcome: 'carried', for: 6, against: 1, text: 'RESOLVED that planning permission be granted CARRIED 6-1' },
    ]);
    // A line that runs on into the marker leads into the decision: the vote's text keeps it.
    const led = 'The report was moved by Cllr Hurn and seconded by Cllr Ibbot. It was unanimously\nResolved: That the plan be adopted.';
    expect(findVotes(led)).toMatchObject([{ unanimous: true, text: led.replace('\n', ' ') }]);
    // A paragraph's number over the decision ends no vote's text.
    const numbered = 'On being put to the vote the report was CARRIED unanimously.\n1.\n\nIt was APPROVED that the plan be adopted.';
    expect(findVotes(numbered)).toMatchObject([{ text: 'On being put to the vote the report was CARRIED unanimously.' }]);
    // A labelled decision, the tally in brackets under it.
    const labelled = [...application, 'Decision: Refused', '(For 4, Against 3)'].join('\n');
    expect(findVotes(labelled)).toMatchObject([{ for: 4, against: 3, text: 'Decision: Refused (For 4, Against 3)' }]);
  });

  it('reads a tally inside a lower-case decision, with no outcome word', () => {
    expect(findVotes('The council resolved to support the orchard scheme (5 for, 2 against).')).toMatchObject([
      { outcome: 'carried', for: 5, against: 2, abstentions: null },
    ]);
    expect(findVotes('The accounts were received and approved by a show of hands (23 for, 0 against, 4 abstentions).')).toMatchObject([
      { outcome: 'carried', for: 23, against: 0, abstentions: 4 },
    ]);
    // A tally beside no decision is still no vote.
    expect(findVotes('The residents surveyed were 5 for, 2 against the orchard scheme.')).toEqual([]);
  });

  it('reads a tally in brackets at the end of a decision as its vote, in the forms the vote reader reads elsewhere', () => {
    expect(findVotes('RESOLVED to adopt the verge cutting plan (4 for, 1 against).')).toMatchObject([
      { outcome: 'carried', unanimous: false, for: 4, against: 1, abstentions: null },
    ]);
    expect(findVotes('RESOLVED that the skate park lease be renewed (unanimous).')).toMatchObject([
      { outcome: 'carried', unanimous: true, for: null, against: null },
    ]);
    expect(findVotes('RESOLVED that the bus shelter be moved (5 votes to 2).')).toMatchObject([{ outcome: 'carried', for: 5, against: 2 }]);
    expect(findVotes('RESOLVED that the bus shelter be moved. 5 votes to 2.')).toMatchObject([{ outcome: 'carried', for: 5, against: 2 }]);
    expect(findVotes('AGREED: to close the car park on Sundays (carried 6-1, 1 abstention).')).toMatchObject([
      { outcome: 'carried', for: 6, against: 1, abstentions: 1 },
    ]);
    // What the decision's words name ("the report") is no motion put: the bracket is a tally beside the decision.
    expect(findVotes('RESOLVED that the hedge report be noted (carried 4-3).')).toMatchObject([
      { motion: null, outcome: 'carried', for: 4, against: 3 },
    ]);
    // Lower-case words in brackets that are no outcome's: no vote.
    expect(findVotes('RESOLVED that the path be mended (carried out by the Parish Ranger).')).toEqual([]);
    expect(findVotes('RESOLVED to meet on 4 May (unanimous support from residents).')).toEqual([]);
  });

  it('reads counts in words above ten, never a word inside another ("kitten for")', () => {
    expect(findVotes('On a vote, fourteen members voted for and seventeen against. The motion was LOST.')).toMatchObject([
      { outcome: 'lost', for: 14, against: 17 },
    ]);
    expect(findVotes('The motion to buy a kitten for the show was CARRIED, 1 against.')).toMatchObject([{ for: null, against: 1 }]);
  });

  it('reads "RESOLVED (unanimously):" as a unanimous vote that takes the movers', () => {
    const text = [
      'Cllr Harrow proposed and Cllr Ingle seconded the recommendations.',
      '',
      'RESOLVED (unanimously):',
      '(a) That the ferry levy be set.',
    ].join('\n');
    expect(findVotesAndMotions(text)).toMatchObject({
      votes: [{ outcome: 'carried', unanimous: true, for: null, movedBy: 'Harrow', secondedBy: 'Ingle' }],
      motions: [],
    });
  });

  it('reads a vote under Word\'s "o" bullets as its own sentences, the bullet no word of them', () => {
    const text = [
      'o\tThe treasurer reported a balance of £1,204.50.',
      'o\tIt was proposed by Mrs Penhale and seconded by Mr Quint that the budget be accepted. Carried unanimously.',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([
      {
        outcome: 'carried',
        unanimous: true,
        movedBy: 'Mrs Penhale',
        secondedBy: 'Mr Quint',
        text: 'It was proposed by Mrs Penhale and seconded by Mr Quint that the budget be accepted. Carried unanimously.',
      },
    ]);
  });

  it('names what a tally beside a decision put only where the record names it as put, in the ways minutes say so', () => {
    const decided = '\nRESOLVED: That the harbour dues rise by 4%.';
    expect(findVotes(`The recommendation was put to the vote: For 6, Against 2.${decided}`)).toMatchObject([
      { motion: 'recommendation', outcome: 'carried', for: 6, against: 2 },
    ]);
    expect(findVotes(`The Chair put the recommendations to the vote (For 5, Against 1).${decided}`)).toMatchObject([
      { motion: 'recommendations', for: 5, against: 1 },
    ]);
    expect(findVotes(`A vote was taken on the report: 7 for, 2 against.${decided}`)).toMatchObject([{ motion: 'report', for: 7 }]);
    expect(findVotes(`For the proposal (4): Cllrs Ayre, Bude, Cole and Dunn\nAgainst (1): Cllr Erme${decided}`)).toMatchObject([
      { motion: 'proposal', for: 4, against: 1 },
    ]);
    // The decision's own words say what was decided, not what was put.
    expect(findVotes('RESOLVED that the recommendations in the report be agreed (For 7, Against 1).')).toMatchObject([{ motion: null }]);
  });

  it('reads a tally with no outcome word and more against than for as what was put falling, not carrying the decision', () => {
    expect(
      findVotes('The Chair put the amendment to the vote (For 3, Against 6).\nRESOLVED that the quay lease be renewed.'),
    ).toMatchObject([{ motion: 'amendment', outcome: 'lost', for: 3, against: 6 }]);
  });

  it('reads "Voting: For 5, Against 2" under a labelled decision as the vote that carried it, one per block of fields', () => {
    const text = [
      'Reference: 24/0410/HOU',
      'Site: 3 Pike Row, Ellerby',
      'Recommendation: Refuse',
      'Decision: APPROVED, contrary to the recommendation.',
      'Vote: For approval 5, Against 2',
      '',
      'Reference: 24/0522/FUL',
      'Site: Mill Barn, Ellerby',
      'Decision: DEFERRED for a site visit.',
      'Voting: For 8, Against 0, Abstentions 1',
    ].join('\n');
    expect(findVotes(text)).toEqual([
      expect.objectContaining({ outcome: 'carried', for: 5, against: 2, abstentions: null }),
      expect.objectContaining({ outcome: 'carried', for: 8, against: 0, abstentions: 1 }),
    ]);
  });
  it('reads an amendment carried and the substantive motion it became, in one sentence, as two votes', () => {
    const text = [
      'A recorded vote was asked for on the amendment:',
      '',
      'FOR the amendment (6): Councillors Alden, Brill, Corley, Dunmore, Ebury and Fane',
      '',
      'AGAINST the amendment (3): Councillors Gatley, Hurst and Iddon',
      '',
      'The amendment was thus CARRIED and became the substantive motion, which on being put to the vote was CARRIED unanimously.',
    ].join('\n');
    const votes = findVotes(text);
    expect(votes).toMatchObject([
      { motion: 'amendment', outcome: 'carried', unanimous: false, for: 6, against: 3 },
      { motion: 'substantive motion', outcome: 'carried', unanimous: true, for: null, against: null },
    ]);
    expect(votes[1]).not.toHaveProperty('votedFor');
  });

  it('parts two outcomes where a bracket ends the first vote with no full stop', () => {
    const text = [
      'The amendment was seconded by Councillor Zeal. On being put to the vote the amendment was',
      'CARRIED (6 members voting in favour, 0 against with 1 abstention)',
      'The recommendation as amended was then put to a vote and was CARRIED unanimously.',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([
      { motion: 'amendment', unanimous: false, for: 6, against: 0, abstentions: 1 },
      {
        motion: 'recommendation',
        unanimous: true,
        for: null,
        text: 'The recommendation as amended was then put to a vote and was CARRIED unanimously.',
      },
    ]);
  });

  it('keeps counts said after the first outcome with that vote when one sentence states two', () => {
    const votes = findVotes('The amendment was LOST, with 4 voting for and 7 against, and the original motion was then CARRIED.');
    expect(votes).toMatchObject([
      { motion: 'amendment', outcome: 'lost', for: 4, against: 7 },
      { motion: 'original motion', outcome: 'carried', for: null, against: null },
    ]);
  });
  it('reads "Proposed Cllr A, seconded Cllr B, all agreed." as a vote carried unanimously, with its movers', () => {
    expect(findVotes('Proposed Cllr Quayle, seconded Cllr Radley, all agreed.')).toMatchObject([
      { outcome: 'carried', unanimous: true, movedBy: 'Quayle', secondedBy: 'Radley' },
    ]);
  });

  it('reads "Cllr A voted against (c)." under a lettered decision no outcome word states as its named vote, with the movers', () => {
    const minutes = [
      'It was proposed by Mr Ashdown, seconded by',
      'Mrs Kerridge and RESOLVED that:',
      '(a) the budget for 2026/27 be approved;',
      '(b) a levy of £12,400 be issued on Oldmere District Council.',
      'Cllr Brandt voted against (b). Councillors Oyelaran and Tull abstained.',
    ].join('\n');
    expect(findVotesAndMotions(minutes)).toMatchObject({
      votes: [
        {
          outcome: 'carried',
          votedAgainst: ['Brandt'],
          abstained: ['Oyelaran', 'Tull'],
          movedBy: 'Mr Ashdown',
          secondedBy: 'Mrs Kerridge',
          text: 'Cllr Brandt voted against (b). Councillors Oyelaran and Tull abstained.',
        },
      ],
      motions: [],
    });
    // After an outcome, such a sentence is that vote's, never a second one.
    expect(findVotes('The motion was CARRIED. Cllr Brandt voted against.')).toMatchObject([
      { outcome: 'carried', votedAgainst: ['Brandt'] },
    ]);
  });
});

describe("a tally's labels, the side words of vote-words.ts's SIDE_WORDS", () => {
  it('reads a label first in capitals or title case, and a count first in any case', () => {
    for (const tally of ['(FOR 6, AGAINST 2)', '(For: 6, Against: 2)', '(6 For, 2 Against)', '(6 for, 2 against)']) {
      expect(findVotes(`The grant to the Fenwick Scouts was approved ${tally}.`)).toMatchObject([
        { outcome: 'carried', for: 6, against: 2 },
      ]);
    }
  });

  it('takes "Abstaining" for a label that leads the tally, so "1 For" is not read as a count', () => {
    const text = 'RESOLVED: That the bench on Moor Lane be replaced.\nVoting: Abstaining 1 For 6 Against 2';
    expect(findVotes(text)).toMatchObject([{ outcome: 'carried', for: 6, against: 2 }]);
  });

  it("reads a side's label before its count capitalised or in capitals, built from the shared side words, never in lower case", () => {
    const printed = (words: string) => new RegExp(`^${printedFirst(words)}$`);
    for (const label of ['For', 'FOR']) expect(label).toMatch(printed(SIDE_WORDS.for[0]));
    for (const label of ['In favour', 'In Favour', 'IN FAVOUR', 'In favor', 'IN FAVOR']) expect(label).toMatch(printed(SIDE_WORDS.for[1]));
    for (const label of ['Against', 'AGAINST']) expect(label).toMatch(printed(SIDE_WORDS.against[0]));
    for (const label of ['for', 'fOR', 'in favour', 'in Favour', 'IN favour', 'against', 'AGAINSt'])
      expect(label).not.toMatch(
        new RegExp(`^(?:${printedFirst(SIDE_WORDS.for[0])}|${printedFirst(SIDE_WORDS.for[1])}|${printedFirst(SIDE_WORDS.against[0])})$`),
      );
    expect(findVotes('The motion was CARRIED (FOR 6, AGAINST 2).')).toMatchObject([{ outcome: 'carried', for: 6, against: 2 }]);
    expect(findVotes('The motion was CARRIED (In Favour 6, Against 2).')).toMatchObject([{ outcome: 'carried', for: 6, against: 2 }]);
  });

  it('reads a parish vote scored after its movers: "Carried 3–1.", "Carried 4 votes to 1", "3 for, 1 abstention"', () => {
    const counts = (text: string) => findVotes(text).map((vote) => [vote.outcome, vote.for, vote.against, vote.abstentions]);
    expect(counts('It was resolved to buy two grit bins. Proposed by Cllr Nye, seconded by Cllr Gale. Carried 3–1.')).toEqual([
      ['carried', 3, 1, null],
    ]);
    expect(counts('It was resolved to close the path. Proposed by Cllr Nye, seconded by Cllr Gale. Lost 2-4.')).toEqual([
      ['lost', 2, 4, null],
    ]);
    expect(counts('It was resolved to fund the fete. Proposed by Cllr Nye, seconded by Cllr Gale. Carried 4 votes to 1.')).toEqual([
      ['carried', 4, 1, null],
    ]);
    // No outcome word and none against: the counts after the movers are the vote on what the item decided.
    expect(
      counts('25/0113/HH – 9 Kiln Lane, porch – no objection. Proposed by Cllr Nye, seconded by Cllr Gale. 3 for, 1 abstention.'),
    ).toEqual([['carried', 3, null, 1]]);
    // A range or a date after "Carried" is no score: "Carried forward to 2025-26" stays no vote.
    expect(counts('The balance of £400 was carried forward to 2025-26.')).toEqual([]);
  });

  it('reads "(all in favour)" and "Unanimous." beside a decision with no movers as a vote carried unanimously, counting no one', () => {
    const unanimous = { motion: null, outcome: 'carried', unanimous: true, for: null, against: null, abstentions: null };
    // "Nem con" says none voted against, not that none abstained: carried, none against, not unanimous.
    const noneAgainst = { ...unanimous, unanimous: false, against: 0 };
    expect(findVotes('RESOLVED (nem con) that the hall hire charges be held.')).toEqual([
      { ...noneAgainst, text: 'RESOLVED (nem con) that the hall hire charges be held.' },
    ]);
    expect(findVotes('RESOLVED that the verges be cut twice a year (all in favour).')).toEqual([
      { ...unanimous, text: 'RESOLVED that the verges be cut twice a year (all in favour).' },
    ]);
    for (const said of ['Unanimous.', 'Nem con.', 'All in favour.'])
      expect(findVotes(`RESOLVED that the bench be repaired.\n${said}`)).toEqual([
        { ...(said === 'Nem con.' ? noneAgainst : unanimous), text: `RESOLVED that the bench be repaired. ${said}` },
      ]);
    // A decision that says it was unanimous is one vote, not a second for the word under it.
    expect(findVotes('RESOLVED unanimously that the bench be repaired.\nUnanimous.')).toHaveLength(1);
    // "not all in favour" is no unanimity.
    expect(findVotes('RESOLVED that the bench be repaired. Not all in favour.')).toEqual([]);
  });

  it('reads "Carried 6-1." or "Lost 2 – 5" under a decision as the vote on it, its text the decision\'s', () => {
    expect(findVotes('RESOLVED that the car park charges be held.\nCarried 6-1.')).toMatchObject([
      { outcome: 'carried', for: 6, against: 1, text: 'RESOLVED that the car park charges be held. Carried 6-1.' },
    ]);
    expect(findVotes('RESOLVED that the shelter be replaced.\nLost 2 – 5.')).toMatchObject([
      { outcome: 'lost', for: 2, against: 5, text: 'RESOLVED that the shelter be replaced. Lost 2 – 5.' },
    ]);
    expect(findVotes('RESOLVED that the shelter be replaced.\nCarried unanimously.')).toMatchObject([
      { outcome: 'carried', unanimous: true, text: 'RESOLVED that the shelter be replaced. Carried unanimously.' },
    ]);
  });

  it('reads "Carried." alone under a decision as a vote carried that counts no one', () => {
    expect(findVotes('RESOLVED that the notice board be moved.\nCarried.')).toMatchObject([
      { outcome: 'carried', unanimous: false, for: null, against: null, text: 'RESOLVED that the notice board be moved. Carried.' },
    ]);
    // Under prose that decided nothing, the word alone is no vote.
    expect(findVotes('The Clerk read the letter.\nCarried.')).toEqual([]);
  });

  it("ends a labelled line over a decision at its line, a lower-case word at its end or not: the vote's text is the decision", () => {
    const text = 'Speakers: Mr A Lane (objector) and the ward councillor\nRESOLVED that planning permission be granted. (For 5, Against 2)';
    expect(findVotes(text)).toMatchObject([
      { for: 5, against: 2, text: 'RESOLVED that planning permission be granted. (For 5, Against 2)' },
    ]);
    // A line that runs on with a word joining it leads into the marker still.
    expect(findVotes('Proposed by Cllr Ash, seconded by Cllr Elm and\nRESOLVED that the fees be held. (For 5, Against 2)')).toMatchObject([
      { text: 'Proposed by Cllr Ash, seconded by Cllr Elm and RESOLVED that the fees be held. (For 5, Against 2)' },
    ]);
  });

  it("gives an amendment's tally to the amendment only, the substantive motion then put and AGREED carried with no count", () => {
    const text = [
      'Proposed by Councillor Ferris',
      'Seconded by Councillor Gilmore',
      '',
      'That the minutes of the Estates Committee be approved and adopted.',
      '',
      'Amendment',
      '',
      'Proposed by Councillor Keogh',
      'Seconded by Councillor Lavery',
      '',
      'That item 4 (Depot Lease) be referred back to the Committee.',
      '',
      'The Chairperson put the amendment to the meeting, 6 voting for and 9 against.  The',
      'amendment FELL.',
      '',
      'The Chairperson then put the substantive motion and it was',
      '',
      'AGREED – that the minutes of the Estates Committee be approved and adopted.',
    ];
    const summary = findVotes(text.join('\n')).map(({ motion, outcome, for: votesFor, against, movedBy, secondedBy }) => ({
      motion,
      outcome,
      for: votesFor,
      against,
      movedBy,
      secondedBy,
    }));
    expect(summary).toEqual([
      { motion: 'amendment', outcome: 'lost', for: 6, against: 9, movedBy: 'Keogh', secondedBy: 'Lavery' },
      { motion: 'substantive motion', outcome: 'carried', for: null, against: null, movedBy: 'Ferris', secondedBy: 'Gilmore' },
    ]);
  });

  it('reads "proposed by …, seconded by … and approved, 3 in favour" as a vote with its movers, nothing against said', () => {
    const text = 'Payment 4 was proposed by Cllr Ashby, seconded by Cllr Elwood and approved, 3 in favour, Cllr Oram not voting.';
    expect(findVotes(text)).toEqual([
      expect.objectContaining({ outcome: 'carried', for: 3, against: null, movedBy: 'Ashby', secondedBy: 'Elwood' }),
    ]);
  });

  it("ends a vote's text before a sub-item's number printed between two decisions", () => {
    const text = 'UNANIMOUSLY RESOLVED that the March minutes be signed.\n\n5.2\n\nUNANIMOUSLY RESOLVED that the April minutes be signed.';
    expect(findVotes(text).map((vote) => vote.text)).toEqual([
      'UNANIMOUSLY RESOLVED that the March minutes be signed.',
      'UNANIMOUSLY RESOLVED that the April minutes be signed.',
    ]);
  });
});

describe('a town council\'s "Prop: XX  Sec: YY <vote>" line, no stop before the vote', () => {
  const vote = (text: string) => {
    const [found] = findVotesAndMotions(text).votes;
    return (
      found && {
        outcome: found.outcome,
        unanimous: found.unanimous,
        for: found.for,
        against: found.against,
        abstentions: found.abstentions,
      }
    );
  };

  it('reads "Unanimous", "Carried" and the counts after the seconder\'s initials as the vote', () => {
    expect(vote('RESOLVED to buy two benches. Prop: KT  Sec: LW  Unanimous')).toMatchObject({ outcome: 'carried', unanimous: true });
    expect(vote('RESOLVED to pay the invoice. Prop: KT  Sec: LW\nUnanimous')).toMatchObject({ outcome: 'carried', unanimous: true });
    expect(vote('RESOLVED to award £300 to the choir. Prop: KT  Sec: LW  Carried\n(BN did not vote.)')).toMatchObject({
      outcome: 'carried',
    });
    expect(vote('Approved as a correct record. Prop: KT  Sec: LW  5 for, 1 abstain')).toMatchObject({
      outcome: 'carried',
      for: 5,
      abstentions: 1,
    });
  });
});

describe('an amendment lost, then the proposal carried, each in lower case with its tally', () => {
  it('reads two votes: "An amendment from X that … was lost (4 for, 13 against)", "The original proposal was then carried (…)"', () => {
    const text = [
      'It was proposed by Mrs Yardley and seconded by Mr Quill that the grant be £300.',
      'An amendment from Mr Oxenford that it be £150 was lost on a show of hands (5 for, 11 against).',
      'The original proposal was then carried (12 for, 4 against).',
    ].join('\n');
    expect(findVotesAndMotions(text).votes.map(({ motion, outcome, for: yes, against }) => [motion, outcome, yes, against])).toEqual([
      ['amendment', 'lost', 5, 11],
      ['original proposal', 'carried', 12, 4],
    ]);
  });
});

describe('a vote at the end of a bulleted point', () => {
  it('ends the vote where the next "- " point begins, never taking that point in', () => {
    const dashed = [
      '- Grass cutting contract renewed for two years. Prop Ashby,',
      '  sec Veale, all agreed.',
      '- Bank reconciliation received, no issues. Quarterly budget',
      '  report was approved. Prop Veale, sec Tuck. 5 for 1 abstain.',
    ].join('\n');
    expect(findVotes(dashed).map((vote) => vote.text)).toEqual([
      'Prop Ashby, sec Veale, all agreed.',
      'Quarterly budget report was approved. Prop Veale, sec Tuck. 5 for 1 abstain.',
    ]);
    // Another wording and an en dash for the bullet: the second point has no vote, so the first vote stays alone.
    const enDash = ['– Hall hire charges held at £12 an hour. Carried unanimously.', '– Defibrillator pads replaced by the Clerk.'].join(
      '\n',
    );
    expect(findVotes(enDash).map((vote) => vote.text)).toEqual(['Carried unanimously.']);
  });
});

describe('a motion withdrawn', () => {
  it('reads no vote carried or lost from a withdrawal', () => {
    const text =
      'Councillor Hale moved the motion on library hours, seconded by Councillor Orr. After debate, the motion was withdrawn with the consent of the meeting.';
    expect(findVotes(text).filter((vote) => vote.outcome !== null && vote.outcome !== undefined)).toEqual([]);
    expect(findVotes('Councillor Dunlop withdrew her Notice of Motion on street lighting.')).toEqual([]);
  });
});
