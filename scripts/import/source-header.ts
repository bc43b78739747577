/**
 * A raw record may start with a YAML header saying what its text does not:
 *
 *     ---
 *     council: Epping Forest District Council
 *     committee: Overview and Scrutiny Committee
 *     url: https://...
 *     ---
 *
 * The header is ours, the text below it is the council's, unchanged. The header is read with
 * the YAML 1.2 core schema, so `date: 2015-02-29` stays the text the person wrote (no Date that
 * rolls over to 1 March), and every value is checked strictly: a value that is not text, a
 * date that is not a real calendar day, a type or address the schema rejects, is an ImportError
 * naming the header line and the fix, never a coercion or a silent drop.
 */
import { z } from 'astro/zod';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { checkIsoDate } from '../../src/model/dates.ts';
import { committeeType } from '../../src/model/schema.ts';
import { ImportError, type SourceMeta } from './records.ts';

export interface SplitSource {
  meta: SourceMeta;
  /** The record's own text, without the header. */
  text: string;
  /** Lines taken by the header, to report line numbers in the original file. */
  headerLines: number;
}

const KNOWN_KEYS = ['council', 'committee', 'committeeType', 'parentCommittee', 'date', 'url'] as const;
type HeaderKey = (typeof KNOWN_KEYS)[number];

const isKnownKey = (key: string): key is HeaderKey => (KNOWN_KEYS as readonly string[]).includes(key);

/** A header value that has passed its check, with the file line it stands on. */
interface HeaderValue {
  value: string;
  line: number;
}

/** Checks one value by its key's rule; returns what goes into SourceMeta. */
function checkValue(key: HeaderKey, { value, line }: HeaderValue, file: string): Partial<SourceMeta> {
  if (key === 'date') {
    if (checkIsoDate(value) === null) {
      throw new ImportError(
        file,
        line,
        `date "${value}" is not a calendar date written YYYY-MM-DD (a day that exists, no time)`,
        'Give the day of the meeting, e.g. date: 2017-07-11',
      );
    }
    return { date: value };
  }
  if (key === 'committeeType') {
    const parsed = committeeType.safeParse(value);
    if (!parsed.success) {
      throw new ImportError(
        file,
        line,
        `committeeType "${value}" is not a committee type`,
        `Use one of ${committeeType.options.join(', ')}`,
      );
    }
    return { committeeType: parsed.data };
  }
  if (key === 'url') {
    if (!z.url().safeParse(value).success) {
      throw new ImportError(
        file,
        line,
        `url "${value}" is not a web address`,
        'Give the full address, e.g. https://democracy.example.gov.uk/...',
      );
    }
    return { url: value };
  }
  return { [key]: value };
}

/** The file line (1-based) where a node starts; the YAML text starts on the file's line 2. */
function lineOfNode(node: Node | null | undefined, lines: LineCounter, fallback: number): number {
  const offset = node?.range?.[0];
  return offset === undefined ? fallback : lines.linePos(offset).line + 1;
}

/** Reads the header's YAML (between the `---` lines) into checked metadata. */
function readHeader(yaml: string, file: string): SourceMeta {
  const lines = new LineCounter();
  const document = parseDocument(yaml, { schema: 'core', lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line;
    throw new ImportError(
      file,
      line + 1,
      `the YAML header does not parse (${error.message.split('\n')[0] ?? 'error'})`,
      'Fix the header between the two `---` lines, or remove it',
    );
  }
  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return {};
  if (!isMap(root)) {
    throw new ImportError(
      file,
      lineOfNode(root, lines, 2),
      'the YAML header is not a list of `field: value` lines',
      'Write one `field: value` per line',
    );
  }
  let meta: SourceMeta = {};
  for (const pair of root.items) {
    const keyNode = isScalar(pair.key) ? pair.key : null;
    const line = lineOfNode(keyNode, lines, 2);
    const key = keyNode === null ? null : keyNode.value;
    if (typeof key !== 'string' || !isKnownKey(key)) {
      throw new ImportError(file, line, `the header has an unknown field ${String(key)}`, `Use only ${KNOWN_KEYS.join(', ')}`);
    }
    const value = isScalar(pair.value) ? pair.value.value : pair.value;
    if (typeof value !== 'string' || value.trim() === '') {
      const shown =
        value === null || value === undefined
          ? 'no value'
          : typeof value === 'object'
            ? 'a list or a set of fields'
            : `${typeof value} ${String(value)}`;
      throw new ImportError(
        file,
        line,
        `header field ${key} must be one line of text, not ${shown}`,
        `Write it as ${key}: <text> (quote it if it looks like a number), or remove the line`,
      );
    }
    meta = { ...meta, ...checkValue(key, { value: value.trim(), line }, file) };
  }
  return meta;
}

/**
 * Splits the optional header from a raw file's text (line ends already LF, see normaliseLineEnds).
 * A first line `---` opens a header, which must be closed by another `---` line.
 */
export function splitSource(raw: string, file: string): SplitSource {
  const header = fencedHeader(raw);
  if (header === null) return { meta: {}, text: raw, headerLines: 0 };
  if (header === 'unclosed') {
    throw new ImportError(
      file,
      1,
      'the YAML header opened by `---` is never closed',
      'End the header with a line `---`, or remove the first line',
    );
  }
  return { meta: readHeader(header.yaml, file), text: header.text, headerLines: header.lines };
}

/** A YAML block fenced by `---` lines at a text's top: its YAML, the text after it, and the lines it takes. */
export interface FencedHeader {
  yaml: string;
  text: string;
  lines: number;
}

/**
 * The YAML block a text opens with, between a first line `---` and the next `---` (or `...`) line: our header in a
 * raw record, a web site's front matter in a Markdown page (formats/markdown-text.ts). Null when the first line is no
 * `---`; `unclosed` when no line closes it.
 */
export function fencedHeader(raw: string): FencedHeader | 'unclosed' | null {
  if (!/^---[ \t]*(\n|$)/.test(raw)) return null;
  const lines = raw.split('\n');
  const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)[ \t]*$/.test(line));
  if (close === -1) return 'unclosed';
  return { yaml: lines.slice(1, close).join('\n'), text: lines.slice(close + 1).join('\n'), lines: close + 1 };
}
