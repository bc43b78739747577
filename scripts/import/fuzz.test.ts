/**
 * Fuzz suite for the importer (issue 12): the seeds in content/sources and every fixture input,
 * mutated by a seeded generator (lines deleted, duplicated, shuffled; cut short; random bytes;
 * CRLF, CR, BOM, NUL; huge and invalid character references), through parseSource in-process.
 * Every case either returns records that all pass the schema with safe file names and a plan that
 * passes the checks of a real run (planWrites and checkPlan, into a folder that does not exist, so
 * nothing is written), or throws an ImportError; anything else (TypeError, RangeError, a record the
 * schema or the plan check rejects) fails, naming the case so it can be replayed with FUZZ_SEED and
 * FUZZ_ONLY. FUZZ_CASES sets the count.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collections } from '../../src/model/schema.ts';
import { parseSource } from './import-sources.ts';
import { ImportError } from './records.ts';
import { recordPath } from './writer.ts';
import { checkPlan } from './plan-check.ts';
import { planWrites } from './store.ts';
import { createRng } from '../bench/prng.ts';

const CASES = Number(process.env['FUZZ_CASES'] ?? 10_000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 12);
/** Run one case only (its number in a failure message), to replay it. */
const ONLY = process.env['FUZZ_ONLY'] === undefined ? null : Number(process.env['FUZZ_ONLY']);
const CHUNKS = 10;

const inputs = [...globSync('content/sources/*.txt'), ...globSync('scripts/import/**/fixtures/*/input.txt')]
  .sort()
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }));

/** The benchmark's seeded generator (mulberry32), so a failing case can be run again. */
const random = (seed: number): (() => number) => createRng(seed).next;

type Next = () => number;
const pick = <T>(next: Next, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
const int = (next: Next, max: number) => Math.floor(next() * max);

const CHARACTER_REFERENCES = [
  '&#99999999;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&amp;',
  '&#;',
  '&#x;',
  '&nbsp;',
  '&#65;&#769;',
  '&#128512;',
];
const ODD_TEXT = [
  '\u0000',
  '\uFEFF',
  '\r',
  '\u2028',
  '\uFFFD',
  '\u202E',
  '\u00A0',
  '---',
  '...',
  'Minutes:',
  'RESOLVED:',
  '44.',
  '\t',
  '日本語',
];

/** One mutation of a text; each says what it did, for the failure message. */
const MUTATIONS: ((text: string, next: Next) => [string, string])[] = [
  (text, next) => {
    const lines = text.split('\n');
    const at = int(next, lines.length);
    const count = 1 + int(next, 20);
    lines.splice(at, count);
    return [lines.join('\n'), `delete ${count} lines at ${at}`];
  },
  (text, next) => {
    const lines = text.split('\n');
    const at = int(next, lines.length);
    const count = 1 + int(next, 20);
    lines.splice(at, 0, ...lines.slice(at, at + count));
    return [lines.join('\n'), `duplicate ${count} lines at ${at}`];
  },
  (text, next) => {
    const lines = text.split('\n');
    const at = int(next, lines.length);
    const part = lines.slice(at, at + 2 + int(next, 30));
    for (let index = part.length - 1; index > 0; index -= 1) {
      const other = int(next, index + 1);
      [part[index], part[other]] = [part[other] ?? '', part[index] ?? ''];
    }
    lines.splice(at, part.length, ...part);
    return [lines.join('\n'), `shuffle ${part.length} lines at ${at}`];
  },
  (text, next) => {
    const at = int(next, text.length);
    return [text.slice(0, at), `cut at ${at}`];
  },
  (text, next) => {
    const at = int(next, text.length);
    const bytes = Array.from({ length: 1 + int(next, 16) }, () => String.fromCharCode(int(next, 0x3000)));
    return [text.slice(0, at) + bytes.join('') + text.slice(at), `random characters at ${at}`];
  },
  (text) => [text.replace(/\n/g, '\r\n'), 'CRLF'],
  (text) => [text.replace(/\n/g, '\r'), 'CR'],
  (text) => [`\uFEFF${text}`, 'BOM'],
  (text, next) => {
    const at = int(next, text.length);
    return [`${text.slice(0, at)}\u0000${text.slice(at)}`, `NUL at ${at}`];
  },
  (text, next) => {
    const at = int(next, text.length);
    const reference = pick(next, CHARACTER_REFERENCES).repeat(1 + int(next, 200));
    return [text.slice(0, at) + reference + text.slice(at), `character references at ${at}`];
  },
  (text, next) => {
    const lines = text.split('\n');
    const at = int(next, lines.length);
    const odd = pick(next, ODD_TEXT);
    lines.splice(at, 0, odd);
    return [lines.join('\n'), `line ${JSON.stringify(odd)} at ${at}`];
  },
  (text, next) => {
    const lines = text.split('\n');
    const at = int(next, lines.length);
    lines[at] = (lines[at] ?? '').repeat(2 + int(next, 50));
    return [lines.join('\n'), `line ${at} repeated`];
  },
];

/** Case n: an input and 1-3 mutations, all from the seed and n alone. */
function makeCase(n: number): { text: string; file: string; steps: string[] } {
  const next = random(SEED * 1_000_003 + n);
  // The two 190 KB packs take ten times as long as the rest: give them a smaller share.
  const big = inputs.filter((input) => input.text.length > 100_000);
  const small = inputs.filter((input) => input.text.length <= 100_000);
  const input = next() < 0.1 ? pick(next, big) : pick(next, small);
  let text = input.text;
  const steps: string[] = [];
  for (let count = 1 + int(next, 3); count > 0; count -= 1) {
    const [mutated, step] = pick(next, MUTATIONS)(text, next);
    text = mutated;
    steps.push(step);
  }
  return { text, file: input.file, steps };
}

/** What is wrong with case n's outcome; null when it is fine. */
function problemOf(n: number): string | null {
  const { text, file, steps } = makeCase(n);
  const name = `case ${n} (${file}: ${steps.join(', ')})`;
  try {
    const records = parseSource(text, file, {});
    try {
      checkPlan(records, planWrites(records, '/nonexistent-fuzz-root', false), '/nonexistent-fuzz-root');
    } catch (error) {
      return `${name}: plan: ${(error as Error).message}`;
    }
    for (const record of records) {
      const parsed = collections[record.collection].safeParse(record.data);
      if (!parsed.success) return `${name}: ${record.collection}/${record.id} fails the schema: ${parsed.error.issues[0]?.message}`;
      const path = recordPath(record);
      if (path.split('/').some((part) => part === '' || part.startsWith('.'))) return `${name}: unsafe file name ${path}`;
    }
    return null;
  } catch (error) {
    if (error instanceof ImportError) return null;
    return `${name}: ${error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error)}`;
  }
}

describe(`fuzz: ${CASES} mutated inputs (seed ${SEED})`, () => {
  it('has inputs', () => expect(inputs.length).toBeGreaterThanOrEqual(12));
  const size = Math.ceil(CASES / CHUNKS);
  for (let chunk = 0; chunk < CHUNKS; chunk += 1) {
    const from = chunk * size;
    const to = Math.min(CASES, from + size);
    if (from >= to) continue;
    it(`cases ${from} to ${to - 1}: records that pass the schema, or an ImportError`, () => {
      const problems: string[] = [];
      for (let n = from; n < to; n += 1) {
        if (ONLY !== null && n !== ONLY) continue;
        const problem = problemOf(n);
        if (problem !== null) problems.push(problem);
      }
      expect(problems.slice(0, 10)).toEqual([]);
    });
  }
});
