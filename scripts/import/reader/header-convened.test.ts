import { describe, expect, it } from 'vitest';
import { readHeader } from './header.ts';

describe('readHeader: how a meeting was called is no part of the body that met', () => {
  it('reads "… of X Parish Council convened" over "by requisition of …" as the council\'s own meeting', () => {
    const header = readHeader([
      'HOLLOWFORD PARISH COUNCIL',
      'EXTRAORDINARY MEETING',
      'Minutes of an Extraordinary Meeting of Hollowford Parish Council convened',
      'by requisition of four members under the Local Government Act 1972.',
      'Date: Tuesday 6 May 2025',
    ]);
    expect(header).toMatchObject({ council: 'Hollowford Parish Council', committee: 'Council', date: '2025-05-06' });
  });
  it('reads "… Committee called at the request of …" and "… requisitioned by …" as that committee', () => {
    const called = readHeader([
      'Marrowby Town Council',
      'Minutes of a Special Meeting of the Allotments Committee called at the request of the Mayor on Monday 3 March 2025',
    ]);
    expect(called).toMatchObject({ committee: 'Allotments Committee', date: '2025-03-03' });
    const requisitioned = readHeader([
      'Minutes of the Extraordinary Meeting of Pennock Town Council requisitioned by six members, Thursday 9 January 2025',
    ]);
    expect(requisitioned).toMatchObject({ council: 'Pennock Town Council', committee: 'Council' });
  });
});

describe('readHeader: a "Held at:" label gives the venue', () => {
  it('reads the venue from "Held at:" among the Date and Time labels', () => {
    const header = readHeader([
      'Hollowford Parish Council',
      'Minutes of an Extraordinary Meeting of Hollowford Parish Council',
      'Held at: Hollowford Reading Room',
      'Date:    Tuesday 6 May 2025',
      'Time:    7.00 pm',
    ]);
    expect(header).toMatchObject({ venue: 'Hollowford Reading Room', date: '2025-05-06', startTime: '19:00' });
  });
  it('reads "Meeting held in:" as a venue too', () => {
    const header = readHeader([
      'Quenby Town Council',
      'Planning Committee',
      'Meeting held in: The Old School, Mill Lane',
      'Date: 2 June 2025',
    ]);
    expect(header).toMatchObject({ committee: 'Planning Committee', venue: 'The Old School, Mill Lane' });
  });
});
