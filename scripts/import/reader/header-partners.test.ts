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

describe('readHeader: a joint body set up by two councils named across a wrapped line', () => {
  it('names no single council, whichever council the second line names', () => {
    const header = readHeader([
      'UPPER TAMAR JOINT LOCAL ACCESS FORUM',
      '',
      '(set up under the Countryside and Rights of Way Act 2000 by Kernow Vale',
      'District Council and Tamarside Borough Council)',
      '',
      'MINUTES OF THE MEETING HELD ON TUESDAY 4 MARCH 2025',
    ]);
    expect(header.council).toBeNull();
    expect(header.committee).toBe('Upper Tamar Joint Local Access Forum');
  });

  it('names none when the councils are the other way round and the sentence is worded otherwise', () => {
    const header = readHeader([
      'Brackenshaw and Lynher Countryside Access Forum',
      'A forum appointed jointly by Lynher Borough Council and Brackenshaw',
      'County Council',
      'Minutes of the meeting held on 9 April 2025',
    ]);
    expect(header.council).toBeNull();
  });
});
