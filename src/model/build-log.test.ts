import { describe, expect, it } from 'vitest';
import {
  outputLine,
  pagesLine,
  partsLine,
  readOutputLine,
  readPagesLine,
  readPartsLine,
  readRecordTextLine,
  recordTextLine,
} from './build-log.ts';

const indexed = (parts: string) =>
  `12:00:01 [scrutiny-pagefind] Indexed 19791 of the 20116 pages (the others list records) into dist/pagefind (${parts} of at most 80 MB)`;

describe('the build log’s reuse lines', () => {
  it('reads back the record text counts it writes', () => {
    const line = `12:00:00 [scrutiny-markdown-cache] ${recordTextLine({ rendered: 12, reused: 175106 }, 2)}`;
    expect(line).toMatch(/\(rendered in 2 worker threads\)$/);
    expect(readRecordTextLine(line)).toEqual({ rendered: 12, reused: 175106 });
    expect(recordTextLine({ rendered: 1, reused: 0 })).toMatch(/\(rendered on the build's thread\)$/);
    expect(readRecordTextLine('12:00:00 [build] Complete!')).toBeNull();
  });

  it('reads back the page counts it writes', () => {
    const line = `12:00:02 [scrutiny-page-cache] ${pagesLine({ rendered: 41, reused: 19938 }, { rendered: 3, reused: 10250 }, { rendered: 1, reused: 13700 })}`;
    expect(readPagesLine(line)).toEqual({ rendered: 41, reused: 19938 });
    expect(readPagesLine('12:00:00 [build] Complete!')).toBeNull();
  });

  it('reads back what became of the output folder', () => {
    const line = (inPlace: boolean) => `12:00:03 [scrutiny-page-cache] ${outputLine(inPlace, { kept: 20107, deleted: 3 })}`;
    expect(readOutputLine(line(true))).toEqual({ inPlace: true, kept: 20107, deleted: 3 });
    expect(readOutputLine(line(false))).toEqual({ inPlace: false, kept: 0, deleted: 0 });
    expect(readOutputLine('12:00:00 [build] Complete!')).toBeNull();
  });

  it('reads back the parts and reused parts of the index line, one part or many', () => {
    for (const [parts, reused] of [
      [15, 12],
      [15, 0],
      [1, 1],
      [1, 0],
    ] as const)
      expect(readPartsLine(indexed(partsLine(parts, reused))), `${parts}/${reused}`).toEqual({ parts, reused });
    expect(readPartsLine('Wrote 10 feeds')).toBeNull();
  });
});
