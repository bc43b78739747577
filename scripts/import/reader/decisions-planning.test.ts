/** A planning item's comments on its applications as its decisions: see decisions-planning.ts. */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';
import { unreadComments } from './decisions-planning.ts';
import { findVotesAndMotions } from './votes.ts';

describe('planning comments', () => {
  const listed = [
    'The following applications were considered:',
    '25/0418/HH – 3 Quarry Row, Tolvaddon – rear porch. No objection.',
    '25/0431/FUL – Land off Chapel Hill – two holiday lets. Objection – overdevelopment and parking.',
    '25/0440/LBC – The Old Forge – replacement windows.',
    // "support" in the proposal's words is no comment: a comment follows a stop, a dash or a cell's border.
    '25/0447/HH – Barn at Trewin – steel frame to support the roof',
  ].join('\n');

  it('reads each application line that ends with a comment as a decision of an item titled Planning, as printed', () => {
    expect(findDecisions(listed, 'Planning')).toEqual([
      '25/0418/HH – 3 Quarry Row, Tolvaddon – rear porch. No objection.',
      '25/0431/FUL – Land off Chapel Hill – two holiday lets. Objection – overdevelopment and parking.',
    ]);
  });

  it('reads a table of applications, its cells parted by tabs, its Comment column the decision', () => {
    const table = [
      'Reference\tSite\tProposal\tComment',
      '25/0502/HH\tRose Villa, Mill Lane\tSide extension\tSupport',
      '25/0519/OUT\tField at Penrose Cross\tUp to 9 dwellings\tNo comment',
      '',
      'Decisions notified by the District Council:',
      '25/0388/HH, 2 Bank Row – Approved.',
    ].join('\n');
    expect(findDecisions(table, 'PLANNING APPLICATIONS')).toEqual([
      '25/0502/HH – Rose Villa, Mill Lane – Side extension – Support',
      '25/0519/OUT – Field at Penrose Cross – Up to 9 dwellings – No comment',
    ]);
  });

  it('reads a comment whose cells wrapped onto the row below whole', () => {
    const wrapped = [
      '| Application | Site | Proposal | Comment |',
      '| --- | --- | --- | --- |',
      '| 25/0610/FUL | Old Forge, | Two storey | Objection – loss of |',
      '|  | Chapel Hill | side extension | light to neighbours |',
      '| 25/0622/HH | 9 Well Lane | Porch |',
      '|  | | front |',
    ].join('\n');
    expect(findDecisions(wrapped, 'Planning')).toEqual([
      '25/0610/FUL – Old Forge, Chapel Hill – Two storey side extension – Objection – loss of light to neighbours',
    ]);
  });

  it('ends the sentence decided over a table at the table: its header and dash rule are no words of it', () => {
    const table = [
      'The Committee considered the applications below and agreed the responses shown:',
      '',
      'Application\tSite\tResponse',
      '-----------\t----\t--------',
      '25/0701/HH\tWren Cottage, Upper\tSupport',
      '\tPolgrain',
      '25/0712/FUL\tYard at Kiln Lane\tNo comment',
    ].join('\n');
    expect(findDecisions(table, 'Planning')).toEqual([
      'The Committee considered the applications below and agreed the responses shown:',
      '25/0701/HH – Wren Cottage, Upper Polgrain – Support',
      '25/0712/FUL – Yard at Kiln Lane – No comment',
    ]);
  });

  it('reads no comment outside a planning item, nor one an application has as a decision already', () => {
    expect(findDecisions(listed)).toEqual([]);
    expect(findDecisions(listed, 'Correspondence')).toEqual([]);
    const resolved = '25/0418/HH – 3 Quarry Row – rear porch. No objection.\nRESOLVED: to ask for 25/0418/HH to be called in.';
    expect(findDecisions(resolved, 'Planning')).toEqual(['to ask for 25/0418/HH to be called in.']);
  });

  it("reads an application's comment that its vote follows on the line, the vote left out", () => {
    const line = '25/0502/HH – 7 Mill Rise – garden room – no objection. Proposed KW, seconded DL. 4 for, 1 abstention.';
    expect(findDecisions(line, 'Planning')).toEqual(['25/0502/HH – 7 Mill Rise – garden room – no objection.']);
  });

  it('reads "Objection:" with its reason as "No objection." is read, the reason wrapped onto the next line joined, a note in brackets kept', () => {
    const text = [
      '24/0610/HH  Ash Cottage, Well Lane - side porch. No objection.',
      '24/0622/FUL Lower Barton - two holiday lets. Objection: the lane is too narrow',
      '            for passing traffic. (Cllr Penhale did not vote.)',
      '24/0630/HH  5 Mill Row - dormer window.',
    ].join('\n');
    expect(findDecisions(text, 'Planning')).toEqual([
      '24/0610/HH Ash Cottage, Well Lane - side porch. No objection.',
      '24/0622/FUL Lower Barton - two holiday lets. Objection: the lane is too narrow for passing traffic. (Cllr Penhale did not vote.)',
    ]);
  });

  // A table typed with pipes between its columns and none at its ends, each wrapped cell's words on a line whose first cells are blank.
  const piped = [
    'Application   | Address                | Proposal                      | Comments',
    '25/0311/HH    | 7 Weaver Street        | Rear conservatory             | No objection',
    '25/0318/HH    | 2 Cobble Yard          | Garage conversion             | No objection (Cllr Ashdown did not vote)',
    '25/0322/FUL   | Land behind 4-8 Kiln   | Three detached houses         | Object - cramped layout; loss of',
    '              | Row                    |                               | trees; poor access',
    '25/0329/LBC   | The Malt House         | New rooflights                | No objection subject to the Heritage',
    '              |                        |                               | Adviser being content',
    '25/0333/TCA   | Abbey Green            | Crown lift 2 no. limes        | Supported',
  ];
  const pipedRead = [
    '25/0311/HH – 7 Weaver Street – Rear conservatory – No objection',
    '25/0318/HH – 2 Cobble Yard – Garage conversion – No objection (Cllr Ashdown did not vote)',
    '25/0322/FUL – Land behind 4-8 Kiln Row – Three detached houses – Object - cramped layout; loss of trees; poor access',
    '25/0329/LBC – The Malt House – New rooflights – No objection subject to the Heritage Adviser being content',
    '25/0333/TCA – Abbey Green – Crown lift 2 no. limes – Supported',
  ];

  it('reads each row of a table typed with pipes between its columns, a wrapped comment joined, a note in brackets and "subject to" kept', () => {
    expect(findDecisions(piped.join('\n'), 'Planning applications')).toEqual(pipedRead);
  });

  it('reads the same table as the typed-table reader leaves it, a tab before each pipe', () => {
    const tabbed = piped.map((line) => line.replace(/\s*\|\s*/g, '\t| ').replace(/\s+$/, ''));
    expect(findDecisions(tabbed.join('\n'), 'Planning applications')).toEqual(pipedRead);
  });

  it('reads comments in capitals, "OBJECTION on grounds of", "SUPPORT in principle", "COMMENTS:", in a table parted by tabs', () => {
    const table = [
      'REF\tLOCATION\tDEVELOPMENT\tTOWN COUNCIL RESPONSE',
      '25/0870/FUL\tYARD AT FERRY LANE\tSTORAGE UNITS\tOBJECTION ON GROUNDS OF FLOOD RISK',
      '25/0874/HH\t11 QUAY STREET\tFRONT PORCH\tSUPPORT IN PRINCIPLE',
      '25/0881/ADV\tFORMER DAIRY\tILLUMINATED SIGN\tCOMMENTS: THE SIGN SHOULD NOT BE LIT AFTER 10PM',
      '25/0886/HH\t3 RIVER VIEW\tSHED\tNO COMMENT',
    ].join('\n');
    expect(findDecisions(table, 'PLANNING')).toEqual([
      '25/0870/FUL – YARD AT FERRY LANE – STORAGE UNITS – OBJECTION ON GROUNDS OF FLOOD RISK',
      '25/0874/HH – 11 QUAY STREET – FRONT PORCH – SUPPORT IN PRINCIPLE',
      '25/0881/ADV – FORMER DAIRY – ILLUMINATED SIGN – COMMENTS: THE SIGN SHOULD NOT BE LIT AFTER 10PM',
      '25/0886/HH – 3 RIVER VIEW – SHED – NO COMMENT',
    ]);
  });

  it('reads comments written as a list, "subject to", a reason after a dash and a note in brackets kept', () => {
    const list = [
      '25/0102/HH – 3 Mill Lane – No objection.',
      '25/0107/FUL – Orchard End – two flats – OBJECT – out of scale with the street.',
      '25/0113/HH – 6 Bridge Row – side extension – no objection, subject to obscure glazing to the',
      'east window.',
      '25/0119/TPO – Glebe Field – fell oak – Objects to the loss of a healthy tree (Cllr Tamblyn abstained).',
      '25/0120/HH – 1 Court Yard – Supported living annexe',
    ].join('\n');
    expect(findDecisions(list, 'Planning')).toEqual([
      '25/0102/HH – 3 Mill Lane – No objection.',
      '25/0107/FUL – Orchard End – two flats – OBJECT – out of scale with the street.',
      '25/0113/HH – 6 Bridge Row – side extension – no objection, subject to obscure glazing to the east window.',
      '25/0119/TPO – Glebe Field – fell oak – Objects to the loss of a healthy tree (Cllr Tamblyn abstained).',
    ]);
  });

  it('reads the comment from the column its header names, wherever it stands, and warns of a row that column leaves unread', () => {
    // Own words: the comment second, the address last, parted by tabs as the table readers leave a spaced table.
    const second = [
      'Application\tComment\tAddress',
      '25/0930/HH\tNo objection\t12 Salter Lane',
      '25/0934/FUL\tObjection – loss of the hedge\tField at Crook End',
      '25/0937/HH\tThe Clerk to ask for plans\t4 Salter Lane',
      '25/0939/HH\tNo objection.\t6 Salter Lane',
    ].join('\n');
    expect(findDecisions(second, 'Planning')).toEqual([
      '25/0930/HH – No objection – 12 Salter Lane',
      '25/0934/FUL – Objection – loss of the hedge – Field at Crook End',
      '25/0939/HH – No objection. – 6 Salter Lane',
    ]);
    expect(unreadComments(second, 'Planning')).toEqual(['25/0937/HH: "The Clerk to ask for plans"']);
    // Typed with pipes, "Comments" between the reference and two columns of what is proposed where.
    const piped = [
      '| Ref | Comments | Proposal | Site |',
      '| --- | --- | --- | --- |',
      '| PA/25/061 | Support | Two bay carport | Holly Barn |',
      '| PA/25/066 | | Garden shed | 7 Kiln Row |',
      '| PA/25/070 | Observations: the roof is too high | Dormer | 2 Kiln Row |',
      '| PA/25/074 | Objects. | Stables | Kiln Farm |',
    ].join('\n');
    expect(findDecisions(piped, 'Planning applications')).toEqual([
      'PA/25/061 – Support – Two bay carport – Holly Barn',
      'PA/25/070 – Observations: the roof is too high – Dormer – 2 Kiln Row',
      'PA/25/074 – Objects. – Stables – Kiln Farm',
    ]);
    expect(unreadComments(piped, 'Planning applications')).toEqual([]);
  });

  it("warns of each line of a list of comments whose comment is not read, naming it; a list with none read, or the authority's decision, is none", () => {
    // Own words, worded otherwise: a dash before each part, the comment deferred on one line, a decision notified on another.
    const dashed = [
      'PA/25/101 - 3 Brook Row - garage. Members raised no objection.',
      'PA/25/104 - Orchard House - annexe - Support.',
      'PA/25/108 - Mill Yard - two units - to be considered at the next meeting',
      'PA/25/090 - 1 Green Lane - porch - Refused by the District Council.',
    ].join('\n');
    const unread = ['25/0440/LBC – The Old Forge – replacement windows.', '25/0447/HH – Barn at Trewin – steel frame to support the roof'];
    expect(unreadComments(listed, 'Planning')).toEqual(unread.map((line) => `${line.slice(0, line.indexOf(' '))}: "${line}"`));
    expect(unreadComments(dashed, 'Planning matters')).toEqual([
      'PA/25/101: "PA/25/101 - 3 Brook Row - garage. Members raised no objection."',
      'PA/25/108: "PA/25/108 - Mill Yard - two units - to be considered at the next meeting"',
    ]);
    // A line whose comment a sentence of its own decides ("Members agreed to object …") is held by that decision.
    const agreed = ['25/0960/HH – 3 Moor Lane – porch. No objection.', '25/0964/PPP – Two houses, Glebe Field. Members agreed to object.'];
    expect(unreadComments(agreed.join('\n'), 'Planning', findDecisions(agreed.join('\n'), 'Planning'))).toEqual([]);
    // A list of applications received, none with a comment read, is no list of comments.
    const received = ['Applications received:', '25/0950/HH – 8 Fern Close – conservatory', '25/0951/HH – 2 Ash Row – shed'].join('\n');
    expect(unreadComments(received, 'Planning')).toEqual([]);
  });

  it("warns of each table row whose comment is not read, naming its application; a row with no comment, or the authority's decision, is none", () => {
    const table = [
      'Application\tSite\tProposal\tComments',
      '25/0411/HH\t4 Nettle Lane\tPorch\tNo objection',
      '25/0415/FUL\tThe Paddock\tStable block\tMembers were divided; deferred to March',
      '25/0418/HH\t9 Nettle Lane\tDormer\t',
      '25/0420/HH\t2 Lime Walk\tGarage\tApproved',
    ].join('\n');
    expect(unreadComments(table, 'Planning')).toEqual(['25/0415/FUL: "Members were divided; deferred to March"']);
    expect(unreadComments(table, 'Finance')).toEqual([]);
  });
});

