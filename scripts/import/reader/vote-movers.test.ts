import { describe, expect, it } from 'vitest';
import { findVotes, findVotesAndMotions } from './votes.ts';
import { moversByInitials } from './vote-movers.ts';

const movers = (text: string) => findVotes(text).map((vote) => [vote.motion, vote.movedBy ?? null, vote.secondedBy ?? null]);

describe('who moved and seconded what was put', () => {
  it('never takes a "Motion" or "Amendment" heading line for the mover of "Councillor A, seconded by Councillor B, moved …"', () => {
    const text = [
      'Motion',
      'Councillor Rennie, seconded by Councillor Sutar, moved that the Committee approve the new catchment.',
      'Amendment',
      'Councillor Tosh, seconded by Councillor Urquhart, moved that the Committee take no action.',
      'On a division, 5 voted for the motion and 4 for the amendment, and the motion was carried.',
    ].join('\n');
    expect(movers(text)).toEqual([
      ['amendment', 'Tosh', 'Urquhart'],
      ['motion against the amendment', 'Rennie', 'Sutar'],
    ]);
  });

  it('never runs a mover\'s name on across a paragraph break ("Ward Member - Councillor A" over a blank line, then "Councillor B moved")', () => {
    const text = [
      'Ward Member - Councillor Pemberton',
      '',
      'Councillor Ashdown moved and Councillor Birkett seconded that the application be refused. Upon being put to the vote, the motion was carried (5 for, 3 against).',
    ].join('\n');
    expect(movers(text)).toEqual([['motion', 'Ashdown', 'Birkett']]);
  });

  it('reads a mover named between commas after the post held ("The Leader, Councillor Holm, moved")', () => {
    const text =
      'The Leader, Councillor Holm, moved and the Deputy Leader, Councillor Ivey, seconded the recommendations. The recommendations were CARRIED.';
    expect(movers(text)).toEqual([['recommendations', 'Holm', 'Ivey']]);
  });

  it('reads a mover named in brackets after the post held ("The Leader (Councillor Holm) moved")', () => {
    const text =
      'The Leader (Councillor Holm) moved and the Deputy Leader (Councillor Ivey) seconded the recommendations. The recommendations were CARRIED.';
    expect(movers(text)).toEqual([['recommendations', 'Holm', 'Ivey']]);
    expect(movers(text.replace(' and the Deputy Leader (Councillor Ivey) seconded', ', and Councillor Ivey seconded,'))).toEqual([
      ['recommendations', 'Holm', 'Ivey'],
    ]);
  });

  it('reads a member styled by an honorific as the mover of "Mr A moved that …", and "Mrs B seconded." as its seconder', () => {
    const text = ['Mr Garth moved that the Committee agree the harbour dues.  Mrs Voe', 'seconded.', '', 'The motion was CARRIED.'].join(
      '\n',
    );
    expect(movers(text)).toEqual([['motion', 'Mr Garth', 'Mrs Voe']]);
  });

  it("joins a mover's or seconder's given name at a line's end to the surname opening the next line", () => {
    const motions = (text: string) => findVotesAndMotions(text).motions.map((m) => [m.movedBy, m.secondedBy]);
    const island = [
      'On the motion of Councillor Osla Brims, seconded by Councillor Ragna',
      'Hourston, the Committee resolved that the public be excluded from the meeting.',
    ].join('\n');
    expect(motions(island)).toEqual([['Osla Brims', 'Ragna Hourston']]);
    const parish = ['It was proposed by Cllr Tomas', 'Pennock and seconded by Cllr Ada Quail that the quote be accepted.'].join('\n');
    expect(motions(parish)).toEqual([['Tomas Pennock', 'Ada Quail']]);
    // A name ended by its line before a new sentence keeps to its line.
    const apart = ['It was moved by Councillor Noble', 'When put to the vote, the recommendation was CARRIED.'].join('\n');
    expect(movers(apart)).toEqual([['recommendation', 'Noble', null]]);
  });

  it('reads "moved by … and seconded by …" before the vote, councillor titles off', () => {
    const text =
      'It was moved by Councillor Hale and seconded by Cllr Kerr that the recommendation be agreed. Put to the vote, the recommendation was CARRIED unanimously.';
    expect(movers(text)).toEqual([['recommendation', 'Hale', 'Kerr']]);
  });

  it("gives an amendment its own movers, and the motion's back to it after the amendment's vote", () => {
    const text = [
      'Recommendation 3 was moved by Councillor Hale and seconded by Councillor Kerr.',
      'Councillor Marsh moved an amendment, to phase the scheme in over two years;',
      'the amendment was seconded by Councillor',
      'Noble',
      'When put to the vote the amendment was CARRIED (6 for, 2 against).',
      'The recommendation as amended was then put to the vote and CARRIED unanimously.',
    ].join('\n');
    expect(movers(text)).toEqual([
      ['amendment', 'Marsh', 'Noble'],
      ['recommendation', 'Hale', 'Kerr'],
    ]);
  });

  it('gives each block of "Proposed by" / "Seconded by" lines its own proposal, an amendment block its own movers', () => {
    const text = [
      'Proposed by Councillor Quigley',
      'Seconded by Councillor Rafferty',
      '',
      'Amendment',
      'Proposed by Alderman Sands',
      'Seconded by Councillor Tolan',
      'That the scheme be deferred for a year.',
      '',
      'The Chair put the amendment to the vote; 2 Members voted For, 6 Members voted Against. The Chair declared the amendment lost.',
      '',
      'The Chair put the substantive motion to the vote; 6 Members voted For, 2 Members voted Against. The motion was carried.',
    ].join('\n');
    expect(movers(text)).toEqual([
      ['amendment', 'Sands', 'Tolan'],
      ['substantive motion', 'Quigley', 'Rafferty'],
    ]);
  });

  it('reads a title with a full stop ("Cllr. K Butler") as part of the name, not the end of a sentence', () => {
    const text = 'Proposed by Cllr. K Butler and seconded by Cllr. L Jarvis.\nCARRIED: 4 for 1 abstention.\nTHAT THE QUOTE BE ACCEPTED.';
    expect(findVotes(text)).toMatchObject([{ outcome: 'carried', movedBy: 'K Butler', secondedBy: 'L Jarvis', for: 4, abstentions: 1 }]);
  });

  it('takes a decision said to be unanimous as a vote carried unanimously, with its movers when named', () => {
    expect(findVotes('It was unanimously RESOLVED that the report be noted.')).toMatchObject([
      { motion: null, outcome: 'carried', unanimous: true, for: null },
    ]);
    expect(
      findVotesAndMotions('Proposed by Cllr Ash, seconded by Cllr Elm.\nRESOLVED unanimously that the report be noted.'),
    ).toMatchObject({
      votes: [{ outcome: 'carried', unanimous: true, movedBy: 'Ash', secondedBy: 'Elm' }],
      motions: [],
    });
    expect(findVotes('RESOLVED that the report be noted. Members were unanimous in their thanks to officers.')).toEqual([]);
    expect(findVotes('The Cabinet had unanimously agreed at its meeting on 4 March to consult.')).toEqual([]);
  });

  it("reads a mover or seconder named by a chair's post as the post, never a name said after it", () => {
    expect(movers('Proposed by the Mayor, seconded by Councillor Quint. The motion was CARRIED.')).toEqual([
      ['motion', 'The Mayor', 'Quint'],
    ]);
    expect(movers('Moved by Cllr Rowe and seconded by the Deputy Mayor. The recommendation was CARRIED.')).toEqual([
      ['recommendation', 'Rowe', 'The Deputy Mayor'],
    ]);
    expect(movers('The Chairman then moved the motion, seconded by Cllr Sable. The motion was LOST.')).toEqual([
      ['motion', 'The Chairman', 'Sable'],
    ]);
    // Another body's post, or a word that only opens with a post's, names no post of this meeting.
    expect(movers('Moved by the Chair of the Audit Committee. The motion was CARRIED.')).toEqual([['motion', null, null]]);
    expect(movers("Moved by the Mayor's Cadet. The motion was CARRIED.")).toEqual([['motion', null, null]]);
  });

  it('names no mover who is neither a member nor a post, and never takes the seconder for the mover', () => {
    expect(movers('Proposed by the Council officer, seconded by Cllr Fir. The motion was CARRIED.')).toEqual([['motion', null, 'Fir']]);
    expect(movers('Moved by the Clerk and seconded by Councillor Tamsin Gale. The motion was CARRIED.')).toEqual([
      ['motion', null, 'Tamsin Gale'],
    ]);
    // What was proposed may stand between the word and its mover.
    expect(movers('Proposed as a true record by Cllr Birch, seconded by Cllr Fir. The motion was CARRIED.')).toEqual([
      ['motion', 'Birch', 'Fir'],
    ]);
  });

  it("keeps a member's post in the executive as printed, as a chair's post is kept", () => {
    expect(movers('Proposed by the Leader, seconded by the Deputy Leader. The motion was CARRIED.')).toEqual([
      ['motion', 'The Leader', 'The Deputy Leader'],
    ]);
    expect(
      movers('Moved by the Cabinet Member for Parks and Open Spaces and seconded by Councillor Ash. The recommendation was CARRIED.'),
    ).toEqual([['recommendation', 'The Cabinet Member for Parks and Open Spaces', 'Ash']]);
    expect(movers('The Portfolio Holder for Finance moved the motion, seconded by Cllr Yarrow. The motion was LOST.')).toEqual([
      ['motion', 'The Portfolio Holder for Finance', 'Yarrow'],
    ]);
    // A group's leader is a member's post too (role-words.ts), kept as printed, never the seconder.
    expect(movers('Moved by the Leader of the Green Group, seconded by Cllr Fir. The motion was CARRIED.')).toEqual([
      ['motion', 'The Leader of the Green Group', 'Fir'],
    ]);
    // Who is neither a member nor a post names no mover.
    expect(movers('Moved by the Council officer, seconded by Cllr Fir. The motion was CARRIED.')).toEqual([['motion', null, 'Fir']]);
  });

  it('keeps a post named as mover of a proposal decided with no vote', () => {
    expect(findVotesAndMotions('Moved by the Chair, seconded by Cllr Tarn.\nRESOLVED that the fees be approved.').motions).toMatchObject([
      { movedBy: 'The Chair', secondedBy: 'Tarn' },
    ]);
  });

  it('reads "Councillor Pell then moved an amendment"', () => {
    expect(movers('Councillor Pell then moved an amendment, seconded by Councillor Ash. The amendment was CARRIED.')).toEqual([
      ['amendment', 'Pell', 'Ash'],
    ]);
  });

  it("keeps the movers' own brackets as the motion's text", () => {
    const text = 'RESOLVED\n\nThat Mr T Egerton be elected Chairman.\n\n(Proposed by Mr D Carrow and seconded by Mr N Browne).';
    expect(findVotesAndMotions(text).motions).toEqual([
      { motion: null, movedBy: 'Mr D Carrow', secondedBy: 'Mr N Browne', text: '(Proposed by Mr D Carrow and seconded by Mr N Browne).' },
    ]);
  });

  it("names what was moved from the movers' words, never from the decision after them", () => {
    const recommend =
      'It was moved by Councillor Lyle and seconded by Councillor Penn, and RESOLVED to RECOMMEND to Council that the scheme in the report be adopted.';
    expect(findVotesAndMotions(recommend).motions).toMatchObject([{ motion: 'recommendation', movedBy: 'Lyle', secondedBy: 'Penn' }]);
    const named = 'The report was moved by Councillor Lyle, seconded by Councillor Penn, and AGREED, the amendment to follow.';
    expect(findVotesAndMotions(named).motions).toMatchObject([{ motion: 'report' }]);
    const none = 'Proposed by Councillor Lyle, seconded by Councillor Penn, and RESOLVED that the fees in the report be set.';
    expect(findVotesAndMotions(none).motions).toMatchObject([{ motion: null }]);
    const adopted =
      'On the proposal of Councillor Lyle, seconded by Councillor Penn, it was agreed to adopt the Report of the Audit Panel.';
    expect(findVotesAndMotions(adopted).motions).toMatchObject([{ motion: 'report' }]);
  });

  it('reads movers labelled "Proposed by:" and "Seconded by:" in two columns under what they decided', () => {
    const text =
      'It was RESOLVED that Cllr Parker be elected Chair.\n\nProposed by: Cllr Banner                   Seconded by: Cllr Bright';
    expect(findVotesAndMotions(text).motions).toMatchObject([{ movedBy: 'Banner', secondedBy: 'Bright' }]);
  });

  it('reads the labels of parish minutes and a quoted motion before an amendment', () => {
    expect(movers('Proposed: Cllr Smith; Seconded: Cllr Jones. The proposal was put to the vote and CARRIED.')).toEqual([
      ['proposal', 'Smith', 'Jones'],
    ]);
    const quoted =
      'Moved by Councillor Oak and seconded by Councillor Yew: "The Council resolves to act." An amendment was moved by Councillor Ash. The amendment was put to the vote and LOST. The motion was put to the vote and CARRIED.';
    expect(movers(quoted)).toEqual([
      ['amendment', 'Ash', null],
      ['motion', 'Oak', 'Yew'],
    ]);
  });

  it('spends movers on their vote, and reads none from prose that only proposes', () => {
    const text = [
      'The first recommendation was moved by Councillor Ash and seconded by Councillor Elm.',
      'On being put to the vote the recommendation was CARRIED unanimously.',
      'It was proposed that the task group be chaired by Councillor Fir.',
      'On being put to the vote the second recommendation was LOST (2 for, 5 against).',
    ].join(' ');
    expect(movers(text)).toEqual([
      ['recommendation', 'Ash', 'Elm'],
      ['recommendation', null, null],
    ]);
  });

  it('keeps "An amendment moved by A and seconded by B was put and LOST" as a vote, beside the substantive motion', () => {
    const text = [
      'Moved by Councillor Adeyemi, seconded by Councillor Crane.',
      'An amendment moved by Councillor Lusk and seconded by Councillor Varga was put and LOST.',
      'The substantive motion was put and CARRIED.',
      'RESOLVED: That the Council supports the lido reopening.',
    ].join('\n');
    expect(movers(text)).toEqual([
      ['amendment', 'Lusk', 'Varga'],
      ['substantive motion', 'Adeyemi', 'Crane'],
    ]);
  });

  it('reads "Mrs A proposed … instead" as an amendment with its movers and outcome, beside the substantive motion', () => {
    const text = [
      '4.1 The Clerk proposed a rise of 5% in all berthing fees.',
      '4.2 Mrs Pendry proposed a rise of 2% instead. This was seconded by Mr Ollis and on being put to the vote was',
      'LOST (3 for, 5 against).',
      '4.3 RESOLVED that berthing fees rise by 5% from 1 April.',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([
      { motion: 'amendment', outcome: 'lost', movedBy: 'Mrs Pendry', secondedBy: 'Mr Ollis', for: 3, against: 5 },
    ]);
  });

  it('reads "Mrs A moved, and Mr B seconded, that …" with no councillor title, as a meeting of electors minutes its motions', () => {
    const text =
      'Mrs Jean Tregear moved, and Mr Alan Pascoe seconded, that "the bus shelter be repaired". The motion was CARRIED (20 for, 3 against).';
    expect(movers(text)).toEqual([['motion', 'Mrs Jean Tregear', 'Mr Alan Pascoe']]);
  });

  it('reads "Councillor A moved, and Councillor B seconded, the following Notice of Motion" over a recorded vote by name, initials kept', () => {
    const text = [
      '5.1   Councillor R A Nugent moved, and Councillor Mrs P Keown seconded,',
      '      the following Notice of Motion:',
      '',
      '      "That this Council asks the Department to resurface the Drumbeg road."',
      '',
      '5.2   The Motion was put to a recorded vote:',
      '',
      '      For (6):      Councillors Ardis, Mrs Bell, Nugent, Keown,',
      '                    Orr and Rev Taggart',
      '      Against (3):  Councillors Miss Quigg, Rafferty and Sloan',
      '      Abstained:    None',
      '',
      '5.3   The Presiding Member declared the Motion carried.',
    ].join('\n');
    expect(findVotes(text)).toEqual([
      expect.objectContaining({
        motion: 'motion',
        outcome: 'carried',
        for: 6,
        against: 3,
        abstentions: 0,
        votedFor: ['Ardis', 'Mrs Bell', 'Nugent', 'Keown', 'Orr', 'Rev Taggart'],
        votedAgainst: ['Miss Quigg', 'Rafferty', 'Sloan'],
        movedBy: 'R A Nugent',
        secondedBy: 'Mrs P Keown',
      }),
    ]);
  });

  it('ends a name where the next line starts another sentence', () => {
    expect(
      movers('The amendment was seconded by Councillor Noble\nCouncillor Marsh spoke to it. The amendment was put to the vote and LOST.'),
    ).toEqual([['amendment', null, 'Noble']]);
  });

  it('reads a proposal moved, seconded and carried with no outcome in capitals as a vote, as parish minutes record one', () => {
    const votes = (text: string) =>
      findVotes(text).map((vote) => [vote.outcome, vote.unanimous, vote.movedBy ?? null, vote.secondedBy ?? null]);
    expect(votes('Proposed as a true record by Cllr Smith seconded by Cllr Lyle and unanimously approved.')).toEqual([
      ['carried', true, 'Smith', 'Lyle'],
    ]);
    expect(votes('Proposed by Cllr Ash, seconded by Cllr Elm; all in favour.')).toEqual([['carried', true, 'Ash', 'Elm']]);
    // The outcome in the sentence after the movers', and a misprinted "second by".
    expect(
      votes('The recommendations were moved by Cllr Sharp and second by Cllr Tate. It was unanimously Resolved: to endorse the terms.'),
    ).toEqual([['carried', true, 'Sharp', 'Tate']]);
    // Movers with a decision but no word of how it went, and a carrying out, record no vote.
    expect(votes('The recommendations were moved by Cllr Quill and seconded by Cllr Fir. Resolved: to note the report.')).toEqual([]);
    expect(votes('Proposed by Cllr Ash that the work was carried out well.')).toEqual([]);
  });
});

describe('a motion put with amendments, its outcome said with no word of voting', () => {
  it("reads the substantive motion's outcome as a vote, and a numbered amendment's movers as the amendment's", () => {
    const text = [
      'It was moved by Councillor Ash and seconded by Councillor Elm',
      '“That the Council approves the budget set out in the report.”',
      '(1) An amendment was moved by Councillor Fir and seconded by Councillor Oak',
      '“That £20,000 be set aside for the library.”',
      'A recorded vote was taken on the amendment.',
      'The amendment was declared to be LOST.',
      'The substantive motion was then put and declared to be CARRIED.',
    ].join('\n\n');
    expect(findVotes(text).map((vote) => [vote.motion, vote.outcome, vote.movedBy ?? null, vote.secondedBy ?? null])).toEqual([
      ['amendment', 'lost', 'Fir', 'Oak'],
      ['substantive motion', 'carried', 'Ash', 'Elm'],
    ]);
    // What was put named with a lower-case outcome, and with none: no vote in prose that only mentions one.
    expect(findVotes('The proposal was carried.').map((vote) => vote.outcome)).toEqual(['carried']);
    expect(findVotes('The motion on LOST property will return in May.')).toEqual([]);
  });

  it("gives the substantive motion an amendment became the amendment's movers, never the original motion's", () => {
    const moved = [
      'The following motion was moved by Councillor Ash and seconded by Councillor Elm: “That the Council closes the depot.”',
      'An amendment was moved by Councillor Fir and seconded by Councillor Oak: “That the depot be sold.”',
    ];
    const outcome = 'The amendment was CARRIED and became the substantive motion, which on being put to the vote was CARRIED.';
    expect(movers([...moved, outcome].join('\n\n'))).toEqual([
      ['amendment', 'Fir', 'Oak'],
      ['substantive motion', 'Fir', 'Oak'],
    ]);
    // Movers the record names for the substantive motion once it became one are its own.
    const named =
      'The substantive motion was moved by Councillor Pine and seconded by Councillor Yew. On being put to the vote the substantive motion was CARRIED.';
    expect(movers([...moved, 'The amendment was CARRIED and became the substantive motion.', named].join('\n\n'))).toEqual([
      ['amendment', 'Fir', 'Oak'],
      ['substantive motion', 'Pine', 'Yew'],
    ]);
    // An amendment whose movers the record does not name leaves the substantive motion's unknown.
    const unnamed = [moved[0], 'An amendment to sell the depot was put to the vote.', outcome];
    expect(movers(unnamed.join('\n\n'))).toEqual([
      ['amendment', null, null],
      ['substantive motion', null, null],
    ]);
  });
});

describe('proposals moved and then decided with no vote recorded', () => {
  const motions = (text: string) =>
    findVotesAndMotions(text).motions.map((motion) => [motion.motion, motion.movedBy ?? null, motion.secondedBy ?? null, motion.text]);

  it('keeps who moved and seconded a proposal the minutes then record as decided', () => {
    const joint = [
      'The recommendations were moved by Councillor Ash and seconded by Councillor Elm.',
      '',
      '[Voting arrangements: a simple majority of the members present.]',
      '',
      'Resolved:',
      'That the Joint Committee notes the spending forecast.',
    ].join('\n');
    expect(motions(joint)).toEqual([
      ['recommendations', 'Ash', 'Elm', 'The recommendations were moved by Councillor Ash and seconded by Councillor Elm.'],
    ]);
    expect(motions('Proposed by Cllr Dunn, seconded by Cllr Pike, it was resolved to buy a bench for the green.')).toEqual([
      [null, 'Dunn', 'Pike', 'Proposed by Cllr Dunn, seconded by Cllr Pike, it was resolved to buy a bench for the green.'],
    ]);
    // The decision a sentence or two on, and a numbered paragraph and aside before the movers cut from the text.
    expect(
      motions(
        'Read: the action list (copy circulated). AGREED: On the proposal of Councillor Reed, seconded by Councillor Vane, it was agreed to note the list.',
      ),
    ).toEqual([
      [null, 'Reed', 'Vane', 'AGREED: On the proposal of Councillor Reed, seconded by Councillor Vane, it was agreed to note the list.'],
    ]);
    expect(motions('Councillor Marsh moved that the hall be let. Councillor Noble seconded the proposal. Members agreed.')).toEqual([
      [null, 'Marsh', 'Noble', 'Councillor Marsh moved that the hall be let.'],
    ]);
  });

  it('reads parish minutes\' shorthand: movers in brackets, after the decision, and "Unanimous." a vote', () => {
    expect(motions('The minutes were approved as a true record (proposed Cllr Ash, seconded Cllr Elm) and signed.')).toEqual([
      [null, 'Ash', 'Elm', 'The minutes were approved as a true record (proposed Cllr Ash, seconded Cllr Elm) and signed.'],
    ]);
    expect(
      motions('It was RESOLVED to accept the quote for the hedge (Prop: Cllr Fir, Sec: Cllr Oak).').map((motion) => motion.slice(1, 3)),
    ).toEqual([['Fir', 'Oak']]);
    // The decision, then who moved it; the seconder's sentence is the motion's too.
    expect(motions('RESOLVED: To pay the invoices listed. Proposed: Cllr Ash. Seconded: Cllr Elm.')).toEqual([
      [null, 'Ash', 'Elm', 'Proposed: Cllr Ash. Seconded: Cllr Elm.'],
    ]);
    const unanimous = findVotesAndMotions('RESOLVED: To pay the invoices listed. Proposed: Cllr Ash Seconded: Cllr Elm. Unanimous.');
    expect(unanimous.votes.map((vote) => [vote.outcome, vote.unanimous, vote.movedBy, vote.secondedBy])).toEqual([
      ['carried', true, 'Ash', 'Elm'],
    ]);
    expect(unanimous.motions).toEqual([]);
    // Movers alone after prose that decides nothing are no motion.
    expect(motions('The Clerk read a letter from the school. Proposed: Cllr Ash Seconded: Cllr Elm.')).toEqual([]);
  });

  it('reads "Approved:" over "Seconded:" as the proposer\'s label, as community councils print who approved their minutes', () => {
    expect(motions('Approved: Morag Strachan\nSeconded: Duncan Heriot')).toEqual([
      [null, 'Morag Strachan', 'Duncan Heriot', 'Approved: Morag Strachan Seconded: Duncan Heriot'],
    ]);
    // With no seconder after it, "Approved:" names no proposer.
    expect(findVotesAndMotions('Approved: Morag Strachan').motions).toEqual([]);
  });

  it('reads the movers of bilingual Welsh minutes', () => {
    expect(
      motions('Cynigiwyd gan y Cynghorydd Ash ac eiliwyd gan y Cynghorydd Elm. PENDERFYNWYD cymeradwyo’r cofnodion.').map((motion) =>
        motion.slice(1, 3),
      ),
    ).toEqual([['Ash', 'Elm']]);
  });

  it('reads Welsh movers after the decision they moved, the minutes confirmed ("Cadarnhawyd cofnodion …"), titled "y Cynghorydd" or "y Cyng."', () => {
    const confirmed =
      'Cadarnhawyd cofnodion cyfarfod 3 Mehefin 2024 fel rhai cywir.\nCynigiwyd gan y Cynghorydd Hughes ac eiliwyd gan y Cynghorydd Parri.';
    expect(motions(confirmed).map((motion) => motion.slice(1, 3))).toEqual([['Hughes', 'Parri']]);
    const short = 'PENDERFYNWYD prynu dwy fainc newydd.\nCynigiwyd gan y Cyng. Elis ac eiliwyd gan y Cyng. Jenkins.';
    expect(motions(short).map((motion) => motion.slice(1, 3))).toEqual([['Elis', 'Jenkins']]);
  });

  it('reads bilingual labels, Welsh then English ("Cynigiwyd / Proposed: Cllr A; Eiliwyd / Seconded: Cllr B"), after the decision', () => {
    const text = [
      'PENDERFYNWYD / RESOLVED that the play area grant be accepted.',
      'Cynigiwyd / Proposed: Cllr Gwenno Hughes; Eiliwyd / Seconded: Cllr Dafydd Rees.',
    ].join('\n');
    expect(motions(text).map((motion) => motion.slice(1, 3))).toEqual([['Gwenno Hughes', 'Dafydd Rees']]);
    // The English half first ("Proposed / Cynigiwyd:") is read the same.
    const english =
      'RESOLVED that the play area grant be accepted.\nProposed / Cynigiwyd: Cllr Gwenno Hughes; Seconded / Eiliwyd: Cllr Dafydd Rees.';
    expect(motions(english).map((motion) => motion.slice(1, 3))).toEqual([['Gwenno Hughes', 'Dafydd Rees']]);
    // With no stop between the two labels, the seconder's Welsh word ends the mover's name.
    const unstopped = text.replace('; Eiliwyd', ' Eiliwyd');
    expect(motions(unstopped).map((motion) => motion.slice(1, 3))).toEqual([['Gwenno Hughes', 'Dafydd Rees']]);
  });

  it('keeps one proposal, the English, where bilingual minutes print its movers and decision in Welsh and in English', () => {
    const welsh = 'Cynigiwyd gan y Cynghorydd Nant ac eiliwyd gan y Cynghorydd Rhos. PENDERFYNWYD prynu mainc newydd.';
    const english = 'Proposed by Councillor Nant and seconded by Councillor Rhos. RESOLVED to buy a new bench.';
    const kept = [[null, 'Nant', 'Rhos', 'Proposed by Councillor Nant and seconded by Councillor Rhos.']];
    expect(motions(`${welsh}\n\n${english}`)).toEqual(kept);
    expect(motions(`${english}\n\n${welsh}`)).toEqual(kept);
    // Other movers in English are another proposal: the Welsh one stays.
    expect(motions(`${welsh}\n\n${english.replace('Rhos', 'Pant')}`)).toHaveLength(2);
  });

  it("reads a proposal \"that X be Y\" with nothing said after it as decided, its titles' and initials' stops no sentence's end", () => {
    const proposal = 'It was proposed by Cllr. F. Gwilym and seconded by Cllr. R. Bevan that the hall accounts be accepted.';
    expect(motions(proposal)).toEqual([['hall accounts', 'F. Gwilym', 'R. Bevan', proposal]]);
    // An aside after it says nothing of the proposal; the Welsh twin before it names movers of its own, undecided.
    expect(motions(`${proposal} (Copy on file.)`).map((motion) => motion.slice(1, 3))).toEqual([['F. Gwilym', 'R. Bevan']]);
    const welsh = 'Cynigiwyd gan Cyng. F. Gwilym ac eiliwyd gan Cyng. R. Bevan fod cyfrifon y neuadd yn cael eu derbyn.';
    expect(motions(`${welsh}\n${proposal}`).map((motion) => motion.slice(1, 3))).toEqual([['F. Gwilym', 'R. Bevan']]);
    // Debate after it, or its loss, leaves it undecided.
    expect(motions(`${proposal} Members asked about the boiler.`)).toEqual([]);
    expect(motions(`${proposal} The proposal fell.`)).toEqual([]);
  });

  it('names what a proposal "that the X be approved" put: the minutes, never a body or a person after "of"', () => {
    const minutes =
      'It was proposed by Cllr Dray and seconded by Cllr Quill that the minutes of the meeting held on 4 May be approved as a correct record.';
    expect(motions(minutes)).toEqual([['minutes', 'Dray', 'Quill', minutes]]);
    const signed = 'Proposed by Cllr Dray, seconded by Cllr Quill, that the minutes of the Finance Group be signed. Agreed.';
    expect(motions(signed).map((motion) => motion[0])).toEqual(['minutes']);
    // A person to be approved, or a proposal with no "be approved", names nothing put.
    expect(motions('It was proposed by Cllr Dray and seconded by Cllr Quill that Cllr Ness be approved as Chair.')[0]?.[0]).toBeNull();
  });

  it('keeps the proposal that was decided when an earlier one was overtaken', () => {
    const text =
      'Cllr Holt proposed Cllr Lamb, who declined. Cllr Lamb proposed Cllr Sage, seconded by Cllr Holt. It was resolved that Cllr Sage be Chair for the year.';
    expect(motions(text)).toEqual([[null, 'Lamb', 'Holt', 'Cllr Lamb proposed Cllr Sage, seconded by Cllr Holt.']]);
  });

  it('keeps none when no decision follows, the proposal was withdrawn, or a vote took the movers', () => {
    // What the proposal asks ("be agreed") is not the meeting deciding it.
    expect(
      motions(
        'It was moved by Councillor Hale and seconded by Councillor Kerr that the recommendation be agreed. Members discussed the cost.',
      ),
    ).toEqual([]);
    expect(
      motions(
        'Councillor Marsh moved an amendment, seconded by Councillor Noble. The amendment was withdrawn. RESOLVED that the report be noted.',
      ),
    ).toEqual([]);
    const voted =
      'The recommendation was moved by Councillor Hale and seconded by Councillor Kerr. On being put to the vote the recommendation was CARRIED. RESOLVED that the plan be adopted.';
    expect(motions(voted)).toEqual([]);
    expect(findVotesAndMotions(voted).votes.map((vote) => vote.movedBy)).toEqual(['Hale']);
  });

  it('reads initials as no mover of their own, so a vote never names "JS" for a member', () => {
    // The meeting's reader names them from the record's own definitions (vote-post-holders.ts initialsDefined).
    for (const text of [
      'The bus shelter was agreed. Proposed by KW, seconded by DL. Carried.',
      'The bus shelter was agreed. Proposed: KW Seconded: DL. Carried.',
    ]) {
      const [vote] = findVotes(text);
      expect(vote?.outcome).toBe('carried');
      expect([vote?.movedBy, vote?.secondedBy]).toEqual([undefined, undefined]);
    }
    expect(moversByInitials('Proposed KW, seconded DL. Carried.', new Map([['KW', 'Kit Wray']]))).toEqual({
      movedBy: 'Kit Wray',
      secondedBy: null,
    });
    // A short word in capitals is no initials.
    expect(moversByInitials('PROPOSED TO defer the item.', new Map([['TO', 'Tam Orr']]))).toEqual({ movedBy: null, secondedBy: null });
  });
});
