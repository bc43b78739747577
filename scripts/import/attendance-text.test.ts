import { describe, expect, it } from 'vitest';
import { findApologies, findPresenters, findSubstitutions, looksLikeName, splitNameList, splitPeople } from './attendance-text.ts';
import { readAttendance } from './reader/attendance.ts';

describe('attendance in prose', () => {
  it('tells names from roles', () => {
    expect(looksLikeName('Councillor Ray Gooding')).toBe(true);
    expect(looksLikeName('Mr P M McDonald')).toBe(true);
    expect(looksLikeName('Jenny Boyd')).toBe(true);
    expect(looksLikeName('Head of Locality Commissioning')).toBe(false);
    expect(looksLikeName('The Cabinet Member with Responsibility for Children')).toBe(false);
  });

  it('a post named by the attendance readers\' role words is no name: "Legal Adviser", "Deputy Clerk"', () => {
    expect(looksLikeName('Legal Adviser')).toBe(false);
    expect(looksLikeName('Deputy Clerk')).toBe(false);
    // Two notes in brackets are two roles: before, the name with its first note was no name, so it was dropped or
    // taken for the person before's role.
    expect(splitPeople('Councillor Ada Leach (Leader) (Chair), Councillor Bo Wren')).toEqual([
      'Councillor Ada Leach, Leader, Chair',
      'Councillor Bo Wren',
    ]);
    expect(splitPeople('Councillor Bo Wren, Councillor Ada Leach (Leader) (Chair)')).toEqual([
      'Councillor Bo Wren',
      'Councillor Ada Leach, Leader, Chair',
    ]);
    expect(splitPeople('Ines Marwood, Legal Adviser and Colm Retter, Deputy Clerk')).toEqual([
      'Ines Marwood, Legal Adviser',
      'Colm Retter, Deputy Clerk',
    ]);
  });

  it('reads apologies "recorded for" members, as Northern Irish minutes word them', () => {
    expect(findApologies('Apologies were recorded for Councillor F Quinn and Alderman G Rea.').apologies).toEqual([
      'Councillor F Quinn',
      'Alderman G Rea',
    ]);
  });

  it('reads apologies, with initials and plural titles', () => {
    const apologies = (text: string) => findApologies(text).apologies;
    expect(apologies('Apologies were received from Mr B. Allbut and Mrs R L Dent. Then more.')).toEqual(['Mr B. Allbut', 'Mrs R L Dent']);
    expect(apologies('Apologies for absence were received from Councillors Smith and Jones.')).toEqual([
      'Councillor Smith',
      'Councillor Jones',
    ]);
    expect(apologies('Apologies were received for the absence of Councillor Nia Owen.')).toEqual(['Councillor Nia Owen']);
    expect(apologies('There were no apologies.')).toEqual([]);
    expect(apologies('An apology for absence was received from Councillor Gwen Pryce.')).toEqual(['Councillor Gwen Pryce']);
    expect(apologies('Apologies were reported on behalf of Alderman Ann Ash and Councillors Bell, Cole and Dunn.')).toEqual([
      'Alderman Ann Ash',
      'Councillor Bell',
      'Councillor Cole',
      'Councillor Dunn',
    ]);
    // "from A and from B": one list.
    expect(apologies('Apologies were received from Councillor A Ash and from Councillors B Bell and C Cole.')).toEqual([
      'Councillor A Ash',
      'Councillor B Bell',
      'Councillor C Cole',
    ]);
  });

  it('reads who stood in for a member who sent apologies, one a line', () => {
    const text = [
      'Apologies for absence were received from:',
      '',
      'Councillor Ann Ash, for whom Councillor Ben Bell was substitute;',
      '',
      'Councillor Cal Cole (substituted by Councillor Dee Dunn);',
      '',
      'Councillor Eve Erskine.',
      '',
      'The Chair welcomed everyone.',
    ].join('\n');
    expect(findApologies(text)).toEqual({
      apologies: ['Councillor Ann Ash', 'Councillor Cal Cole', 'Councillor Eve Erskine'],
      substitutes: ['Councillor Ben Bell (for Councillor Ann Ash)', 'Councillor Dee Dunn (for Councillor Cal Cole)'],
    });
  });

  it('reads who stood in from a bracket after each absent member, in one list', () => {
    const text =
      'Apologies for absence were received from Mr Al Ames (Ms Bea Boyd attended as substitute), Dr Cy Crane (Mr Di Dale, Finance Director attended in his absence), Ms Ed Eyre (Cllr Fi Ford deputising) and Councillor Gus Gray.';
    expect(findApologies(text)).toEqual({
      apologies: ['Mr Al Ames', 'Dr Cy Crane', 'Ms Ed Eyre', 'Councillor Gus Gray'],
      substitutes: ['Ms Bea Boyd (for Mr Al Ames)', 'Mr Di Dale, Finance Director (for Dr Cy Crane)', 'Cllr Fi Ford (for Ms Ed Eyre)'],
    });
    // A bracket that names no one standing in stays with its name.
    expect(findApologies('Apologies were received from Mr Al Ames (Healthwatch) and Ms Bea Boyd.').apologies).toEqual([
      'Mr Al Ames, Healthwatch',
      'Ms Bea Boyd',
    ]);
  });

  it('reads people who will attend, each with their role', () => {
    expect(findPresenters('Dr Ann Lee, Director of Public Health and Tom Hart will attend the meeting.')).toEqual([
      'Dr Ann Lee, Director of Public Health',
      'Tom Hart',
    ]);
    expect(findPresenters('The Cabinet Member had been invited to the meeting.')).toEqual([]);
    expect(
      findPresenters(
        "Members received report PAF/29/14. Cllr Ray Gooding, Cabinet Member for Education and Lifelong Learning, and Michael O'Brien, Head of Commissioning, Education and Lifelong Learning, were in attendance.",
      ),
    ).toEqual([
      'Cllr Ray Gooding, Cabinet Member for Education and Lifelong Learning',
      "Michael O'Brien, Head of Commissioning, Education and Lifelong Learning",
    ]);
  });

  it("reads a staff post the attendance lists know as the person's role, never a second person", () => {
    expect(findPresenters('Ada Venn, Chief Accountant and Owen Tarr, Principal Planner will attend the meeting.')).toEqual([
      'Ada Venn, Chief Accountant',
      'Owen Tarr, Principal Planner',
    ]);
    expect(looksLikeName('Systems Administrator')).toBe(false);
  });

  it('splits member lists', () => {
    expect(splitNameList('Councillors Redsell (Chair), Snell and Potter')).toEqual([
      'Councillor Redsell (Chair)',
      'Councillor Snell',
      'Councillor Potter',
    ]);
  });
});