describe("a planning committee's blocks of fields, one an application, with paragraphs between", () => {
  const blocks = (reference: string, vote: string) =>
    [
      `${reference}  25/00312/FUL`,
      'Site:            Former dairy, Wick Lane, Ormsby',
      'Proposal:        Change of use to six workshops',
      'Officer Recommendation: Approve',
      '',
      'Members debated the parking on Wick Lane. It was proposed by Councillor Amis and',
      'seconded by Councillor Birch that the application be approved.',
      '',
      `${vote}For 7   Against 1   Abstain 0`,
      'Decision: APPROVED subject to conditions.',
      '',
      `${reference}  25/00377/HOU`,
      'Site:            4 Kiln Close, Ormsby',
      'Proposal:        Rear conservatory',
      'Officer Recommendation: Refuse',
      '',
      'Councillor Cole proposed refusal, seconded by Councillor Dunn.',
      '',
      `${vote}For 5   Against 3   Abstain 0`,
      'Decision: REFUSED for the following reason:',
      '          1. The conservatory would overlook 6 Kiln Close.',
      '',
      'Decision: DEFERRED for the applicant to amend the plans.',
    ].join('\n');

  it("names each decision by its block's application, however many paragraphs stand between", () => {
    for (const text of [blocks('Application No:', 'Vote:     '), blocks('Application Ref:', 'Voting: ')]) {
      expect(findDecisions(text, 'PLANNING APPLICATIONS')).toEqual([
        '25/00312/FUL: APPROVED subject to conditions.',
        '25/00377/HOU: REFUSED for the following reason: 1. The conservatory would overlook 6 Kiln Close.',
        'DEFERRED for the applicant to amend the plans.',
      ]);
    }
  });

  it('ends each vote at the "Decision:" under it', () => {
    for (const text of [blocks('Application No:', 'Vote:     '), blocks('Application Ref:', 'Voting: ')]) {
      expect(findVotesAndMotions(text).votes.map((vote) => vote.text)).toEqual([
        expect.stringMatching(/For 7 Against 1 Abstain 0$/),
        expect.stringMatching(/For 5 Against 3 Abstain 0$/),
      ]);
    }
  });
});

