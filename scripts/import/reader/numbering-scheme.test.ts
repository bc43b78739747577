import { describe, expect, it } from 'vitest';
import { chooseScheme } from './numbering-scheme.ts';

const numbers = (lines: string[]) => chooseScheme(lines).map((candidate) => [candidate.number, candidate.title]);

describe('numbering: a second numbering within some items', () => {
  // Own words: a district council's monthly meeting, its matters arising numbered under the item's own heading.
  const decimals = [
    '1. APOLOGIES',
    '',
    'Apologies were received from Councillor T Quigley.',
    '',
    '2. MINUTES OF LAST MEETING',
    '',
    'AGREED – that the minutes be signed as correct.',
    '',
    '3. MATTERS ARISING',
    '',
    '3.1 Item 4 – Playground Fencing',
    '',
    'Councillor Rafferty asked for an update.  The Director said',
    'the work would start in May.',
    '',
    '3.2 Item 9 – Spring Clean',
    '',
    'Members thanked the volunteers.  This was AGREED.',
    '',
    '4. MINUTES OF COMMITTEES',
    '',
    '4.1 Minutes of the Leisure Committee held on 3 March',
    '',
    'Proposed by Councillor Ward, seconded by Councillor Nolan and',
    'AGREED – that the minutes be adopted.',
    '',
    '4.2 Minutes of the Planning Committee held on 10 March',
    '',
    'Proposed by Councillor Kerr, seconded by Councillor Moore and',
    'AGREED – that the minutes be adopted.',
    '',
    '5. NOTICE OF MOTION – LIBRARY HOURS',
    '',
    'AGREED – that the Council write to the library authority.',
  ];
  it('keeps the "N." headings as the items when "N.M" lines stand under some of them and others hold text alone', () => {
    expect(numbers(decimals).map(([number]) => number)).toEqual(['1', '2', '3', '4', '5']);
  });
  it('keeps the headings over questions "Q1" … that stand under two of them', () => {
    const questions = [
      '1. Introduction',
      '',
      'The Chair welcomed the witnesses to the second session.',
      '',
      '2. Session A – tenants',
      '',
      'Q1 (Cllr Ash): How long do repairs take?',
      'Ms Birch said that most repairs took three weeks, and',
      'urgent ones a day.',
      '',
      'Q2 (Cllr Cole): Are tenants told when?',
      'Mr Dale said that letters were sent to each tenant',
      'a week before.',
      '',
      '3. Session B – officers',
      '',
      'Q3 (Chair): Why has the backlog grown?',
      'The Director said that four surveyors had left',
      'in the summer.',
      '',
      'Q4 (Cllr Ash): When will it fall?',
      'The Director said that it would fall by the',
      'autumn.',
      '',
      '4. Findings',
      '',
      'AGREED: that a draft report be prepared.',
    ];
    expect(numbers(questions).map(([number]) => number)).toEqual(['1', '2', '3', '4']);
  });
  it('keeps the headings over questions "Q1" … under one of them when two headings or more hold text alone', () => {
    const panel = [
      '1. Repairs backlog - questions to the Cabinet Member',
      '',
      'Q1 (Cllr Ash): How many repairs are open?',
      'A: The Cabinet Member said there were 210, of which',
      '80 were older than a month.',
      '',
      'Q2 (Cllr Cole): How long do they take?',
      'A: The Director said that most took three weeks, and',
      'urgent ones a day.',
      '',
      'Q3 (Cllr Dale): Are tenants told?',
      'A: The Cabinet Member said that the letters were being',
      'rewritten with tenants.',
      '',
      'Q4 (Cllr Fry): What is the budget?',
      'A: Two million pounds, up from one million',
      'last year.',
      '',
      "2. Panel's conclusions",
      '',
      'The Panel AGREED to make the following recommendations to Cabinet:',
      '',
      'R1 That the backlog be reported each quarter.',
      'R2 That tenants receive a timetable of works.',
      '',
      '3. Date of next meeting',
      '',
      'Tuesday 16 April 2024 at 7pm.',
    ];
    expect(numbers(panel).map(([number]) => number)).toEqual(['1', '2', '3']);
  });
  it('still takes decimals as the items under headings of sections that hold none alone', () => {
    const sections = ['1 Preliminary Matters', '', '1.1 Apologies', '', 'None were received.', '', '1.2 Minutes', '', 'Agreed.'];
    const more = [...sections, '', '2 Reports', '', '2.1 Street Lighting', '', 'Members noted the report.', '', '2.2 Litter', '', 'Noted.'];
    expect(numbers(more).map(([number]) => number)).toEqual(['1.1', '1.2', '2.1', '2.2']);
  });
});

describe("numbering: a committee's letter and a stop before its minute numbers, paragraphs numbered under each", () => {
  it('keeps "C.41", "C.42" as the items over "41.1 The committee …" sentences numbered within each', () => {
    const minutes = [
      'C.41 LIBRARY OPENING HOURS',
      '',
      'Date of publication: 14 March 2025',
      '',
      '41.1 The committee considered the report on library opening hours.',
      '',
      '41.2 RESOLVED that the new hours be adopted.',
      '',
      'C.42 GRASS CUTTING CONTRACT',
      '',
      '42.1 The committee noted the report.',
    ];
    expect(numbers(minutes).map(([number]) => number)).toEqual(['C.41', 'C.42']);
    const lettered = [
      'H.7 Allotment Rents',
      '',
      '7.1 Members discussed the proposed rise in rents;',
      '7.2 It was agreed that rents rise by two per cent.',
      '',
      'H.8 Bus Shelters',
      '',
      'Contact officer: Jo Penn',
      '',
      '8.1 The repair of the shelter on Mill Lane was noted.',
    ];
    expect(numbers(lettered).map(([number]) => number)).toEqual(['H.7', 'H.8']);
  });
});

describe("numbering: a part's letter before numbers that start again in each part", () => {
  it('reads "A1", "A2", then "B1", "B2" as one sequence of items, never a letter skipped or going back', () => {
    const lines = [
      'A1  Budget',
      'Agreed.',
      '',
      'A2  Capital Strategy',
      'Agreed.',
      '',
      'B1  Declarations',
      'None.',
      '',
      'B2  Parking',
      'Agreed.',
    ];
    expect(numbers(lines).map(([number]) => number)).toEqual(['A1', 'A2', 'B1', 'B2']);
    const skipped = [
      'A1  Budget',
      'Agreed.',
      '',
      'A2  Capital Strategy',
      'Agreed.',
      '',
      'C1  Declarations',
      'None.',
      '',
      'C2  Parking',
      'Agreed.',
    ];
    expect(numbers(skipped).map(([number]) => number)).not.toEqual(['A1', 'A2', 'C1', 'C2']);
  });
});
