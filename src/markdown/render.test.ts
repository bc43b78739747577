import { UNINDEXED_END, UNINDEXED_START } from '../model/search-digest.ts';
import { describe, expect, it } from 'vitest';
import { markdownProcessor, renderMarkdown } from './render.ts';
import { EMPTY_LINK_CONTEXT } from './link-context.ts';
import { contextWith, EPPING, EPPING_OS, ESSEX, THURROCK, THURROCK_CS } from './test-helpers.test-data.ts';

const thurrock = contextWith({
  meetings: [
    { date: '2017-02-01', council: THURROCK, committee: THURROCK_CS, url: '/meetings/t/2017-02-01/', label: 'CS, 1 February 2017' },
  ],
  here: { council: THURROCK, committee: THURROCK_CS },
});

const epping = contextWith({
  people: [
    { names: ['Ray Gooding', 'Councillor Gooding'], url: '/people/ray-gooding/', councils: [EPPING, ESSEX] },
    { names: ['Jenny Boyd'], url: '/people/jenny-boyd/', councils: [EPPING, ESSEX] },
  ],
  recommendations: [
    {
      reference: '4',
      subject: 'Members enquiries',
      committee: `${EPPING}/childrens-services-task-and-finish-panel`,
      url: '/recommendations/4/',
      label: 'Recommendation 4',
    },
  ],
  here: { council: EPPING, committee: EPPING_OS },
});

