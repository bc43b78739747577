import { describe, expect, it } from 'vitest';
import { packTextToMarkdown } from './markdown.ts';

const md = (text: string): string => packTextToMarkdown(text.split('\n'));

describe('packTextToMarkdown', () => {
  it('drops page footers and joins the paragraph a page break cut', () => {
    const text = 'The report sets out the options for the contract, which ends in March\n\nPage 5 of 9\n\n2017, and asks for views.';
    expect(md(text)).toBe('The report sets out the options for the contract, which ends in March 2017, and asks for views.');
    expect(md('results will be\n\n- 3 -\n\navailable in January.')).toBe('results will be available in January.');
  });

  it('keeps headings and numbered paragraphs apart', () => {
    expect(md('1. Purpose\n\n1.1 This report')).toBe('1. Purpose\n\n1.1 This report');
  });

  it('renders short tab rows as a GFM table, across blank lines and rules, with rows that lost their tabs', () => {
    const text = 'Apologies\tSubstitutes\nCllr S Barker\nCllr M Danvers\tCllr J Young\n---\t---\n\nMr R Carson\t--';
    expect(md(text)).toBe(
      '| Apologies | Substitutes |\n| --- | --- |\n| Cllr S Barker |  |\n| Cllr M Danvers | Cllr J Young |\n| Mr R Carson | -- |',
    );
  });

  it('renders wordy rows as labelled blocks, and indents nested bullets', () => {
    const long = 'x'.repeat(200);
    expect(md(`A1\t<p>Question?</p> <p>${long}</p>`)).toBe(`**A1**\n\nQuestion?\n\n${long}`);
    expect(md('- point\n - sub-point')).toBe('- point\n  - sub-point');
  });

  it('keeps the breaks of a list of short lines', () => {
    expect(md('Thursday, 12 March 2015\nThursday, 21 May 2015*')).toBe('Thursday, 12 March 2015\\\nThursday, 21 May 2015*');
  });

  it('escapes pipes in cells and never lets HTML through', () => {
    expect(md('a|b\tc')).toBe('| a\\|b | c |\n| --- | --- |');
    expect(md('<u>Title</u> <img src=x onerror=alert(1)>')).not.toMatch(/<(u|img)/);
  });
});

describe('footnotes', () => {
  it('moves a footnote from the foot of a page to the end and rejoins the text it cut', () => {
    const text =
      'Planned activities, such as buying\n\n³ The pupil premium is extra funding.\n\nlearning resources, are well matched.\n\nNext paragraph.';
    expect(md(text)).toBe(
      'Planned activities, such as buying learning resources, are well matched.\n\nNext paragraph.\n\n³ The pupil premium is extra funding.',
    );
  });
});
