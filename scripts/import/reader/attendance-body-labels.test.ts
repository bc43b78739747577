import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';
import { bodyMembersLabel } from './attendance-body-labels.ts';

describe('bodyMembersLabel: a label naming the body a joint board’s members come from', () => {
  it('reads the body and the note in brackets, in several wordings', () => {
    expect(bodyMembersLabel('Borough Council Members of the Board:')).toEqual({ body: 'Borough Council', rest: '' });
    expect(bodyMembersLabel('DISTRICT COUNCIL MEMBERS OF THE JOINT COMMITTEE:')).toEqual({ body: 'DISTRICT COUNCIL', rest: '' });
    expect(bodyMembersLabel('Harlow Fen County Council Members of the Panel: Cllr A Moss')).toEqual({
      body: 'Harlow Fen County Council',
      rest: 'Cllr A Moss',
    });
    expect(bodyMembersLabel('Parish and Town Council Representatives (non-voting):')).toEqual({
      body: 'Parish and Town Council Representative (non-voting)',
      rest: '',
    });
    expect(bodyMembersLabel('Partner Authority Representative:')).toEqual({ body: 'Partner Authority Representative', rest: '' });
  });

  it('reads no label of a kind with no body’s word, and no sentence', () => {
    expect(bodyMembersLabel('Tenant Representatives:')).toBeNull();
    expect(bodyMembersLabel('Members of the Board:')).toBeNull();
    expect(bodyMembersLabel('The Council Members of the Board agreed:')).toBeNull();
    expect(bodyMembersLabel('Borough Council Members of the Board')).toBeNull();
  });
});

describe('readAttendance: a joint board’s members under the labels of the councils they come from', () => {
  it('files every member present, each kept with the group’s body, the non-voting note kept', () => {
    const found = readAttendance([
      'City Council Members of the Board:',
      'Cllr Mrs R Quenby (Chairman), Cllrs D Amadi, L Fitch and Mrs S Orr.',
      '',
      'County Council Members of the Board:',
      'Mr P Vance (Vice-Chairman), Mrs J Kettle and Mr N Oduya.',
      '',
      'Parish and Town Council Representatives (non-voting):',
      'Cllr T Wragg (Hollins Town Council).',
      '',
      'Also present: Mr H Lusk (Area Highway Manager, Wealdshire Highways).',
      '',
      'Apologies: Cllr B Yeats (City) and Mr E Crane (County).',
      '',
      'JTB 1  Declarations of Interest',
    ]);
    expect(found.attendance.present).toEqual([
      'Mrs R Quenby, City Council',
      'D Amadi, City Council',
      'L Fitch, City Council',
      'Mrs S Orr, City Council',
      'Mr P Vance, County Council',
      'Mrs J Kettle, County Council',
      'Mr N Oduya, County Council',
      'T Wragg, Hollins Town Council, Parish and Town Council Representative (non-voting)',
    ]);
    expect(found.attendance.officers).toEqual(['Mr H Lusk, Area Highway Manager, Wealdshire Highways']);
    expect(found.unread).toEqual([]);
  });

  it('reads the labels in other words, names on the label’s line, under a heading of those present or the apologies', () => {
    const found = readAttendance([
      'Present:',
      'Marlow Vale District Council Members of the Committee: Councillors G Hythe and K Penn',
      'Ashdown County Council Members of the Committee: County Councillor F Lowe',
      '',
      'Apologies:',
      'Ashdown County Council Members of the Committee: County Councillor M Dray',
      '',
      '1. Minutes',
    ]);
    expect(found.attendance.present).toEqual([
      'G Hythe, Marlow Vale District Council',
      'K Penn, Marlow Vale District Council',
      'F Lowe, Ashdown County Council',
    ]);
    expect(found.attendance.apologies).toEqual(['M Dray, Ashdown County Council']);
    expect(found.attendance.alsoPresent).toEqual([]);
  });
});
