/** Decision forms the vote reader needs read as decisions (votes.ts asks isDecision): see decisions.ts. */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('decisions', () => {
  it("ends a resolution before a sentence of the meeting's procedure run on after it", () => {
    expect(findDecisions('RESOLVED – That the meeting be adjourned for 10 minutes.')).toEqual([
      'That the meeting be adjourned for 10 minutes.',
    ]);
    expect(
      findDecisions('RESOLVED – That the grant of £500 be approved. The Chair moved to the next item. Cllr Rook asked about the hall.'),
    ).toEqual(['That the grant of £500 be approved.']);
    expect(
      findDecisions('RESOLVED: That the tender be awarded to Hollins Ltd. The meeting adjourned at 8.15 pm and reconvened at 8.25 pm.'),
    ).toEqual(['That the tender be awarded to Hollins Ltd.']);
    expect(findDecisions('RESOLVED: That the budget be noted. Members then voted on the amendment.')).toEqual([
      'That the budget be noted.',
    ]);
    // A sentence of the decision's own that speaks of the meeting stays its own.
    expect(findDecisions('RESOLVED: That the review be deferred. The Committee asks for a further report at its next meeting.')).toEqual([
      'That the review be deferred. The Committee asks for a further report at its next meeting.',
    ]);
  });

  it('reads "Resolved (5 votes to 3) that …" after lines with no full stop', () => {
    const text = [
      'For: Cllrs Pelham and Quarry',
      'Against: Cllr Upwood',
      'Resolved (2 votes to 1) that the bus shelter be repainted.',
    ].join('\n');
    // The decision starts at its own words: the side lines above it and the score in brackets are the vote's, not the decision's.
    // "Resolved" is taken off as "RESOLVED (2 votes to 1) that …" has it taken off: one record's decisions read one way.
    expect(findDecisions(text)).toEqual(['that the bus shelter be repainted.']);
    expect(findDecisions(`A named vote was taken:\n${text}`)).toEqual(['that the bus shelter be repainted.']);
    expect(findDecisions(text.replace('Resolved', 'RESOLVED'))).toEqual(['that the bus shelter be repainted.']);
  });

  it('reads a numbered resolution\'s label, "Resolution 26/004:", as "Resolution:" is read', () => {
    expect(findDecisions('Resolution 26/004: that the precept be set at £7,200.')).toEqual(['that the precept be set at £7,200.']);
    expect(findDecisions('Resolution No. 12: to buy two benches.')).toEqual(['to buy two benches.']);
  });

  it('leaves how a decision was carried, in brackets after its marker, to the vote', () => {
    expect(findDecisions('RESOLVED (nem con) that the hall hire charges be held.')).toEqual(['that the hall hire charges be held.']);
    expect(findDecisions('RESOLVED (by 4 votes to 3) that the hedge be cut.')).toEqual(['that the hedge be cut.']);
    // Brackets that say something other than a tally are the decision's own words.
    expect(findDecisions('RESOLVED (subject to funding) that the path be resurfaced.')).toEqual([
      '(subject to funding) that the path be resurfaced.',
    ]);
  });

  it("starts a decision under movers' lines with no full stop at the decision, in the ways parish minutes print them", () => {
    // "Resolved that …" is read as "RESOLVED that …" is, without the marker's word.
    for (const marker of ['Resolved', 'RESOLVED'])
      expect(findDecisions(`Moved by Cllr Tamsin Ord\nSeconded by Cllr Wyn Bellamy\n${marker} that the litter bins be replaced.`)).toEqual([
        'that the litter bins be replaced.',
      ]);
    expect(findDecisions('Proposed: Cllr Ord\nSeconded: Cllr Bellamy\nresolved to accept the quote from Ferncombe Joinery.')).toEqual([
      'resolved to accept the quote from Ferncombe Joinery.',
    ]);
    expect(findDecisions('Proposed Cllr Ord Seconded Cllr Bellamy All in favour\nIt was resolved to renew the allotment leases.')).toEqual([
      'It was resolved to renew the allotment leases.',
    ]);
    // What a mover's line wraps onto is the proposal, kept with it.
    expect(findDecisions('Proposed by Cllr Ord\nthat the grant be approved and this was agreed.')).toEqual(['that the grant be approved']);
  });

  it('ends a decision at the next numbered paragraph, as Word minutes number every paragraph "5.2", "5.3"', () => {
    const text = [
      '5.2\tHollin Scouts – £900 asked for a tent. It was proposed by Cllr Ord and RESOLVED to give £600. (Cllr Pike left the room.)',
      '5.3\tBrackenfield Choir – £250 asked for. RESOLVED to give £250.',
    ].join('\n');
    expect(findDecisions(text)).toEqual([
      'It was proposed by Cllr Ord and RESOLVED to give £600. (Cllr Pike left the room.)',
      // The decision starts at RESOLVED, the word left out as the marked forms leave it.
      'to give £250.',
    ]);
    // A marked block ends there too: the next paragraph is what was said after it.
    expect(findDecisions('6.2 RESOLVED to note the report.\n6.3 The Clerk would write to the bowls club.')).toEqual([
      'to note the report.',
    ]);
  });

  it('keeps the points numbered after the item under a lead-in that ends with a colon, never a paragraph of their own', () => {
    const text = ['RESOLVED that:', '', '4.1 Tier A fees rise by 2%;', '', '4.2 Tier B fees stay as they are.'].join('\n');
    expect(findDecisions(text)).toEqual(['that Tier A fees rise by 2%', 'that Tier B fees stay as they are.']);
    // A paragraph numbered after the points, not next to them, is a paragraph of its own again.
    const after = `${text}\n5.1 The Clerk reported on the boiler.\n5.2 RESOLVED to note the report.`;
    expect(findDecisions(after)).toEqual(['that Tier A fees rise by 2%', 'that Tier B fees stay as they are.', 'to note the report.']);
  });

  it('reads a decision sheet\'s "That …" list as the decision when its "Reason:" label follows it', () => {
    const list = [
      '      i.   That the loading bay on Tansy Street be',
      '           made permanent;',
      '',
      '      ii.  That the traders be told.',
    ];
    const expected = ['That the loading bay on Tansy Street be made permanent', 'That the traders be told.'];
    // The sheet's "Resolved:" left out: the reason printed under the list says it was decided.
    expect(findDecisions([...list, '', 'Reason: To keep deliveries off the footway.'].join('\n'))).toEqual(expected);
    // "Resolved" alone on its line heads the list as "Resolved:" does.
    expect(findDecisions(['Resolved', '', ...list].join('\n'))).toEqual(expected);
    // Ordinary numbered prose, or a list with no reason under it, is no decision.
    expect(findDecisions(list.join('\n'))).toEqual([]);
    expect(findDecisions(['1. Officers set out the options.', '', 'Reason: cost.'].join('\n'))).toEqual([]);
  });

  it('reads a hearing\'s "The Sub-Committee decided:" over its lettered list, and its "decided that" with an aside', () => {
    const text = ['The Sub-Committee decided:', '', '(a) to censure Councillor Vole;', '(b) to publish this notice.'].join('\n');
    expect(findDecisions(text)).toEqual(['to censure Councillor Vole', 'to publish this notice.']);
    const finding =
      'The Sub-Committee, having heard the Independent Person, decided that Councillor Vole had failed to comply with the Code.';
    expect(findDecisions(finding)).toEqual([finding]);
  });

  it('reads "The Forum agreed …" and "The Cabinet agreed …" as the body\'s decision', () => {
    expect(findDecisions('Officers set out the options. The Forum agreed the proposals.')).toEqual(['The Forum agreed the proposals.']);
    expect(findDecisions('The Cabinet agreed to close the depot.')).toEqual(['The Cabinet agreed to close the depot.']);
  });

  it('reads "were read and approved", as parish minutes say what was done before approving', () => {
    expect(findDecisions('The accounts were received and approved by a show of hands.')).toEqual([
      'The accounts were received and approved by a show of hands.',
    ]);
  });

  it('reads "RESOLVED (unanimously):" as the marker, its list the decisions', () => {
    expect(findDecisions('RESOLVED (unanimously):\n(a) That the ferry levy be set.\n(b) That the timetable be published.')).toEqual([
      'That the ferry levy be set.',
      'That the timetable be published.',
    ]);
  });

  it('reads a parish decision under Word\'s "o" bullet as the entry, the bullet off', () => {
    const text = ['o\tThe treasurer presented the bank reconciliation.', 'o\tThe audit fee was approved by all present.'].join('\n');
    expect(findDecisions(text)).toEqual(['The audit fee was approved by all present.']);
  });

  it('reads "After consideration, the committee" over its lettered list, the lead-in into each entry', () => {
    const text =
      'Following discussion, the Sub-Committee:-\n(1) noted the survey; and\n(2) asked for a costed plan.\n\nThe Chair closed the item.';
    expect(findDecisions(text)).toEqual([
      'Following discussion, the Sub-Committee noted the survey',
      'Following discussion, the Sub-Committee asked for a costed plan.',
    ]);
    // Over prose, the same words start a sentence that decides nothing.
    expect(findDecisions('After a short debate, the panel\nheard from the tenants.')).toEqual([]);
  });

  it('names the application a labelled block gives above its "Decision:", and ends the decision at the vote line under it', () => {
    const text = [
      'Application No: 24/0410/HOU',
      'Site: 3 Pike Row, Ellerby',
      'Recommendation: Refuse',
      'Decision: APPROVED, contrary to the recommendation.',
      'Vote: For approval 5, Against 2',
      '',
      'Application No: 24/0522/FUL',
      'Site: Mill Barn, Ellerby',
      'Decision: DEFERRED for a site visit.',
      'Voting: For 8, Against 0, Abstentions 1',
    ].join('\n');
    expect(findDecisions(text)).toEqual([
      '24/0410/HOU: APPROVED, contrary to the recommendation.',
      '24/0522/FUL: DEFERRED for a site visit.',
    ]);
    expect(findDecisions('Site: Ford Lane\nDecision: REFUSED.')).toEqual(['REFUSED.']);
  });

  it('reads "- that …" under its movers\' lines as the decision when the proposal is then declared carried, never when it fell', () => {
    const moved = ['Proposed by Alderman Rea', 'Seconded by Councillor Tully', '- that the Committee adopt the new bin schedule.', ''];
    expect(findDecisions([...moved, 'The Chair declared the proposal carried.'].join('\n'))).toEqual([
      'that the Committee adopt the new bin schedule.',
    ]);
    expect(findDecisions([...moved, 'On a vote, the proposal fell.'].join('\n'))).toEqual([]);
  });

  it('reads a quoted "That …" motion under its movers\' lines as the decision when the motion is declared carried', () => {
    const movers = ['Proposed by Councillor Rafferty', 'Seconded by Councillor Teague', ''];
    const motion = ['"That this Council asks the Department to reopen', 'the Glenmore rail halt."', ''];
    const carried = 'The Mayor declared the motion CARRIED.';
    expect(findDecisions([...movers, ...motion, 'The motion was put: 8 for, 4 against.', carried].join('\n'))).toEqual([
      'That this Council asks the Department to reopen the Glenmore rail halt.',
    ]);
    // A quote never closed is no motion read: the outcome alone stands, as before.
    expect(findDecisions([...movers, '"That this Council asks the Department to reopen the halt.', '', carried].join('\n'))).toEqual([
      carried,
    ]);
  });
  it('reads a motion quoted in its movers\' sentence as the decision when it is then declared carried, never "the motion was CARRIED"', () => {
    const moved =
      'Mr Ivo Penhale moved, and Ms Dana Roskilly seconded, that "this meeting asks the Town\nCouncil to light the skate park".';
    expect(findDecisions(`${moved} On a show of hands the motion was\nCARRIED (27 for, 4 against, 2 abstentions).`)).toEqual([
      'this meeting asks the Town Council to light the skate park',
    ]);
    // Lost, it decided nothing; the outcome alone is no decision's text either way.
    expect(findDecisions(`${moved} On a show of hands the motion was LOST.`)).toEqual([]);
    expect(findDecisions('On a show of hands the motion was CARRIED (12 for, 3 against).')).toEqual([]);
  });

  it("reads a lettered paragraph's RESOLVED from the word on, its wrapped lines as one line", () => {
    const text = [
      'a) The new noticeboard at Quarry End is up.',
      "b) The internal auditor's report for 2024/25 came in",
      '   with no issues. RESOLVED to accept the report and',
      '   thank the auditor.',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['to accept the report and thank the auditor.']);
    // An entry whose decision says nothing of what it decided is still taken whole, on one line.
    expect(findDecisions('a) Tollbridge Players –\n   £300 for costumes. Approved.')).toEqual([
      'Tollbridge Players – £300 for costumes. Approved.',
    ]);
  });

  it('reads each decision of a planning list with its application, never the next line', () => {
    const list = [
      '1187/25/HHO – 2 Saltings Row – porch. RESOLVED to support.',
      '1203/25/FUL – Plot at Wherry Lane – 4 flats. RESOLVED to object: parking. (5 for, 2 against)',
    ];
    // The tally in brackets after the decision is the vote's (votes.ts), no part of it.
    const expected = ['1187/25/HHO: to support.', '1203/25/FUL: to object: parking.'];
    expect(findDecisions(list.join('\n'))).toEqual(expected);
    expect(findDecisions(list.join('\n\n'))).toEqual(expected);
    // The reference in brackets after the site, as some lists print it.
    expect(findDecisions('Plot at Wherry Lane (1203/25/FUL) – 4 flats. RESOLVED to object.')).toEqual(['1203/25/FUL: to object.']);
    // A decision under the application's line takes it too, as the labelled fields' "Application No:" does.
    expect(findDecisions('P/25/0456 – 9 Tern Close – dormer.\nRESOLVED: no objection.')).toEqual(['P/25/0456: no objection.']);
    // A date or a minute's number is no application.
    expect(findDecisions('14/10/25 – site visit held. RESOLVED to support.')).toEqual(['to support.']);
  });

  it('keeps the dashed or lettered points under a lead-in that ends with a colon, as one decision with its points', () => {
    const lead = 'The forum heard from 300 tenants. The forum agreed two requests to put to the Housing Board:';
    const points = ['more repairs on Saturdays', 'a named officer for each estate'];
    const decided = `The forum agreed two requests to put to the Housing Board: ${points.join('; ')}`;
    expect(findDecisions([lead, ...points.map((point) => `- ${point}`)].join('\n'))).toEqual([decided]);
    expect(findDecisions([lead, ...points.map((point) => `• ${point}`)].join('\n'))).toEqual([decided]);
    // A lettered list keeps its letters, as printed.
    expect(findDecisions(`${lead}\n(a) more repairs on Saturdays;\n(b) a named officer for each estate.`)).toEqual([
      'The forum agreed two requests to put to the Housing Board: (a) more repairs on Saturdays; (b) a named officer for each estate.',
    ]);
    // A point that is a decision of its own stays one; a list under prose that decides nothing is no decision.
    expect(findDecisions(`${lead}\n- It was agreed to write to the Board.`)).toEqual([
      'The forum agreed two requests to put to the Housing Board:',
      'It was agreed to write to the Board.',
    ]);
    expect(findDecisions('The forum discussed:\n- repairs\n- parking')).toEqual([]);
  });

  it('reads the lettered parts under "It was proposed by X, seconded by Y and RESOLVED that:" as the decisions, never the movers\' lead-in', () => {
    const minutes = [
      'The Treasurer presented the budget. It was proposed by Mr Ashdown, seconded by',
      'Mrs Kerridge and RESOLVED that:',
      '(a) the budget for 2026/27 be approved;',
      '(b) the rate be set at 9.2p in the £;',
      '(c) a levy of £12,400 be issued on Oldmere District',
      '    Council.',
      'Cllr Brandt voted against (c).',
    ].join('\n');
    expect(findDecisions(minutes)).toEqual([
      'the budget for 2026/27 be approved',
      'the rate be set at 9.2p in the £',
      'a levy of £12,400 be issued on Oldmere District Council.',
    ]);
  });

  it('names each decision of a numbered planning list by its application, as an area planning committee minutes them', () => {
    const list = [
      '(1) 25/00431/FUL – Land off Quarry Lane, Brookby – 6 dwellings',
      'Objector: Mrs D Lorne',
      'Decision: Approved subject to conditions.',
      '(Voting: 5 for, 2 against)',
      '',
      '(2) 25/00502/HOU – 9 Fenwick Close – porch',
      'Decision: Refused.',
      '',
      '(3) 25/00519/LBC – The Malt House – new door',
      'Decision: Deferred for further details.',
    ];
    expect(findDecisions(list.join('\n'))).toEqual([
      '25/00431/FUL: Approved subject to conditions.',
      '25/00502/HOU: Refused.',
      '25/00519/LBC: Deferred for further details.',
    ]);
    // "1." and "2)" number a list as "(1)" does.
    expect(findDecisions('1. 25/00502/HOU – 9 Fenwick Close – porch\nDecision: Refused.')).toEqual(['25/00502/HOU: Refused.']);
    expect(findDecisions('2) 25/00502/HOU – 9 Fenwick Close – porch\nDecision: Refused.')).toEqual(['25/00502/HOU: Refused.']);
  });
  it('reads each outcome of a grants list with the grant it decided, never the heading or prose above', () => {
    const list = [
      'Grant applications',
      'Ferncombe Scouts – £250. Approved.',
      'Ferncombe Village Hall – £500 towards the boiler.',
      'Agreed.',
    ];
    expect(findDecisions(list.join('\n'))).toEqual([
      'Ferncombe Scouts – £250. Approved.',
      'Ferncombe Village Hall – £500 towards the boiler. Agreed.',
    ]);
    // A sentence of prose is no grant; a decision that names its applicant already says it.
    expect(findDecisions('The Clerk reported a balance of £1,204.\nApproved.')).toEqual(['Approved.']);
    expect(findDecisions('RESOLVED to award £300 to the Youth Club.')).toEqual(['to award £300 to the Youth Club.']);
  });

  it('reads each entry of a lettered grants list with its outcome after the sum, one to a line or run on in a paragraph', () => {
    const entries = [
      'a) Wrenfield Scouts – £250 approved;',
      'b) Friends of Tolley Green – £400 approved;',
      'c) Corn Exchange Trust – deferred to the next meeting.',
    ];
    const decided = [
      'Wrenfield Scouts – £250 approved',
      'Friends of Tolley Green – £400 approved',
      'Corn Exchange Trust – deferred to the next meeting.',
    ];
    expect(findDecisions(['Grant applications', ...entries].join('\n'))).toEqual(decided);
    expect(findDecisions(`Grant applications: ${entries.join(' ')}`)).toEqual(decided);
    expect(findDecisions(`(1) Bowls Club £300 towards new mats agreed, and (2) Art Society £150 refused.`)).toEqual([
      'Bowls Club £300 towards new mats agreed',
      'Art Society £150 refused.',
    ]);
    // An entry with no sum is a grant only beside ones that name theirs; a list with any other entry is no grants list.
    expect(findDecisions('c) Footpath repairs – deferred to the next meeting.')).toEqual([]);
    expect(findDecisions('a) Wrenfield Scouts – £250 approved; b) The Clerk reported the balance.')).toEqual([]);
  });

  it('reads what was decided on a paper "There had been circulated", never the paper\'s lead', () => {
    const paper = 'There had been circulated a report by the Director of Place which sought approval for a car club at Tay Wynd.';
    // The decision run on after the paper, labelled, or with how the meeting came to it and a list run on.
    expect(findDecisions(`${paper} Decision: The Committee APPROVED the recommendations.`)).toEqual([
      'The Committee APPROVED the recommendations.',
    ]);
    expect(findDecisions(`${paper} After discussion, the Committee agreed:- (1) to approve the scheme; (2) to review it in May.`)).toEqual([
      'to approve the scheme',
      'to review it in May.',
    ]);
    // The same list printed under its lead-in, one entry to a line.
    const listed = [
      paper,
      '',
      'After discussion, the Committee agreed:-',
      '',
      '(1) to approve the scheme; and',
      '(2) to review it in May.',
    ];
    expect(findDecisions(listed.join('\n'))).toEqual(['to approve the scheme', 'to review it in May.']);
    // The decision in the paper's own sentence: the paper is what was approved, or the body's clause is the decision.
    expect(
      findDecisions('There had been circulated for confirmation the minute of the meeting held on 4 May 2025, which was APPROVED.'),
    ).toEqual(['the minute of the meeting held on 4 May 2025, which was APPROVED.']);
    expect(findDecisions('There was submitted a report on bus shelters, and the Committee APPROVED the recommendations.')).toEqual([
      'the Committee APPROVED the recommendations.',
    ]);
  });

  it("reads no decision from an approval's movers, and none from an outcome after a decision", () => {
    expect(findDecisions('Approved: Morag Strachan\nSeconded: Duncan Heriot')).toEqual([]);
    // What was approved is the decision where the text says it.
    expect(findDecisions('The minutes of 2 May were approved.\nApproved: Morag Strachan\nSeconded: Duncan Heriot')).toEqual([
      'The minutes of 2 May were approved.',
    ]);
    const planning =
      'The community council agreed to support the bid. Proposed: Morag Strachan. Seconded: Duncan Heriot. Agreed unanimously.';
    expect(findDecisions(planning)).toEqual(['The community council agreed to support the bid.']);
    expect(findDecisions('Members agreed to buy a defibrillator. Agreed unanimously.')).toEqual(['Members agreed to buy a defibrillator.']);
    // An outcome after another outcome is its own decision, as a grants list prints "Approved." under each.
    expect(findDecisions('Scouts £200. Approved. Choir £150. Approved.')).toEqual(['Scouts £200. Approved.', 'Choir £150. Approved.']);
  });
  it("reads a Scottish body's NOTED as its decision, and every entry of a NOTED/AGREED list", () => {
    expect(findDecisions('Inspector Moir spoke to the figures.\n\nThe Sub-Committee NOTED the report.')).toEqual(['NOTED the report.']);
    const list = ['The Sub-Committee:-', '', 'i. NOTED the spend on gritting to date; and', 'ii. AGREED to buy a second gritter.'];
    expect(findDecisions(list.join('\n'))).toEqual(['NOTED the spend on gritting to date', 'to buy a second gritter.']);
    // Noting in lower case, or a list that only notes, is no decision.
    expect(findDecisions('The Sub-Committee noted the report.')).toEqual([]);
    expect(findDecisions('i. NOTED the spend on gritting; and\nii. NOTED the stock of salt.')).toEqual([]);
  });
  it("ends a decision at its own sentence when its movers and its vote's counts run on after it on the line", () => {
    const decided = 'c) Precept 2026/27: RESOLVED that a precept of £9,750 be requested.';
    for (const runOn of [
      'Proposed Cllr Penhallow, seconded Cllr Jory. 4 for, 1 against.',
      'Proposed Cllr Penhallow, seconded Cllr Jory. For 4, Against 1.',
      'Proposed Cllr Penhallow, seconded Cllr Jory. Carried by 4 votes to 1.',
      'Proposed Cllr Penhallow, seconded Cllr Jory. Unanimous.',
      '4 for, 1 against.',
      '(4 for, 1 against)',
    ])
      expect(findDecisions(`${decided} ${runOn}`)).toEqual(['that a precept of £9,750 be requested.']);
    // A sentence after the decision that opens with a figure and is no count stays in it.
    expect(findDecisions('RESOLVED to buy benches. 2 are to go on the green.')).toEqual(['to buy benches. 2 are to go on the green.']);
  });
  it('reads "proposed by … that X be Y" as the decision "that X be Y", unless it was then lost or amended', () => {
    const proposal = 'It was proposed by Cllr. G. Pryce and seconded by Cllr. H. Morgan that the accounts be accepted.';
    expect(findDecisions(proposal)).toEqual(['that the accounts be accepted.']);
    expect(findDecisions(`${proposal} On a vote the proposal was lost.`)).toEqual([]);
    expect(findDecisions(`${proposal} Cllr Rees moved an amendment to defer them.`)).toEqual([]);
  });
  it('reads the Welsh "Cadarnhawyd cofnodion …" (the minutes … were confirmed) as the minutes\' decision', () => {
    expect(findDecisions('Cadarnhawyd cofnodion cyfarfod 12 Chwefror 2024 fel rhai cywir.')).toEqual([
      'Cadarnhawyd cofnodion cyfarfod 12 Chwefror 2024 fel rhai cywir.',
    ]);
    expect(findDecisions("Derbyniwyd a chymeradwywyd cofnodion y cyfarfod a gynhaliwyd ar 9 Hydref 2024 a'u llofnodi.")).toEqual([
      "Derbyniwyd a chymeradwywyd cofnodion y cyfarfod a gynhaliwyd ar 9 Hydref 2024 a'u llofnodi.",
    ]);
    // Minutes received, not confirmed, decide nothing.
    expect(findDecisions('Derbyniwyd cofnodion y Pwyllgor Cyllid er gwybodaeth.')).toEqual([]);
  });

  it('reads a decision printed in Welsh and then in English once, in English; a Welsh one with no English twin stays', () => {
    const welsh = 'PENDERFYNWYD talu £80 i Gôr Meibion y Foel am ganu yn y cyfarfod.';
    const english = 'RESOLVED to pay £80 to the Foel Male Voice Choir for singing at the meeting.';
    expect(findDecisions(`${welsh}\n${english}`)).toEqual(['to pay £80 to the Foel Male Voice Choir for singing at the meeting.']);
    // English first, and a run of Welsh decisions over a run of English ones as long.
    expect(findDecisions(`${english}\n${welsh}`)).toEqual(['to pay £80 to the Foel Male Voice Choir for singing at the meeting.']);
    const welshTwo = 'PENDERFYNWYD cau y maes parcio ar 3 Mai.';
    const englishTwo = 'RESOLVED to close the car park on 3 May.';
    expect(findDecisions([welsh, welshTwo, english, englishTwo].join('\n'))).toEqual([
      'to pay £80 to the Foel Male Voice Choir for singing at the meeting.',
      'to close the car park on 3 May.',
    ]);
    // A Welsh-only record, and a Welsh decision whose figures no English one beside it names, keep theirs.
    expect(findDecisions(welsh)).toEqual(['talu £80 i Gôr Meibion y Foel am ganu yn y cyfarfod.']);
    expect(findDecisions(`${welshTwo}\n${english}`)).toHaveLength(2);
  });
  it('pairs a short Welsh decision with its English twin, and a Welsh tally in brackets is no part of either', () => {
    // "gosod" (set), "rhoi" (give): a Welsh decision's verb marks it Welsh where it has no other common word.
    const welsh = 'PENDERFYNWYD gosod praesept o £96,200 (6 o blaid, 2 yn erbyn, 1 yn ymatal)';
    const english = 'It was RESOLVED to set a precept of £96,200 (6 for, 2 against, 1 abstention)';
    expect(findDecisions(`${welsh}\n\n${english}`)).toEqual(['to set a precept of £96,200']);
    expect(findDecisions('PENDERFYNWYD rhoi grant o £320\n\nIt was RESOLVED to award a grant of £320')).toEqual([
      'to award a grant of £320',
    ]);
    // A Welsh-only decision keeps its words, its tally off as an English one's is.
    expect(findDecisions(welsh)).toEqual(['gosod praesept o £96,200']);
  });
  it('reads PENDERFYNWYD in the middle of a line as RESOLVED there is read: the sentence that holds it is the decision', () => {
    // English first: the mid-line marker keeps its whole sentence.
    const english = 'It was moved by Councillor Rees, seconded by Councillor Pryce and RESOLVED that a new bench be bought.';
    expect(findDecisions(english)).toEqual([english]);
    // "… a PENDERFYNWYD …" (and it was resolved), after the movers or after what the clerk presented.
    const afterMovers = 'Cynigiwyd gan y Cynghorydd Rees, eiliwyd gan y Cynghorydd Pryce a PENDERFYNWYD prynu siglen newydd am £900.';
    expect(findDecisions(afterMovers)).toEqual([afterMovers]);
    const afterReport = 'Cyflwynodd y Clerc ei adroddiad ar y fynwent a PENDERFYNWYD derbyn yr adroddiad.';
    expect(findDecisions(afterReport)).toEqual([afterReport]);
    // The word in lower case inside a sentence is no marker ("a benderfynwyd" names what an earlier meeting decided).
    expect(findDecisions('Trafodwyd y cynllun a benderfynwyd y llynedd.')).toEqual([]);
  });
  it('takes no resolution from a sentence of movers and an outcome alone ("Proposed Cllr A, seconded Cllr B, all agreed.")', () => {
    const text =
      'The minutes of the meeting of 3 March were approved as a true record. Proposed Cllr Quayle, seconded Cllr Radley, all agreed.';
    expect(findDecisions(text)).toEqual(['The minutes of the meeting of 3 March were approved as a true record.']);
    expect(findDecisions('Proposed by Cllr Quayle and seconded by Cllr Radley; carried unanimously.')).toEqual([]);
    // A movers' sentence that says what it carried stays a decision.
    expect(findDecisions('Proposed by Cllr Quayle that the quote be accepted, seconded by Cllr Radley, all agreed.')).toHaveLength(1);
    expect(findDecisions('Proposed by Cllr Quayle, seconded by Cllr Radley and agreed to buy a new bench.')).toHaveLength(1);
  });

  it("keeps a lettered entry's decision in its own words to that sentence, with the application its first line names", () => {
    const text = [
      '(a) 24/0711/HH, 3 Brook Lane – new porch. No objection.',
      '(b) 24/0730/FUL, Tanner’s Yard – four flats. Cllr Vane left the room. The Council resolved to object on grounds of parking.',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['24/0730/FUL: The Council resolved to object on grounds of parking.']);
  });

  it('reads what was decided after a lead-in that says how the meeting came to it', () => {
    expect(findDecisions('Following a short debate the Board agreed to adopt the revised scheme of delegation.')).toEqual([
      'to adopt the revised scheme of delegation.',
    ]);
    expect(findDecisions('After discussion, it was agreed that the hedge be cut in October.')).toEqual([
      'that the hedge be cut in October.',
    ]);
  });

  it('reads "AGREED: unanimously." as the decision of the line above it, and never as a decision itself', () => {
    const text = [
      '(a) Invoices for March totalling £612.40 were approved.',
      'AGREED: unanimously.',
      '(b) Playing field: the Clerk reported a broken gate.',
      'AGREED: to repair the gate.',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['Invoices for March totalling £612.40 were approved.', 'to repair the gate.']);
    // Over a line that decided nothing, the marker gives no decision.
    expect(findDecisions('The Clerk read a letter.\nAGREED: unanimously.\nAGREED: to reply.')).toEqual(['to reply.']);
  });

  it("leaves the movers' sentence on the marker's line out of the decision (the vote reader reads it)", () => {
    expect(findDecisions('AGREED: that the minutes be signed. Proposed Cllr Ashdown, seconded Cllr Pell.')).toEqual([
      'that the minutes be signed.',
    ]);
  });

  it('leaves an "Action: <who>" label on the marker\'s line out of the decision (the minutes text keeps it)', () => {
    expect(findDecisions('AGREED: the Clerk to order two new benches. Action: Clerk')).toEqual(['the Clerk to order two new benches.']);
    expect(findDecisions('RESOLVED that the hedge be cut back. ACTION: Cllr Tolley and the Clerk.')).toEqual([
      'that the hedge be cut back.',
    ]);
    // The word inside a decision's own sentence is the decision's.
    expect(findDecisions('AGREED: no further action be taken.')).toEqual(['no further action be taken.']);
    // A decision bulletin's labels under a decision: who leads on it, where, whether key.
    expect(findDecisions('Decision: (1) That the lease be renewed. (2) That the rent be reviewed. Lead officer: Head of Estates')).toEqual([
      'That the lease be renewed.',
      'That the rent be reviewed.',
    ]);
    expect(findDecisions('RESOLVED that the car park be resurfaced. Wards affected: Brook. Key decision: No')).toEqual([
      'that the car park be resurfaced.',
    ]);
  });

  it('starts a town council\'s "Resolved that" at its line, under "Proposed:" and "Seconded:" lines and a blank line', () => {
    const line = 'Resolved that the hall hire charges be held for 2026.';
    // Stored without the marker's word, as "RESOLVED that …" is.
    const decided = 'that the hall hire charges be held for 2026.';
    // The movers on two lines, or on one; a blank line between them and the decision.
    expect(findDecisions(`Proposed: Cllr Quilliam\nSeconded: Cllr Rathbone\n\n${line}`)).toEqual([decided]);
    expect(findDecisions(`Proposed: Cllr Quilliam Seconded: Cllr Rathbone\n\n${line}`)).toEqual([decided]);
    // A line of prose with no stop above it ends there too: the decision starts at its own words.
    expect(findDecisions(`Members discussed the winter rates at length\n${line}`)).toEqual([decided]);
    // The counts printed on a line under it are the vote's.
    expect(findDecisions(`Proposed by Cllr Quilliam, seconded by Cllr Rathbone.\n\n${line}\n\n5 in favour, 2 against.`)).toEqual([decided]);
  });

  it('reads each entry of a panel\'s "The Panel RECOMMENDED to …:" list, the body it names left to the recommendation pass', () => {
    const text = [
      'The Panel RECOMMENDED to the Executive Member for Parks:',
      '(i) that the bowling green be kept open on Sundays;',
      '(ii) that the pavilion roof be repaired before May.',
    ].join('\n');
    // The marker's body is read from the minutes, as "RECOMMENDED TO COUNCIL:" is (recommendations/addressed.ts).
    expect(findDecisions(text)).toEqual([
      'that the bowling green be kept open on Sundays',
      'that the pavilion roof be repaired before May.',
    ]);
    // What an officer's report recommended is no decision of the panel's.
    expect(findDecisions('The report RECOMMENDED to the Panel:\n(i) that the green be closed.')).toEqual([]);
  });

  it('reads "RECOMMENDED to <body> that …" whatever joins the body\'s name ("and", "of", "for", "&"), never past its "that"', () => {
    expect(findDecisions('RECOMMENDED to the Audit and Governance Committee that the audit plan be adopted.')).toEqual([
      'that the audit plan be adopted.',
    ]);
    expect(
      findDecisions('It was RECOMMENDED to the Leader of the Council & Cabinet – That the depot lease be renewed for five years.'),
    ).toEqual(['That the depot lease be renewed for five years.']);
    expect(findDecisions('RECOMMENDED to Council that the Parks and Open Spaces Strategy be adopted.')).toEqual([
      'that the Parks and Open Spaces Strategy be adopted.',
    ]);
  });

  it('reads "Recommendation to <body>:" opening a line as a decision that keeps its label, so it says to whom', () => {
    expect(
      findDecisions(
        'The group agreed to seek the award.\nRecommendation to the Standards and Governance Committee: that the Council\napplies for the award at a cost of £900.',
      ),
    ).toEqual([
      // The group's decision in its own words beside it stays one too.
      'The group agreed to seek the award.',
      'Recommendation to the Standards and Governance Committee: that the Council applies for the award at a cost of £900.',
    ]);
    expect(findDecisions('Recommendations to the Cabinet: the library opening hours be extended on Saturdays.')).toEqual([
      'Recommendations to the Cabinet: the library opening hours be extended on Saturdays.',
    ]);
    // What a report's recommendation asked in prose, or the word in a title, decides nothing.
    expect(findDecisions('The report set out its recommendation to the Cabinet: that the library close.')).toEqual([]);
    expect(findDecisions('Recommendation to approve the scheme was made by officers.')).toEqual([]);
  });

  it('reads a RESOLVED after how the vote went ("On a vote of the Councillors, 4 for and 1 against, the Panel RESOLVED to …")', () => {
    expect(
      findDecisions('On a vote of the Councillors, 4 for and 1 against, the Panel RESOLVED to support the new lettings policy.'),
    ).toEqual(['to support the new lettings policy.']);
  });

  it('reads a RESOLVED after who moved it, as Scottish minutes put it ("On the motion of Mr Ash, seconded by Ms Elm, the Committee RESOLVED to …")', () => {
    expect(
      findDecisions(
        'On the motion of Mr Ashby, seconded by Ms Elmore, the Committee RESOLVED to exclude the\npublic during the following item.',
      ),
    ).toEqual(['to exclude the public during the following item.']);
  });

  it('reads RESOLVED after a lettered entry\'s heading ("c) Precept 2026/27: RESOLVED that …") beside another decision', () => {
    const text = [
      'RESOLVED to approve the payments of £862.10.',
      'c) Village green mowing: RESOLVED that the quote from Tamar Turf be accepted. Proposed Cllr Hext, seconded Cllr Moyle. 5 for, 1 against.',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['to approve the payments of £862.10.', 'that the quote from Tamar Turf be accepted.']);
  });

  it('leaves how a decision was carried, said alone after its movers ("Unanimous."), out of it', () => {
    expect(findDecisions('RESOLVED to pay the invoices of £480.00. Proposed Cllr Vane, seconded Cllr Orr. Unanimous.')).toEqual([
      'to pay the invoices of £480.00.',
    ]);
    expect(findDecisions('AGREED: to buy a defibrillator cabinet. All in favour.')).toEqual(['to buy a defibrillator cabinet.']);
  });

  it('leaves the vote\'s counts after a decision out of it ("For 4, Against 2."), the vote reader reads them', () => {
    expect(findDecisions('AGREED: to set a precept of £12,400. For 4, Against 2.')).toEqual(['to set a precept of £12,400.']);
    expect(findDecisions('RESOLVED that the lease be renewed. Proposed Cllr Vane, seconded Cllr Orr. 6 for, 1 against.')).toEqual([
      'that the lease be renewed.',
    ]);
    // Counts inside the decision's sentence stay: they say what was decided.
    expect(findDecisions('AGREED: to buy 4 for the park.')).toEqual(['to buy 4 for the park.']);
  });

  it('reads "It was agreed that:" over a lettered list as "RESOLVED that:" is read, each entry a decision', () => {
    const list = '(a) the open day be held on 9 May;\n(b) the Vicar be asked to host it.';
    const decided = ['that the open day be held on 9 May', 'that the Vicar be asked to host it.'];
    expect(findDecisions(`Members discussed the open day.\nIt was agreed that:\n${list}`)).toEqual(decided);
    expect(findDecisions(`Members discussed the open day.\nRESOLVED that:\n${list}`)).toEqual(decided);
    expect(findDecisions('The Forum agreed to:\n(a) meet in June;\n(b) invite the police.')).toEqual([
      'to meet in June',
      'to invite the police.',
    ]);
  });

  it('reads an "Outcome:" line as the decision, without its label, as some panels close each item', () => {
    expect(findDecisions('Members asked about the mobile library.\nOutcome: Noted. The service to report back in June.')).toEqual([
      'Noted. The service to report back in June.',
    ]);
    expect(findDecisions('The draft was discussed.\nOUTCOME: The Panel recommended to Cabinet that the toll be dropped.')).toEqual([
      'The Panel recommended to Cabinet that the toll be dropped.',
    ]);
    // A decision said in the clerk's own words reads without the label too.
    expect(findDecisions('Outcome: The scheme was agreed, with two changes.')).toEqual(['The scheme was agreed, with two changes.']);
    // The word in prose, or a report's "Outcome sought:" field, decides nothing.
    expect(findDecisions('Members awaited the outcome of the review.\nthe outcome: a delay.')).toEqual([]);
    expect(findDecisions('Outcome sought: members to comment on the draft.')).toEqual([]);
  });

  it('leaves a tally in brackets at the end of a decision out of it, in the forms the vote reader reads', () => {
    expect(findDecisions('RESOLVED to adopt the verge cutting plan (4 for, 1 against).')).toEqual(['to adopt the verge cutting plan.']);
    expect(findDecisions('RESOLVED that the skate park lease be renewed (unanimous).')).toEqual(['that the skate park lease be renewed.']);
    expect(findDecisions('RESOLVED that the bus shelter be moved (5 votes to 2)')).toEqual(['that the bus shelter be moved']);
    expect(findDecisions('AGREED: to close the car park on Sundays (carried 6-1, 1 abstention).')).toEqual([
      'to close the car park on Sundays.',
    ]);
    // The same score said alone after the decision is the vote's too, as "For 4, Against 2." is.
    expect(findDecisions('RESOLVED that the bus shelter be moved. 5 votes to 2.')).toEqual(['that the bus shelter be moved.']);
    // In a clerk's lower-case words, and as the last entry of a list.
    expect(findDecisions('The council resolved to plant the orchard (For 5, Against 2, Abstentions 1).')).toEqual([
      'The council resolved to plant the orchard.',
    ]);
    expect(findDecisions('RESOLVED that:\n(a) the report be noted;\n(b) the grant be paid (6 for, 1 against).')).toEqual([
      'that the report be noted',
      'that the grant be paid.',
    ]);
    // Between the marker and its colon, with the majority the law asks for said after the counts: the vote's too.
    expect(findDecisions('RESOLVED (5 for, 2 against):\nThat the depot be sold to the trust.')).toEqual([
      'That the depot be sold to the trust.',
    ]);
    expect(
      findDecisions(
        'RESOLVED (19 for, 1 against, 0 abstentions, being more than two-thirds of the members voting):\nThat the pier be renamed.',
      ),
    ).toEqual(['That the pier be renamed.']);
    // A bracket that says more than the vote is the decision's own words.
    expect(findDecisions('RESOLVED to buy 4 benches (2 for the green).')).toEqual(['to buy 4 benches (2 for the green).']);
    expect(findDecisions('RESOLVED to meet on 4 May (unanimous support from residents).')).toEqual([
      'to meet on 4 May (unanimous support from residents).',
    ]);
  });

  it('reads a bare "Carried 3–1." after the movers as the vote of the decision above it, never a second decision', () => {
    expect(findDecisions('It was resolved to buy two grit bins. Proposed by Cllr Nye, seconded by Cllr Gale. Carried 3–1.')).toEqual([
      'It was resolved to buy two grit bins.',
    ]);
    expect(findDecisions('RESOLVED to buy two grit bins.\nCarried 3-1.')).toEqual(['to buy two grit bins.']);
    // A lettered entry is its decision whole, without the movers and outcome run on after it.
    expect(findDecisions('a) Invoices of £312.40 were approved. Proposed KW, seconded DL. Unanimous.\nb) The audit was noted.')).toEqual([
      'Invoices of £312.40 were approved.',
    ]);
  });
});

