/** Issue 12, row 9: 1 MB of each pattern that made rendering super-linear, timed against a normal 1 MB record in the same run. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { recordFilesSync } from '../model/record-file.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { EMPTY_LINK_CONTEXT } from './link-context.ts';
import { renderMarkdown } from './render.ts';
import { htmlToText } from './html-to-text.ts';

const MB = 1_000_000;

/** `unit` repeated to one megabyte, after `prefix`. */
const megabyteOf = (unit: string, prefix = '', suffix = '') => prefix + unit.repeat(Math.ceil((MB - prefix.length) / unit.length)) + suffix;

/** The bundled records' Markdown (agenda text, minutes, bodies), repeated to one megabyte: a normal large record. */
function normalMegabyte(): string {
  const texts: string[] = [];
  for (const collection of ['meetings', 'reports', 'recommendations']) {
    for (const name of recordFilesSync(join('content', collection))) {
      const split = splitFrontmatter(readFileSync(join('content', collection, name), 'utf8'));
      if (split === null) continue;
      texts.push(split.body);
      const data = load(split.yaml) as { items?: { agendaText: string | null; minutes: string | null }[] };
      for (const item of data.items ?? []) texts.push(item.agendaText ?? '', item.minutes ?? '');
    }
  }
  return megabyteOf(`${texts.filter((text) => text.trim() !== '').join('\n\n')}\n\n`).slice(0, MB);
}

function seconds(work: () => unknown): number {
  const start = performance.now();
  work();
  return (performance.now() - start) / 1000;
}

/** Each pattern that took time growing with the square of its length, or overflowed the stack (issue 12, row 9). */
const PATHOLOGICAL: [string, string][] = [
  ['*a*a… (emphasis that never closes)', megabyteOf('*a')],
  ['*a_*a_…', megabyteOf('*a_')],
  ['**a**a…', megabyteOf('**a')],
  ['a*a*…', megabyteOf('a*')],
  ['~~a~~a…', megabyteOf('~~a')],
  ['[a][a]… (references)', megabyteOf('[a]')],
  ['*a**a*…', megabyteOf('*a*')],
  ['emphasis in lines of one paragraph', megabyteOf('x *a* y\n')],
  ['> > > … (quotes in quotes)', megabyteOf('> ', '', 'a')],
  ['- - - … (lists in lists)', megabyteOf('- ', '', 'a')],
  ['<div> then <x<x… (tags that never close)', megabyteOf('<x', '<div>')],
  ['<div> then <x "<x "…', megabyteOf('<x "', '<div>')],
  ['<div> then <!<!…', megabyteOf('<!', '<div>')],
  ['<div> then <script x<script x…', megabyteOf('<script x', '<div>')],
  ['a run of spaces inside a paragraph', megabyteOf(' ', 'a', 'b')],
  ['a run of spaces after emphasis', megabyteOf(' ', '*a', 'b*')],
  ['a run of spaces in a tag-like word', megabyteOf(' ', 'a <x', 'b')],
];

describe('rendering time grows with the size of the text, not faster (issue 12, row 9)', () => {
  let normal = 0;

  beforeAll(() => {
    const text = normalMegabyte();
    renderMarkdown(text, EMPTY_LINK_CONTEXT);
    normal = Math.min(
      seconds(() => renderMarkdown(text, EMPTY_LINK_CONTEXT)),
      seconds(() => renderMarkdown(text, EMPTY_LINK_CONTEXT)),
    );
  }, 120_000);

  it.each(PATHOLOGICAL)('1 MB of %s renders in at most a few times a normal 1 MB record', (_name, text) => {
    let html = '';
    const took = seconds(() => (html = renderMarkdown(text, EMPTY_LINK_CONTEXT)));
    expect(html.length).toBeGreaterThan(0);
    expect(took / normal, `${took.toFixed(2)} s against ${normal.toFixed(2)} s for a normal record`).toBeLessThan(4);
  });

  it('reduces 1 MB of unclosed tags to words in linear time', () => {
    const tags = seconds(() => htmlToText(megabyteOf('<x', '<div>')));
    const quoted = seconds(() => htmlToText(megabyteOf('<x "', '<div>')));
    expect(Math.max(tags, quoted) / normal).toBeLessThan(4);
  });
});
