import { describe, expect, it } from 'vitest';
import { leftoverWarnings } from './leftovers.ts';

describe('what stands above the first item that no reader took', () => {
  it('quotes the first line of prose after those present that nothing read, and counts the rest', () => {
    const lines = [
      'Minutes of the Environment Committee, 8 October 2024',
      'Present: Cllrs Moss (Chairman) and Nye.',
      'The Chairman welcomed everyone and said the meeting was being recorded.',
      'Members stood for a minute of silence in memory of a former councillor.',
    ];
    expect(leftoverWarnings(lines, new Set([1]), [], ['Moss', 'Nye'])).toEqual([
      'text above the first item was not read: "The Chairman welcomed everyone and said the meeting was being recorded." and 1 more line of prose; nothing of it is imported',
    ]);
    // Before any list of those present, a title's sentence is the header's.
    expect(leftoverWarnings(lines.slice(0, 1), new Set(), [], [])).toEqual([]);
  });

  it('reads a sentence saying no interests were declared as the "None." it means, and warns of a sentence that says more', () => {
    const under = (said: string[]) =>
      leftoverWarnings(
        ['Minutes of the Harbours Committee', 'Present: Cllrs Moss and Nye.', 'Declarations of Interest', ...said],
        new Set([1]),
        [],
        ['Moss', 'Nye'],
      );
    expect(under(['No declarations of interest were intimated by members.'])).toEqual([]);
    expect(under(['There were no declarations of pecuniary or other interests', 'made at this meeting.'])).toEqual([]);
    expect(under(['No interests were declared, but Councillor Moss said she lives beside the pier.'])).toHaveLength(1);
  });

  it('quotes prose that stands above the first item with no list of those present, a wrapped sentence from its start', () => {
    const lines = [
      'NORTHWOLD COUNTY COUNCIL',
      'CABINET - DECISION LIST',
      'Date of meeting: Tuesday 10 March 2026',
      '',
      'These decisions take effect on Wednesday 18 March 2026 unless they',
      'are called in before then.',
      'Each decision below shows the officer who will carry it out.',
    ];
    expect(leftoverWarnings(lines, new Set(), [], [])).toEqual([
      'text above the first item was not read: "These decisions take effect on Wednesday 18 March 2026 unless they" and 2 more lines of prose; nothing of it is imported',
    ]);
  });

  it("never quotes the header's own sentences: an opening wrapped over lines, a summons, a DRAFT mark", () => {
    const lines = [
      'To: Councillors Ash, Birch and Cole',
      'Minutes of a meeting of the Harbour Board of Kestrel Bay held on',
      'Thursday 4 December 2025 in the Council Chamber, Quay House.',
      'You are invited to attend a meeting of the Harbour Board on 4 December 2025.',
      'Draft minutes, subject to approval at the next meeting of the Board.',
    ];
    expect(leftoverWarnings(lines, new Set([0]), [], ['Ash', 'Birch', 'Cole'])).toEqual([]);
  });

  it("quotes a councillor in no list, and a labelled line nothing read; never the header's labels, a council or the contact", () => {
    const lines = [
      'Date: 3 June 2024',
      'To: All Members of the Westfell National Park Authority',
      'Applicant: Mr J Gill',
      'Regrets - Councillor Euan Shaw',
      'Also: Councillors Ann Moss and Bo Tate',
      'Councillors Mrs Fenn (Chairman), Grant and H Ibbot',
      'Present: Councillor Ann Moss',
      'Contact: Cllr Jo Reed, 01234 567890',
    ];
    expect(leftoverWarnings(lines, new Set([6, 7]), [7], ['Ann Moss'])).toEqual([
      'a line above the first item was not read: "Applicant: Mr J Gill"; nothing of it is imported',
      'a line above the first item names a councillor who is in no list of the attendance: "Regrets - Councillor Euan Shaw"; add them to the meeting file by hand',
      // A plural title names its first councillor for the check (Ann Moss is listed; Bo Tate is not checked).
      'a line above the first item was not read: "Also: Councillors Ann Moss and Bo Tate"; nothing of it is imported',
      'a line above the first item names a councillor who is in no list of the attendance: "Councillors Mrs Fenn (Chairman), Grant and H Ibbot"; add them to the meeting file by hand',
    ]);
  });

  it("quotes a table no reader took, once with its rows counted; never the header's details table", () => {
    const lines = [
      'Date:\tWednesday 4 March 2026',
      'Venue:\tThe Old School Room',
      'Declarations of interest',
      'Member\tItem\tInterest',
      'Cllr P Wren\t5\tOwns land by the site',
      'Cllr T Lark\t7\tMember of the trust',
    ];
    expect(leftoverWarnings(lines, new Set([2]), [], ['P Wren', 'T Lark'])).toEqual([
      'a table above the first item was not read: "Member | Item | Interest" and 2 more rows; nothing of it is imported: copy it into the meeting file by hand',
    ]);
  });

  it('counts the lines a labelled line nothing read runs on to, so none of them goes unsaid', () => {
    const lines = [
      'Parties present:   Applicant: Fox & Hound (Elmbury) Ltd, represented by',
      '                   Mr Karl Ford (solicitor) and Ms Lena Grey (Designated',
      '                   Premises Supervisor)',
      '                   Responsible authority: PC Mark Hale, Licensing Police',
      '',
      'Minutes of the hearing',
    ];
    expect(leftoverWarnings(lines, new Set(), [], [])).toEqual([
      'a line above the first item was not read: "Parties present: Applicant: Fox & Hound (Elmbury) Ltd, represented by" and the 2 lines under it; nothing of it is imported',
      'a line above the first item was not read: "Responsible authority: PC Mark Hale, Licensing Police"; nothing of it is imported',
    ]);
    // A line the prose warning quotes is told there, not counted twice.
    const question = [
      'Public Questions:',
      'A resident of Elm Road asked when the footpath beside the school would be',
      'resurfaced, and was told that the work was planned for the spring.',
    ];
    expect(leftoverWarnings(question, new Set(), [], [])).toEqual([
      'a line above the first item was not read: "Public Questions:"; nothing of it is imported',
      'text above the first item was not read: "A resident of Elm Road asked when the footpath beside the school would be" and 1 more line of prose; nothing of it is imported',
    ]);
  });

  it('reads a bilingual title by its English half, as the attendance does', () => {
    const lines = ['Cynghorydd Sir / County Councillor Rhys Ifan'];
    expect(leftoverWarnings(lines, new Set([0]), [], ['Rhys Ifan'])).toEqual([]);
  });

  it('says members of the public named are not kept by design, not that they were not read', () => {
    const unread = [
      { heading: 'Public:', first: 'Mr D Olsen, Mrs P Hart', public: true as const },
      { heading: 'Present:', first: 'the usual members' },
    ];
    expect(leftoverWarnings([], new Set(), [], [], unread)).toEqual([
      'members of the public are named under "Public:" ("Mr D Olsen, Mrs P Hart"): they are not kept, as the attendance lists only members, officers and guests',
      'the names under "Present:" were not read (the line after it: "the usual members"), so they are not in the attendance: add them to the meeting file by hand',
    ]);
  });

  it("never says an e-mailed bulletin's Subject line was not read, as the header reads its title; From and Sent are warned of", () => {
    const lines = [
      'From: Members Services <members@pellham.example.gov.uk>',
      'Sent: 4 March 2026 10:05',
      'Subject: RE: Decisions – Executive – 3 March 2026',
    ];
    const warned = leftoverWarnings(lines, new Set(), [], []);
    expect(warned).toHaveLength(1);
    expect(warned.join(' ')).not.toContain('Subject');
    // Without "From:" it is no e-mail's header: a labelled line nothing read.
    expect(leftoverWarnings(lines.slice(2), new Set(), [], [])).toHaveLength(1);
  });

  it("warns of an e-mail's envelope once, naming its lines, as the sender and the time sent are not kept", () => {
    const lines = [
      'From: Committee Office <committees@quenby.example.gov.uk>',
      'Sent: 2 February 2026 09:14',
      'To: Cllr Rosa Dunmore; Press Desk',
      'Cc: Scrutiny Team',
      'Subject: Decisions – Cabinet – 28 January 2026',
      '',
      'QUENBY BOROUGH COUNCIL',
    ];
    expect(leftoverWarnings(lines, new Set(), [], [])).toEqual([
      'the record was e-mailed: its sender and the time it was sent are not kept, as they are the e-mail\'s, not the meeting\'s ("From: Committee Office <committees@quenby.example.gov.uk>", "Sent: 2 February 2026 09:14", "To: Cllr Rosa Dunmore; Press Desk", "Cc: Scrutiny Team")',
    ]);
  });
});