describe("a body's recommendations over a list", () => {
  const sanctions = [
    'SANCTIONS',
    'The Sub-Committee recommends to Brackenholt Town Council that:',
    '(a) Councillor Ingram be asked to apologise in writing to the Town Clerk within',
    '14 days; and',
    '(b) he attend training on the Code of Conduct within two months.',
    'The decision notice will be sent to all parties.',
  ].join('\n');

  it('reads each point of "The Sub-Committee recommends to … that:" as a decision, led in by the line', () => {
    expect(findDecisions(sanctions)).toEqual([
      'The Sub-Committee recommends to Brackenholt Town Council that Councillor Ingram be asked to apologise in writing to the Town Clerk within 14 days',
      'The Sub-Committee recommends to Brackenholt Town Council that he attend training on the Code of Conduct within two months.',
    ]);
  });

  it("reads no officer's recommendation, and nothing over prose", () => {
    expect(findDecisions('The report recommends that:\n(a) the fees rise by 3%; and\n(b) the policy be reviewed.')).toEqual([]);
    expect(findDecisions('The Sub-Committee recommends that the parish council adopt a protocol.')).toEqual([]);
  });
});

describe('a decided list whose last point follows "; and"', () => {
  it('keeps every point, whatever verb the last opens with, without the joiners', () => {
    const text = [
      'The Cabinet Member:',
      '',
      '• approved a charge of £18.50 for each garden waste bin;',
      '',
      '• approved a discount of 25% for households on pension credit; and',
      '',
      '• delegated to the Head of Street Services the setting of the collection round.',
    ].join('\n');
    expect(findDecisions(text)).toEqual([
      'approved a charge of £18.50 for each garden waste bin',
      'approved a discount of 25% for households on pension credit',
      'delegated to the Head of Street Services the setting of the collection round.',
    ]);
  });

  it('ends the last point at its stop when prose follows it on the next line', () => {
    const text = '(a) approved the grant; and\n(b) delegated the terms to the Clerk.\nThe Chair thanked the applicants.';
    expect(findDecisions(text)).toEqual(['approved the grant', 'delegated the terms to the Clerk.']);
  });
});