describe('applications whose references carry no letter code ("25/0198")', () => {
  // A town council's list: each application a paragraph, its comment in the clerk's words or as a bare comment.
  const paragraphs = [
    'The Committee considered the following applications:',
    '',
    '25/0311 - 6 Tanyard Close - conservatory to the rear. No objection.',
    '',
    '25/0326 - Land behind the Old School, Church Walk - four dwellings. The',
    'Committee objected; the lane is too narrow for more traffic. Proposed',
    'Councillor Amos, seconded Councillor Bright. Carried.',
  ].join('\n');
  // A parish's numbered list: each application's line, its decision marked on the line under it.
  const numbered = [
    '(1) 24/01877 – Brook Farm, Ashby Road – agricultural barn',
    'RESOLVED: to support the application.',
    '(2) 24/01902 – 3 Nettle Row – loft conversion',
    'RESOLVED: to object as the dormer is out of keeping.',
  ].join('\n');

  it('reads each as its application in an item titled Planning', () => {
    expect(findDecisions(paragraphs, 'PLANNING APPLICATIONS')).toEqual([
      '25/0326: The Committee objected; the lane is too narrow for more traffic.',
      '25/0311 - 6 Tanyard Close - conservatory to the rear. No objection.',
    ]);
    expect(findDecisions(numbered, 'Planning')).toEqual([
      '24/01877: to support the application.',
      '24/01902: to object as the dormer is out of keeping.',
    ]);
  });

  it('reads none as an application in an item that is no planning item', () => {
    expect(findDecisions(numbered, 'Village hall')).toEqual(['to support the application.', 'to object as the dormer is out of keeping.']);
    expect(findDecisions(paragraphs, 'Correspondence')).toEqual(['The Committee objected; the lane is too narrow for more traffic.']);
  });
});
