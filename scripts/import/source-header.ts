/**
 * A raw record may start with a YAML header saying what its text does not:
 *
 *     ---
 *     council: Epping Forest District Council
 *     committee: Overview and Scrutiny Committee
 *     url: https://...
 *     ---
 *
 * The header is ours, the text below it is the council's, unchanged.
 */
import matter from 'gray-matter';
import { z } from 'astro/zod';
import { committeeType } from '../../src/model/schema.ts';
import { ImportError, type SourceMeta } from './records.ts';

export interface SplitSource {
  meta: SourceMeta;
  /** The record's own text, without the header. */
  text: string;
  /** Lines taken by the header, to report line numbers in the original file. */
  headerLines: number;
}

const KNOWN_KEYS = new Set(['council', 'committee', 'committeeType', 'parentCommittee', 'date', 'url']);

function asString(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** The header line that sets `key`, for messages (1 is the opening `---`). */
function lineOf(raw: string, key: string): number {
  const index = raw.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

/** The header's values, each checked against the schema's own rule for it. */
function checkedMeta(data: Record<string, unknown>, raw: string, file: string): SourceMeta {
  const text = (key: string) => asString(data[key]);
  const meta: SourceMeta = {
    council: text('council'),
    committee: text('committee'),
    parentCommittee: text('parentCommittee'),
    date: text('date'),
  };
  const type = text('committeeType');
  if (type !== undefined) {
    const parsed = committeeType.safeParse(type);
    if (!parsed.success) {
      throw new ImportError(
        file,
        lineOf(raw, 'committeeType'),
        `committeeType "${type}" is not a committee type`,
        `Use one of ${committeeType.options.join(', ')}`,
      );
    }
    meta.committeeType = parsed.data;
  }
  const url = text('url');
  if (url !== undefined) {
    if (!z.url().safeParse(url).success) {
      throw new ImportError(
        file,
        lineOf(raw, 'url'),
        `url "${url}" is not a web address`,
        'Give the full address, e.g. https://democracy.example.gov.uk/...',
      );
    }
    meta.url = url;
  }
  return meta;
}

/** Splits the optional header from a raw file's text. */
export function splitSource(raw: string, file: string): SplitSource {
  if (!/^---\r?\n/.test(raw)) return { meta: {}, text: raw, headerLines: 0 };
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(raw);
  } catch (error) {
    throw new ImportError(
      file,
      1,
      `the YAML header does not parse (${(error as Error).message.split('\n')[0]})`,
      'Fix the header between the two `---` lines, or remove it',
    );
  }
  const data = parsed.data as Record<string, unknown>;
  const unknown = Object.keys(data).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) {
    throw new ImportError(file, 1, `the header has unknown field(s) ${unknown.join(', ')}`, `Use only ${[...KNOWN_KEYS].join(', ')}`);
  }
  const meta = checkedMeta(data, raw, file);
  const headerLines = raw.slice(0, raw.length - parsed.content.length).split('\n').length - 1;
  return { meta, text: parsed.content, headerLines };
}