describe('an outcome said only in the vote words', () => {
  it('reads "AGREED: all in favour." under a decided line as "AGREED: unanimously." is read: the line above is the decision', () => {
    for (const outcome of ['AGREED: unanimously.', 'AGREED: all in favour.', 'RESOLVED nem con.']) {
      expect(findDecisions(`a) Payments for June were approved.\n${outcome}`), outcome).toEqual(['Payments for June were approved.']);
    }
  });
});

describe('"decision-maker" at the start of a line', () => {
  it('is no "Decision -" label: the hyphen is the word\'s own', () => {
    const text = [
      'The Chair set out the order of business: the signatories would speak (5 minutes), the',
      'decision-maker would reply (5 minutes), followed by questions from Members.',
      '',
      'RESOLVED: That no further action be taken.',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['That no further action be taken.']);
  });

  it('leaves "Decision - …" a label', () => {
    expect(findDecisions('Decision - That the report be noted.')).toEqual(['That the report be noted.']);
  });
});

describe('a wrapped decision whose last line ends with its movers and vote', () => {
  it('ends before "Prop: XX Sec: YY" and the counts, which are the vote reader\'s', () => {
    const text = [
      'RESOLVED to set the budget at £98,500 for 2026/27 (a 2.5% rise on the',
      'year before). Prop: KT  Sec: LW  4 for, 2 against (BN, OP)',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['to set the budget at £98,500 for 2026/27 (a 2.5% rise on the year before).']);
  });

  it('ends before "Prop: XX Sec: YY Carried" on the marker\'s line', () => {
    expect(findDecisions('RESOLVED to award £300 to the choir. Prop: KT  Sec: LW  Carried\n(BN did not vote.)')).toEqual([
      'to award £300 to the choir.',
    ]);
  });

  it('takes "unanimously" after the marker for the vote\'s word, never the decision\'s ("RESOLVED unanimously that …")', () => {
    expect(findDecisions('RESOLVED unanimously that the grass contract be renewed.')).toEqual(['that the grass contract be renewed.']);
    expect(findDecisions('RESOLVED nem con: to buy a defibrillator.')).toEqual(['to buy a defibrillator.']);
  });

  it('reads "X was declared elected" after a ballot as the election\'s decision, the candidates\' lines no part of it', () => {
    const text = [
      'A secret ballot was held.  The Clerk counted the ballot papers:',
      '',
      'Councillor Marwood     6 votes',
      'Councillor Nettlefold  3 votes',
      '',
      'Councillor Marwood was declared elected Chairman for 2026/27.',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['Councillor Marwood was declared elected Chairman for 2026/27.']);
  });

  it('reads "This was AGREED." as what the sentence before it asked, said with it; alone, as no decision', () => {
    const text = 'Councillor Orr asked that thanks be recorded to the caretaker.  This was AGREED.';
    expect(findDecisions(text)).toEqual(['Councillor Orr asked that thanks be recorded to the caretaker. This was AGREED.']);
    expect(findDecisions('This was AGREED.')).toEqual([]);
  });

  it('keeps "Carried, 6 for and 1 against." after a decision and its movers as the vote\'s, no second decision', () => {
    const text = [
      'The Clerk reported that the shelter repair would be finished by',
      '30 April.  RESOLVED to accept the tender of £2,400.',
      'Proposed Cllr Orr, seconded Cllr Pryce.  Carried, 6 for and 1 against.',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['to accept the tender of £2,400.']);
  });

  it('leaves "The motion was accordingly carried and" out of "… the Council resolved:" over its numbered points', () => {
    const text = [
      'The motion was accordingly carried and the Council resolved:',
      '(1) to approve the revenue budget; and',
      '(2) to set the Band D council tax at £1,402.10.',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['to approve the revenue budget', 'to set the Band D council tax at £1,402.10.']);
  });
});