describe("an inquiry's numbered session in the title", () => {
  it('warns of the line that names the document by its session, as no field holds the number', () => {
    const lines = [
      'ORLSTON BOROUGH COUNCIL',
      'Housing Scrutiny Panel',
      'Review of Temporary Accommodation',
      '',
      'Record of Witness Session 4',
      '',
      'Date: Tuesday 3 March 2026',
    ];
    expect(leftoverWarnings(lines, new Set(), [], [])).toEqual([
      'the title names the inquiry\'s session, which no field holds: "Record of Witness Session 4"; nothing of it is imported',
    ]);
    // "Notes of Evidence Session" with no number, or a session's own heading further down, numbers no document.
    expect(leftoverWarnings(['Notes of Evidence Session', 'Session 2 (3.00pm): Landlords'], new Set(), [], [])).toEqual([]);
  });
});

describe('a change of chair above the first item', () => {
  it('is not warned of as prose, as the first item opens with it', () => {
    const lines = ['Present: Cllrs Orr, Pym and Vale', '', 'The Vice-Chair, Councillor Pym, took the Chair.', ''];
    expect(leftoverWarnings(lines, new Set([0]), [], ['Orr', 'Pym', 'Vale'])).toEqual([]);
  });
});

describe('a councillor in no list, in a table read row by row', () => {
  const noList = (line: string) =>
    `a line above the first item names a councillor who is in no list of the attendance: "${line}"; add them to the meeting file by hand`;

  it("reads a row's cells apart at wide gaps and passes over its status or key code, so only an unread name is warned of", () => {
    const lines = [
      'Councillor              Attendance',
      'Cllr G Arkwright (Chair)    P',
      'Cllr H Blenkinsop           Ap',
      'Cllr J Coverdale Apologies',
      'Cllr K Dunstan Ap',
      'Cllr L Everard Present',
      '',
      'Key: P = Present, Ap = Apologies',
    ];
    const read = new Set(lines.map((_line, index) => index));
    // Everyone read but Everard, whose row is still warned of: the status after the name is no surname.
    expect(leftoverWarnings(lines, read, [], ['G Arkwright', 'H Blenkinsop', 'J Coverdale', 'K Dunstan'])).toEqual([
      noList('Cllr L Everard Present'),
    ]);
  });

  it('passes over no code the key does not state, and reads the name in each cell of a row', () => {
    const lines = ['Cllr M Fairclough Xq', 'Cllr N Garside          Cllr P Hebblethwaite'];
    expect(leftoverWarnings(lines, new Set([0, 1]), [], ['M Fairclough', 'N Garside'])).toEqual([
      noList('Cllr M Fairclough Xq'),
      noList('Cllr N Garside Cllr P Hebblethwaite'),
    ]);
  });
});

describe('those present counted, not named', () => {
  it('warns that the electors at a meeting of them are counted, no one named', () => {
    const lines = ['Present: 27 electors of the town and the Town Clerk (Mrs Ola Pratt)'];
    expect(
      leftoverWarnings(lines, new Set([0]), [], ['Pratt'], [{ heading: 'Present', first: '27 electors of the town', counted: true }]),
    ).toEqual([
      'those present are counted, not named ("27 electors of the town"): no list holds them, as the attendance lists each person by name',
    ]);
  });
});
