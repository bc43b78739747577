import { describe, expect, it } from 'vitest';
import { blankRunningHeaders } from './running-headers.ts';

describe('blankRunningHeaders', () => {
  const header = 'Overview and Scrutiny Panel – 7 June 2016';
  const lines = [header, 'agenda', header, 'text', header, 'more', header, 'Committee: Overview and Scrutiny Panel'];

  it('blanks a line repeated on every page that names the committee, below the front sheet', () => {
    expect(blankRunningHeaders(lines, 1, [null, 'Overview and Scrutiny Panel'])).toEqual([
      header,
      'agenda',
      '',
      'text',
      '',
      'more',
      '',
      'Committee: Overview and Scrutiny Panel',
    ]);
  });

  it('keeps lines repeated too rarely, or that do not name the council or committee', () => {
    expect(blankRunningHeaders(lines, 3, [null, 'Overview and Scrutiny Panel'])).toEqual(lines);
    expect(blankRunningHeaders(lines, 0, ['Essex County Council', null])).toEqual(lines);
  });
});