describe("a proposal's words in its movers' sentence, unquoted", () => {
  it('is the decision when the proposal is then carried, and none when it is not', () => {
    const moved = 'It was proposed by Mrs Yardley and seconded by Mr Quill that the grant be £300.';
    expect(findDecisions(`${moved}\nThe original proposal was then carried (12 for, 4 against).`)).toEqual(['that the grant be £300']);
    expect(findDecisions(`${moved}\nThe proposal was lost (4 for, 12 against).`)).toEqual([]);
  });
  it('reads each "N.N." paragraph after a lead-in that ends with a colon as its own decision', () => {
    // Own words, as Scottish and island councils minute an item: a lead-in in lower case qualified before its colon.
    const qualified = [
      'After hearing the Harbour Master, the Committee:',
      '',
      'Noted:',
      '',
      '3.1. That the slipway had been closed for 12 days in January.',
      '',
      'The Committee resolved, in terms of delegated powers:',
      '',
      '3.2. That the slipway repair, set out in the report, be',
      'approved at a cost of £48,000.',
    ].join('\n');
    expect(findDecisions(qualified)).toEqual([
      'Noted: That the slipway had been closed for 12 days in January.',
      'That the slipway repair, set out in the report, be approved at a cost of £48,000.',
    ]);
    const recommended = [
      'After consideration of a report by the Director, the Committee:',
      '',
      'Resolved to recommend to the Council:',
      '',
      '5.1. That burial charges rise by 4 per cent from 1 April 2026.',
      '',
      '5.2. That charges for children remain waived.',
    ].join('\n');
    expect(findDecisions(recommended)).toEqual([
      'to recommend to the Council: That burial charges rise by 4 per cent from 1 April 2026.',
      'to recommend to the Council: That charges for children remain waived.',
    ]);
    expect(findDecisions('The Panel:\n\nResolved, in terms of delegated powers:\n\n7.1. That the contract be let to Ardmore Ltd.')).toEqual(
      ['That the contract be let to Ardmore Ltd.'],
    );
    expect(findDecisions('The Board resolved:\n\n2.1. That the dredging go ahead.\n\n2.2. That the cost be met from reserves.')).toEqual([
      'That the dredging go ahead.',
      'That the cost be met from reserves.',
    ]);
  });
});

