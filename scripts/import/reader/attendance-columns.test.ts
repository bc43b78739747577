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

describe('readAttendance: a name beside a post or a role, in two columns', () => {
  it('keeps each member with the role printed beside the name, the chair as a post, never the role as a person', () => {
    const found = read(
      [
        'Board Members present:',
        'Mrs Wenna Polglase          Chair',
        'Mr Tobias Kitto             Vice Chair',
        'Captain Ned Rosewarne       Dock Master (ex officio)',
        'Mr Alfie Trebilcock         Shellfish Industry Member',
        'Ms Morwen Hocking           Independent Member',
        '',
        'BM 1  Apologies',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'Mrs Wenna Polglase',
      'Mr Tobias Kitto',
      'Captain Ned Rosewarne, Dock Master (ex officio)',
      'Mr Alfie Trebilcock, Shellfish Industry Member',
      'Ms Morwen Hocking, Independent Member',
    ]);
    expect(found.posts).toEqual([
      { post: 'Chair', name: 'Mrs Wenna Polglase' },
      { post: 'Vice Chair', name: 'Mr Tobias Kitto' },
    ]);
  });

  it('reads the same layout set with tabs, a chairman and a trustee', () => {
    const found = read(
      ['Present:', 'Dr Lena Marsh\tChairman', 'Mr Owen Pike\tParent Trustee', 'Mrs Ada Crane\tStaff Representative', '', '1. Welcome'].join(
        '\n',
      ),
    );
    expect(found.attendance.present).toEqual(['Dr Lena Marsh', 'Mr Owen Pike, Parent Trustee', 'Mrs Ada Crane, Staff Representative']);
    expect(found.posts).toEqual([{ post: 'Chairman', name: 'Dr Lena Marsh' }]);
  });
});

describe('readAttendance: a status word after each name', () => {
  it('files "- apologies" and "- absent" after a name in their lists, "- present" in those present', () => {
    const found = read(
      [
        'Members:',
        'Councillor Ailsa Brodie (Convener) - present',
        'Councillor Rory Gilmour - present',
        'Councillor Fergus Menzies - apologies',
        'Councillor Isla Rennie - absent',
        '',
        '1. Declarations of Interest',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Ailsa Brodie', 'Rory Gilmour']);
    expect(found.attendance.apologies).toEqual(['Fergus Menzies']);
    expect(found.attendance.absent).toEqual(['Isla Rennie']);
    // A Scottish committee's Convener is its chair.
    expect(found.posts).toEqual([{ post: 'Convener', name: 'Ailsa Brodie' }]);
  });

  it('reads the status printed in a column of its own, "present (remote)" as present', () => {
    const found = read(
      [
        'Present:',
        'Cllr Tom Brack            present',
        'Mr Saul Venner (GMB)      present (remote)',
        'Mrs Elsie Prout           apologies',
        '',
        '1. Minutes',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Tom Brack', 'Mr Saul Venner, GMB']);
    expect(found.attendance.apologies).toEqual(['Mrs Elsie Prout']);
  });
});

describe('readAttendance: a group label inside a roster', () => {
  it('reads a plural label over indented members as no person, its members with their status', () => {
    const found = read(
      [
        'Board members:',
        'Employer representatives',
        '  Councillor Nora Keld (Chair)         present',
        '  Mr Ivo Garth (Dunmere College)       present',
        '  Mrs Pam Sowerby (Fellgate Trust)     apologies',
        'Scheme member representatives',
        '  Mr Len Birkett (Unite)               present (remote)',
        '  Ms Dot Raisbeck (pensioner member)   present',
        '',
        '1.  Apologies',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'Nora Keld',
      'Mr Ivo Garth, Dunmere College',
      'Mr Len Birkett, Unite',
      'Ms Dot Raisbeck, pensioner member',
    ]);
    expect(found.attendance.apologies).toEqual(['Mrs Pam Sowerby, Fellgate Trust']);
    expect(found.posts).toEqual([{ post: 'Chair', name: 'Nora Keld' }]);
  });

  it('reads "Elected members" and "Co-opted members" labels the same way', () => {
    const found = read(
      [
        'Present:',
        'Elected members',
        '  Cllr Bea Thwaite        present',
        '  Cllr Jon Askew         absent',
        'Co-opted members',
        '  Mr Kit Lowther         present',
        '',
        '1. Minutes',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Bea Thwaite', 'Mr Kit Lowther']);
    expect(found.attendance.absent).toEqual(['Jon Askew']);
  });
});

describe('readAttendance: a Convener is the chair', () => {
  it('keeps "(Convener)" and "(Depute Convenor)" after a name as the chair\'s posts', () => {
    const found = read(
      ['Present:', 'Councillor Morag Ure (Convener); Councillors Ewan Lusk (Depute Convenor) and Kirsty Bain.', '', '1. Minutes'].join(
        '\n',
      ),
    );
    expect(found.attendance.present).toEqual(['Morag Ure', 'Ewan Lusk', 'Kirsty Bain']);
    expect(found.posts).toEqual([
      { post: 'Convener', name: 'Morag Ure' },
      { post: 'Depute Convenor', name: 'Ewan Lusk' },
    ]);
  });
});
