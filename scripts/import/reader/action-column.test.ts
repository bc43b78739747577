import { describe, expect, it } from 'vitest';
import { actionColumn } from './action-column.ts';
import { sliceItems } from './items.ts';

describe('a table whose items each end in a row of their Status and Action cells', () => {
  const lines = [
    'Item Description/Resolution Status Action',
    '5 Apologies for Absence',
    '',
    'Apologies were received from Councillor P Dunmore.',
    '',
    'Noted',
    '6 Fleet Replacement Report',
    '',
    'RESOLVED: That the replacement of four gritters be approved.',
    '',
    'Agreed  Head of Fleet Services',
  ];

  it('keeps the status as "Status: …" and the owner as the action, never as text a decision reader takes', () => {
    const { items } = sliceItems(lines);
    expect(items.map((item) => item.lines.filter((line) => line.trim() !== ''))).toEqual([
      ['Apologies were received from Councillor P Dunmore.', 'Status: Noted'],
      ['RESOLVED: That the replacement of four gritters be approved.', 'Status: Agreed', 'Action: Head of Fleet Services'],
    ]);
  });

  it('reads the header whether its cells are parted by gaps or by single spaces, and only a header ending Status | Action', () => {
    expect(actionColumn(['Item  Minutes  Status  Action', '1 Apologies', 'Noted']).actions).toEqual([
      { line: 2, owner: '', status: 'Noted' },
    ]);
    expect(actionColumn(['Status of the works', 'Noted']).actions).toEqual([]);
  });

  it('takes no sentence for a status row', () => {
    expect(actionColumn(['Item Minutes Status Action', '1 Apologies', 'Noted that the hall was closed']).actions).toEqual([]);
  });
});