describe('a motion withdrawn', () => {
  it("keeps a motion's withdrawal as the item's outcome, in the record's words", () => {
    const consent =
      'Councillor Hale moved the motion on library hours, seconded by Councillor Orr. After debate, the motion was withdrawn with the consent of the meeting.';
    expect(findDecisions(consent)).toEqual(['After debate, the motion was withdrawn with the consent of the meeting.']);
    expect(findDecisions('Councillor Dunlop withdrew her Notice of Motion on street lighting.')).toEqual([
      'Councillor Dunlop withdrew her Notice of Motion on street lighting.',
    ]);
    expect(findDecisions('Motion withdrawn.')).toEqual(['Motion withdrawn.']);
    // An application or a member withdrawn decides nothing of the meeting's.
    expect(findDecisions('The application was withdrawn by the applicant before the meeting.')).toEqual([]);
    expect(findDecisions('Councillor Dunlop withdrew from the meeting.')).toEqual([]);
  });
});

describe('a list of bids, each with its outcome after a dash', () => {
  it('reads each entry as a decision, the bid as printed, and the sentence after the list as one too', () => {
    const youth = [
      'Four bids were received for the £2,000 Youth Fund:',
      '  - Skate park lighting (£400) - agreed',
      '  - Brenton Chess Club (£250) - agreed',
      '  - Film night kit (£900) - not agreed, asked to bring two quotes',
      'The Youth Council agreed to fund £650.',
    ].join('\n');
    expect(findDecisions(youth)).toEqual([
      'Skate park lighting (£400) - agreed',
      'Brenton Chess Club (£250) - agreed',
      'Film night kit (£900) - not agreed, asked to bring two quotes',
      'The Youth Council agreed to fund £650.',
    ]);
    // Other words and dashes: "– approved", "– refused", a bullet glyph.
    const grants = [
      'Grant requests:',
      '• Allotment society water butts – approved.',
      '• Carnival float hire – refused (no receipts).',
    ].join('\n');
    expect(findDecisions(grants)).toEqual(['Allotment society water butts – approved.', 'Carnival float hire – refused (no receipts).']);
    // A point that only mentions the word, with no dash before it, is no outcome.
    expect(findDecisions('Updates:\n- Clerk to circulate the plan agreed by the working group')).toEqual([]);
  });
});

