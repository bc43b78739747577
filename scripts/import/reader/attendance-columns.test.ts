import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';
import { nameBodyRow } from './attendance-columns.ts';

/** Reads a block written as one string, lines split at "\n". */
const read = (text: string) => readAttendance(text.split('\n'));

describe('readAttendance: a list of names and the bodies beside them, in two columns', () => {
  it('keeps each member present with the body printed in the column beside the name (spaces apart)', () => {
    const found = read(
      [
        'Present:',
        'Councillor Pia Vane        Eastmarsh District Council (Chair)',
        'Dr Omar Quell              Eastmarsh Integrated Care Board',
        'Ms Tilly Brook             Eastmarsh Community Voice',
        'Mr Ned Gorse               Public Health Eastmarsh',
        '',
        '1. Declarations of interest',
      ].join('\n'),
    ).attendance;
    expect(found.present).toEqual([
      'Pia Vane, Eastmarsh District Council',
      'Dr Omar Quell, Eastmarsh Integrated Care Board',
      'Ms Tilly Brook, Eastmarsh Community Voice',
      'Mr Ned Gorse, Public Health Eastmarsh',
    ]);
    expect(found.alsoPresent).toEqual([]);
  });

  it('reads the same list with a tab between the columns, and apologies laid out alike', () => {
    const found = read(
      [
        'Members present:',
        'Cllr Rhys Amber\tHollin Borough Council',
        'Mrs Jo Lark\tHollin Carers Association',
        'Apologies:',
        'Mr Abe Venn\tHollin Youth Service',
        'Cllr Una Bright\tHollin Borough Council',
        '',
        '1. Minutes',
      ].join('\n'),
    ).attendance;
    expect(found.present).toEqual(['Rhys Amber, Hollin Borough Council', 'Mrs Jo Lark, Hollin Carers Association']);
    expect(found.apologies).toEqual(['Mr Abe Venn, Hollin Youth Service', 'Una Bright, Hollin Borough Council']);
  });

  it('leaves two columns of names alone: each side a person of their own', () => {
    const found = read(
      ['Present:', 'Cllr Ann Bell        Cllr Dan Crow', 'Cllr Eve Dale        Cllr Gus Finch', '', '1. Minutes'].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Ann Bell', 'Dan Crow', 'Eve Dale', 'Gus Finch']);
  });
});

describe('nameBodyRow', () => {
  it('parts a titled name from an untitled body, the bracket after the body kept with the name', () => {
    expect(nameBodyRow('Councillor Pia Vane    Eastmarsh District Council (Chair)')).toEqual({
      name: 'Councillor Pia Vane (Chair)',
      body: 'Eastmarsh District Council',
    });
    expect(nameBodyRow('Ms Tilly Brook\tEastmarsh Community Voice')).toEqual({ name: 'Ms Tilly Brook', body: 'Eastmarsh Community Voice' });
  });

  it('is null for one column, a second titled name, or a sentence', () => {
    expect(nameBodyRow('Ms Tilly Brook, Eastmarsh Community Voice')).toBeNull();
    expect(nameBodyRow('Cllr Ann Bell        Cllr Dan Crow')).toBeNull();
    expect(nameBodyRow('Mr Ned Gorse    said that the plan was agreed.')).toBeNull();
  });
});
