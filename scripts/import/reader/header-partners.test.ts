import { describe, expect, it } from 'vitest';
import { readHeader } from './header.ts';

describe("readHeader: a joint committee's partner councils in brackets are no part of its name", () => {
  it('reads the name without the bracket wrapped under it, and keeps the partners to warn of', () => {
    const header = readHeader([
      'TARNSIDE REVENUES JOINT COMMITTEE',
      '(Ashwick District Council, Tarnside Borough Council and Kelby Town',
      'and District Council)',
      '',
      'MINUTES of the meeting held at',
      'Kelby House, 4 Quay Road, Kelby, on Tuesday 8 April 2025 at 10.00am',
    ]);
    expect(header.committee).toBe('Tarnside Revenues Joint Committee');
    expect(header.partners).toBe('Ashwick District Council, Tarnside Borough Council and Kelby Town and District Council');
  });
  it('reads the bracket on the opening line too', () => {
    const header = readHeader([
      'Minutes of the Moorfield Joint Waste Committee (Brenley Borough Council and Oxcombe County Council) held on 4 March 2025',
    ]);
    expect(header).toMatchObject({
      committee: 'Moorfield Joint Waste Committee',
      partners: 'Brenley Borough Council and Oxcombe County Council',
    });
  });
  it('keeps a bracket that names no councils as part of the name', () => {
    const header = readHeader(['Wexley District Council', 'Licensing Committee (Regulatory)', 'Monday 3 March 2025']);
    expect(header).toMatchObject({ committee: 'Licensing Committee (Regulatory)', partners: null });
  });
});