describe('renderMarkdown', () => {
  it('renders seed 002 item 44 with the earlier meeting linked', () => {
    const html = renderMarkdown(
      'The minutes of Children’s Services Overview and Scrutiny Committee meeting held on 1 February 2017 were approved as a correct record.',
      thurrock,
    );
    expect(html).toBe(
      '<p class="govuk-body">The minutes of Children’s Services Overview and Scrutiny Committee <a href="/meetings/t/2017-02-01/" title="CS, 1 February 2017" class="govuk-link">meeting held on 1 February 2017</a> were approved as a correct record.</p>',
    );
  });

  it('links people and the panel’s recommendation in seed 000, all in one pass', () => {
    const html = renderMarkdown(
      'The Chairman thanked Jenny Boyd, Lonica Vanclay and County Councillor Ray Gooding.\n\nRecommendation 4 of the Task and Finish Panel’s report had asked for a formal system.',
      epping,
    );
    expect(html).toContain('<a href="/people/jenny-boyd/" class="govuk-link">Jenny Boyd</a>, Lonica Vanclay');
    expect(html).toContain('County Councillor <a href="/people/ray-gooding/" class="govuk-link">Ray Gooding</a>.');
    expect(html).toContain(
      '<a href="/recommendations/4/" title="Recommendation 4" class="govuk-link">Recommendation 4 of the Task and Finish Panel’s report</a>',
    );
    expect(renderMarkdown('Councillor Gooding replied that he was happy to do so.', epping)).toContain(
      '<a href="/people/ray-gooding/" class="govuk-link">Councillor Gooding</a> replied',
    );
  });

  it.each([
    ['<script>alert(1)</script>', /<script|alert/],
    ['Text <script>alert(1)</script> more', /<script|alert/],
    ['<img src=x onerror="alert(1)">', /<img|onerror/],
    ['<p onclick="alert(1)">Hi</p>', /onclick|<p onclick/],
    ['<input type="checkbox" checked> ticked', /<input/],
    ['<ul><li>One</li></ul>', /<ul|<li/],
    ['<iframe src="https://evil.example/"></iframe>', /<iframe|evil/],
    ['<style>body{display:none}</style>', /<style|display/],
    ['[click](javascript:alert(1))', /javascript:/i],
    ['[click](JaVaScRiPt:alert(1))', /javascript:/i],
    ['[click](data:text/html;base64,PHNjcmlwdD4=)', /data:/],
    ['![x](https://tracker.example/pixel.png)', /<img|tracker/],
    ['- [x] done', /<input/],
    ['<a href="https://evil.example/">link</a>', /evil/],
    ['<svg onload=alert(1)><circle /></svg>', /<svg|onload|alert/],
    ['<javascript:alert(1)>', /href="javascript/i],
    ['[a][ref]\n\n[ref]: javascript:alert(1)', /href="javascript/i],
    ['[a](vbscript:msgbox(1))', /vbscript/i],
    ['Text <a href="javascript:alert(1)" onclick="x()">link</a>', /<a|onclick|javascript/],
    ['<div style="position:fixed">cover</div>', /<div|style=/],
    ['<form action="https://evil.example/"><button>Go</button></form>', /<form|<button|evil/],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', /<script/],
    // A comment, as pages mark what search's digest leaves out (src/model/search-digest.ts).
    [`Text ${UNINDEXED_START} hidden ${UNINDEXED_END} more`, /<!--/],
  ])('lets no raw HTML or script through: %s', (markdown, forbidden) => {
    const html = renderMarkdown(markdown, EMPTY_LINK_CONTEXT);
    expect(html).not.toMatch(forbidden);
  });

  it('keeps the words of raw HTML as text', () => {
    expect(renderMarkdown('<p>Hello <b>there</b></p>', EMPTY_LINK_CONTEXT)).toBe('<p class="govuk-body">Hello there</p>');
    expect(renderMarkdown('- [x] done', EMPTY_LINK_CONTEXT)).toContain('<li>[x] done</li>');
  });

  it('keeps ordinary Markdown: emphasis, lists, tables, safe links', () => {
    const html = renderMarkdown(
      '**Bold** and _em_\n\n1. one\n2. two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[site](https://www.essex.gov.uk/)',
      EMPTY_LINK_CONTEXT,
    );
    expect(html).toContain('<strong>Bold</strong> and <em>em</em>');
    expect(html).toContain('<ol class="govuk-list govuk-list--number">');
    expect(html).toContain('<td class="govuk-table__cell">1</td>');
    expect(html).toContain('<a href="https://www.essex.gov.uk/" class="govuk-link">site</a>');
  });

  it('uses one processor for every call, and one call’s context never leaks into the next', () => {
    expect(Object.isFrozen(markdownProcessor) || markdownProcessor.freeze() === markdownProcessor).toBe(true);
    const text = 'meeting held on 1 February 2017';
    expect(renderMarkdown(text, thurrock)).toContain('<a href="/meetings/t/2017-02-01/"');
    expect(renderMarkdown(text, EMPTY_LINK_CONTEXT)).toBe(`<p class="govuk-body">${text} (not held in this archive)</p>`);
  });

  it('renders empty text as nothing', () => {
    expect(renderMarkdown('  \n ', thurrock)).toBe('');
  });

  it('renders a thousand blocks against a large archive quickly', () => {
    const meetings = Array.from({ length: 20_000 }, (_, n) => ({
      date: new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10),
      council: THURROCK,
      committee: THURROCK_CS,
      url: `/m/${n}/`,
      label: `Meeting ${n}`,
    }));
    // Names are letters only: "Abcb Surnameabcb".
    const word = (n: number) => n.toString(26).replace(/./g, (digit) => String.fromCharCode(97 + Number.parseInt(digit, 26)));
    const name = (n: number) => `P${word(n)} Surname${word(n)}`;
    const people = Array.from({ length: 20_000 }, (_, n) => ({ names: [name(n)], url: `/p/${n}/` }));
    const context = contextWith({ meetings, people, here: thurrock.here });
    const started = performance.now();
    for (let n = 0; n < 1000; n += 1) {
      renderMarkdown(`${name(n)} approved the minutes of the meeting held on 1 February 2017, paper PAF/01/15.`, context);
    }
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(renderMarkdown(`${name(7)} spoke`, context)).toContain(`<a href="/p/7/" class="govuk-link">${name(7)}</a>`);
  });
});
