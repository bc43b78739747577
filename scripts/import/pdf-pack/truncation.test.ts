/** A pack cut short (issue 12 row 3): read as far as it goes, marked truncated, with a warning saying what is missing. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../import-sources.ts';
import { ImportError, recordsIn } from '../records.ts';

const SEED_001 = readFileSync('content/sources/001_281d21af7a6e953c.txt');
const cutAt = (bytes: number) => SEED_001.subarray(0, bytes).toString('utf8');
const MEETING = 'essex-county-council/people-and-families-scrutiny-committee/2015-01-15';

describe('a cut-short agenda pack', () => {
  it('seed 001 cut at 185,473 bytes imports as far as it goes, marked and warned', () => {
    const records = parseSource(cutAt(185_473), 'cut.txt', {});
    const meeting = recordsIn(records, 'meetings').find((record) => record.id === MEETING);
    expect(meeting?.data.truncated).toBe(true);
    expect(meeting?.data.warnings).toContainEqual(
      expect.stringMatching(/cut short: item 9 \(Committee Meeting Dates 2015-16, pages 93-94\) missing; it stops in item 8/),
    );
    const items = meeting?.data.items ?? [];
    expect(items.filter((item) => item.truncated).map((item) => item.number)).toEqual(['8', '9']);
    const tracker = recordsIn(records, 'reports').find((record) => record.id.endsWith('paf-03-15'));
    expect(tracker?.data.warnings).toContainEqual(expect.stringMatching(/cut short in this record/));
    const rows = recordsIn(records, 'recommendations');
    expect(rows.at(-1)?.data.warnings).toContainEqual(expect.stringMatching(/cut short in this record/));
  });

  it('the whole pack is not marked', () => {
    const records = parseSource(SEED_001.toString('utf8'), 'whole.txt', {});
    expect(records).toHaveLength(49);
    const meeting = recordsIn(records, 'meetings').find((record) => record.id === MEETING);
    expect(meeting?.data.truncated).toBeUndefined();
    expect(JSON.stringify(records)).not.toMatch(/cut short/);
  });

  it('every cut after the agenda gives marked records or an ImportError, never a silent loss', () => {
    const whole = parseSource(SEED_001.toString('utf8'), 'whole.txt', {}).length;
    for (let bytes = 20_000; bytes < SEED_001.length - 2_000; bytes += 9_973) {
      try {
        const records = parseSource(cutAt(bytes), 'cut.txt', {});
        const meeting = recordsIn(records, 'meetings').find((record) => record.id === MEETING);
        if (records.length < whole) expect(meeting?.data.truncated, `cut at ${bytes}`).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
      }
    }
  });
});