describe('findSubstitutions', () => {
  it("reads who stood in for whom from sentences of their own, without the sentence's full stop", () => {
    const text =
      'Apologies were received from Councillor Ellen Carver. Councillor Raj Dhillon attended as substitute for Councillor Ellen Carver. ' +
      'Cllr Sue Vance substituted for Cllr Mrs T Ward.';
    expect(findSubstitutions(text)).toEqual(['Raj Dhillon (for Ellen Carver)', 'Sue Vance (for Mrs T Ward)']);
  });

  it('leaves a substitute whose sentence does not say for whom to the apologies list that names them', () => {
    expect(findSubstitutions('Councillor Raj Dhillon attended as a substitute.')).toEqual([]);
  });
});

describe('a forum whose members carry no councillor title', () => {
  it('reads a member untitled who stood in, as the subject of the sentence', () => {
    expect(findSubstitutions('Ivor Lumb attended as a substitute for Jana Mott.')).toEqual(['Ivor Lumb (for Jana Mott)']);
    expect(findSubstitutions('The Primary Phase Ivor Lumb attended as a substitute for Jana Mott.')).toEqual([]);
    expect(findSubstitutions('The Chair attended as a substitute for Jana Mott.')).toEqual([]);
  });

  it('reads "the following Substitute Member:" and leaves out what they came as', () => {
    const text =
      'The Forum noted the attendance of the following Substitute Members: Kemal Nye as a Health and Wellbeing Representative and Lotte Orr as an Early Years Representative.';
    expect(findSubstitutions(text)).toEqual(['Kemal Nye', 'Lotte Orr']);
    expect(findSubstitutions('The Board noted the attendance of the following substitute member: Mina Pratt.')).toEqual(['Mina Pratt']);
  });

  it('reads a role in brackets after each name of an apologies sentence as the role, not the name', () => {
    const text =
      'Apologies for absence were received from Ned Pask (Special School Representative) and Ora Quill (Early Years Representative).';
    expect(findApologies(text).apologies).toEqual(['Ned Pask, Special School Representative', 'Ora Quill, Early Years Representative']);
  });
});

describe('findApologies: a stand-in after a name', () => {
  it('reads "with X attending as his substitute" after a name as who stood in', () => {
    expect(findApologies('Apologies were received from Cllr Ann Ash, with Cllr Ben Bell attending as his substitute.')).toEqual({
      apologies: ['Cllr Ann Ash'],
      substitutes: ['Cllr Ben Bell (for Cllr Ann Ash)'],
    });
  });
});

describe('an apologies sentence that says "Apologies from" and no more', () => {
  it('reads the names after it as apologies, named as an apologies list names them (its notes left to the text)', () => {
    const found = readAttendance(['Apologies from Hugh Marlow (primary head teacher) and Dora Venn (academy trust).']);
    expect(found.attendance.apologies).toEqual(['Hugh Marlow', 'Dora Venn']);
    expect(found.lines).toEqual([0]);
    expect(findApologies('Apology from Cllr Rhys Owain.').apologies).toEqual(['Cllr Rhys Owain']);
  });
});