describe('a list under a decision printed with dot leaders', () => {
  it('reads each leader as a separator, as " – ", so no entry is lost at the dots', () => {
    const dotted = [
      'Resolved that the following representatives be appointed for the year:',
      '',
      '  Almshouse Trustees ............. Cllr Parfitt',
      '  Footpaths Forum ................ Cllr Oduya and the Clerk',
      '  Flood Warden ................... Cllr Marsh',
    ].join('\n');
    expect(findDecisions(dotted)).toEqual([
      'that the following representatives be appointed for the year: Almshouse Trustees – Cllr Parfitt Footpaths Forum – Cllr Oduya and the Clerk Flood Warden – Cllr Marsh',
    ]);
  });

  it('reads ellipsis leaders and spaced dots the same way', () => {
    const spaced = [
      'RESOLVED: to set the hire charges for 2025/26 as follows:',
      'Main hall (per hour) ………… £18.50',
      'Committee room (per hour) . . . . . . £9.00',
    ].join('\n');
    expect(findDecisions(spaced)).toEqual([
      'to set the hire charges for 2025/26 as follows: Main hall (per hour) – £18.50 Committee room (per hour) – £9.00',
    ]);
  });
});

describe('a heading in capitals alone on its line over a decision in prose', () => {
  it('is no part of the decision, whatever the heading says', () => {
    const hearing = (heading: string) =>
      findDecisions(
        [
          'The panel withdrew to deliberate at 2.10pm and returned at 2.40pm.',
          '',
          heading,
          '',
          'The Sub-Committee determined to revoke the premises licence with immediate effect.',
          '',
          'Reasons: the licensee had twice breached the conditions.',
        ].join('\n'),
      );
    expect(hearing('DETERMINATION')).toEqual(['The Sub-Committee determined to revoke the premises licence with immediate effect.']);
    expect(hearing('OUTCOME OF THE HEARING')).toEqual([
      'The Sub-Committee determined to revoke the premises licence with immediate effect.',
    ]);
  });
});
