import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

describe('readAttendance: "In attendance:" as the only list of a record', () => {
  it('reads the councillors under it as the members present, the officers staying officers, with one warning', () => {
    const found = readAttendance([
      'In attendance:',
      'Cllr Maeve Oduya (Chair)',
      'Cllr Terence Pilling',
      'Councillor Sunita Rao',
      'Gareth Wynn, Head of Legal Services',
      'Olive Dancey, Training Officer',
      '',
      'Apologies: Cllr Noel Fane',
    ]);
    expect(found.attendance.present).toEqual(['Maeve Oduya', 'Terence Pilling', 'Sunita Rao']);
    expect(found.attendance.alsoPresent).toEqual([]);
    expect(found.attendance.officers).toEqual(['Gareth Wynn, Head of Legal Services', 'Olive Dancey, Training Officer']);
    expect(found.unread.map((entry) => entry.said)).toEqual([
      '"In attendance:" is the only list of those who came and no list names the members present: the councillors under it are read as the members present',
    ]);
  });

  it("reads a run of titled councillors after the label, guests and a visiting tier's councillor left as they were", () => {
    const found = readAttendance([
      'IN ATTENDANCE: Councillors Abel Quarry (Chairman), Bryony Stiles and Cai Rudd; County Councillor Dora Vetch; Mrs Flo Garner (Clerk)',
      '',
      '1. Minutes',
    ]);
    expect(found.attendance.present).toEqual(['Abel Quarry', 'Bryony Stiles', 'Cai Rudd']);
    expect(found.attendance.alsoPresent).toEqual(['Dora Vetch']);
    expect(found.unread).toHaveLength(1);
  });

  it('leaves councillors under "In attendance" also present where the record lists the members present', () => {
    const found = readAttendance(['Present: Cllr Ann Tull (Chair), Cllr Bo Vane', 'In attendance: Cllr Cy Wolde', '', '1. Minutes']);
    expect(found.attendance.present).toEqual(['Ann Tull', 'Bo Vane']);
    expect(found.attendance.alsoPresent).toEqual(['Cy Wolde']);
    expect(found.unread).toEqual([]);
  });
});
