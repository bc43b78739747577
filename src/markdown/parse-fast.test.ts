import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { EMPTY_LINK_CONTEXT, setLinkContext } from './link-context.ts';
import { isPlainParagraph, parseRecordMarkdown, simpleList } from './parse-fast.ts';
import { markdownProcessor, renderMarkdown } from './render.ts';

/** The renderer without the fast path: micromark parses everything. */
function renderFully(markdown: string): string {
  const file = new VFile({ value: markdown });
  setLinkContext(file, EMPTY_LINK_CONTEXT);
  return markdownProcessor.stringify(markdownProcessor.runSync(markdownProcessor.parse(file), file), file);
}

/** Every block of Markdown the bundled records hold: agenda text, minutes, resolutions, bodies. */
function recordTexts(): string[] {
  const texts: string[] = [];
  for (const collection of ['meetings', 'reports', 'recommendations']) {
    const dir = join('content', collection);
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.md'))) {
      const { data, content } = matter(readFileSync(join(dir, name), 'utf8'));
      texts.push(content);
      for (const item of (data['items'] as { agendaText: string | null; minutes: string | null; resolutions: string[] }[] | undefined) ??
        []) {
        texts.push(item.agendaText ?? '', item.minutes ?? '', ...item.resolutions);
      }
    }
  }
  return texts.filter((text) => text.trim() !== '');
}

describe('the fast path for plain paragraphs', () => {
  it('tells plain prose from anything that may be Markdown', () => {
    expect(isPlainParagraph('The Chair thanked officers. The report was noted.')).toBe(true);
    expect(isPlainParagraph('Line one\nline two')).toBe(true);
    expect(isPlainParagraph('Health & Wellbeing Board, Fish &\nchips &, the T&F Group, R&D')).toBe(true);
    for (const syntax of [
      '- a list',
      '2016. The year',
      'a *word*',
      'see www.example.org',
      'a@b.org',
      'x &amp; y',
      'x &#169; y',
      'AT&T;',
      'x &#x41; y',
      'a  \nb',
      '  indented',
      'Title\n===',
      'a | b',
      '<b>x</b>',
      'a\\*',
    ]) {
      expect(isPlainParagraph(syntax), syntax).toBe(false);
    }
  });

  it('gives the same HTML as the full parser on every text the bundled records hold', () => {
    const texts = recordTexts();
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) expect(renderMarkdown(text, EMPTY_LINK_CONTEXT)).toBe(renderFully(text));
  });

  it('gives the same HTML on mixed blocks: lists with blank lines, quotes, tables', () => {
    const samples = [
      'Intro.\n\n- one\n\n- two\n\nAfter.',
      'Para one.\n\n1. first\n2. second\n\nPara two\ncontinued.',
      'A\n\n> quoted\n\nB',
      '| a | b |\n| - | - |\n| 1 | 2 |\n\nPlain.',
      'Plain.\n\n    code block\n\nPlain again.',
      '- item\n\n  continued paragraph of the item\n\nOutside.',
      'Health & Wellbeing & more &\n\nR&D, AT&T; &copy; &#169; &#x41; &amp;\n\n& leading, trailing &',
    ];
    for (const text of samples) expect(renderMarkdown(text, EMPTY_LINK_CONTEXT), text).toBe(renderFully(text));
  });

  it('parses only the blocks that need it', () => {
    const parsed: string[] = [];
    const tree = parseRecordMarkdown('Plain one.\n\n- a\n- b\n\nPlain two.\n\n- a *b*\n- c\n\nPlain three.', (text) => {
      parsed.push(text);
      return markdownProcessor.parse(text);
    });
    expect(parsed).toEqual(['- a *b*\n- c']);
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'list', 'paragraph', 'list', 'paragraph']);
  });

  it('takes tight lists of plain one-line items directly, and leaves any other list to the parser', () => {
    expect(simpleList('1. That the report be noted.\n2. That officers report back.')).toMatchObject({ ordered: true, start: 1 });
    expect(simpleList('- one\n- two')).toMatchObject({ ordered: false, start: null, spread: false });
    for (const other of [
      '- a\n* b',
      '1. a\n2) b',
      '- a\n  continued',
      '-  two spaces',
      '- a *b*',
      '1. 2016. nested',
      '* * *',
      '- a\nnot an item',
    ])
      expect(simpleList(other), other).toBeNull();
  });

  it('gives the same HTML as the full parser on lists of every kind', () => {
    const samples = [
      '- one\n- two',
      '1. That the report be noted.\n2. That officers report back.',
      '3. third\n4. fourth',
      '0. zero\n1. one',
      '1) a\n2) b',
      '* star\n* star',
      '+ plus',
      '- a\n* b',
      '- a\n- b\n\n- c',
      'Intro.\n\n- a\n- b\n\n  indented after\n\nEnd.',
      'Intro.\n\n1. a\n\n1. b',
      '- a\n\n* b',
      'Para\n- not a list here? it is\n\n- x',
      '123456789. big\n1234567890. too big',
      '- Health & Wellbeing\n- R&D',
      '- trailing spaces  \n- b',
      '- one trailing space \n- b\t',
      '- a\n\nPlain.\n\n- b',
      '- a\n\n> quote',
      '2016. The year\n\nPlain.',
    ];
    for (const text of samples) expect(renderMarkdown(text, EMPTY_LINK_CONTEXT), text).toBe(renderFully(text));
  });
});
