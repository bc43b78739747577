import { describe, expect, it } from 'vitest';
import { linkMeetings, resolveMeetingMention } from './remark-link-meetings.ts';
import { contextWith, ESSEX, ESSEX_PAF, htmlAfter, THURROCK, THURROCK_CS } from './test-helpers.test-data.ts';

const thurrockFeb = {
  date: '2017-02-01',
  council: THURROCK,
  committee: THURROCK_CS,
  url: '/meetings/thurrock/cs/2017-02-01/',
  label: 'Childrens Services Overview and Scrutiny Committee, 1 February 2017',
};
const essexNov = {
  date: '2014-11-13',
  council: ESSEX,
  committee: ESSEX_PAF,
  url: '/meetings/essex/paf/2014-11-13/',
  label: 'PAF, 13 November 2014',
};
const thurrockHere = { council: THURROCK, committee: THURROCK_CS };

function render(markdown: string, context = contextWith({ meetings: [thurrockFeb, essexNov], here: thurrockHere })) {
  return htmlAfter(markdown, (tree) => linkMeetings(tree, context));
}

describe('remark-link-meetings', () => {
  it('links the Thurrock minutes to the meeting of 1 February 2017, keeping the words', () => {
    const html = render(
      'To approve as a correct record the minutes of Children’s Services Overview and Scrutiny Committee meeting held on 1 February 2017.',
    );
    expect(html).toContain(`<a href="${thurrockFeb.url}" title="${thurrockFeb.label}">meeting held on 1 February 2017</a>.`);
  });

  it('notes a meeting the archive does not hold, as plain text', () => {
    const html = render('The Minutes of the Meeting held on 14 September 2018 were agreed.');
    expect(html).toBe('<p>The Minutes of the Meeting held on 14 September 2018 (not held in this archive) were agreed.</p>');
  });

  it('reads "meeting of" as in the Essex minutes, and prefers the page’s own council', () => {
    const here = { council: ESSEX, committee: ESSEX_PAF };
    const html = render(
      'To approve the minutes of the meeting of 13 November 2014.',
      contextWith({ meetings: [thurrockFeb, essexNov], here }),
    );
    expect(html).toContain(`<a href="${essexNov.url}" title="PAF, 13 November 2014">meeting of 13 November 2014</a>`);
  });

  it('does not link another council’s meeting held on the same date', () => {
    const here = { council: ESSEX, committee: ESSEX_PAF };
    const html = render('the meeting held on 1 February 2017', contextWith({ meetings: [thurrockFeb], here }));
    expect(html).not.toContain('<a');
    expect(html).toContain('(not held in this archive)');
  });

  it('prefers the same committee over another committee of the council on that date', () => {
    const cabinet = { ...thurrockFeb, committee: 'thurrock-council/cabinet', url: '/meetings/thurrock/cabinet/2017-02-01/' };
    const html = render('meeting held on 1 February 2017', contextWith({ meetings: [cabinet, thurrockFeb], here: thurrockHere }));
    expect(html).toContain(`href="${thurrockFeb.url}"`);
    expect(html).not.toContain(cabinet.url);
  });

  it('leaves the words alone when two meetings of the council fit and none is the committee’s', () => {
    const context = contextWith({
      meetings: [
        { ...thurrockFeb, committee: 'thurrock-council/cabinet', url: '/a/' },
        { ...thurrockFeb, committee: 'thurrock-council/planning', url: '/b/' },
      ],
      here: thurrockHere,
    });
    expect(resolveMeetingMention('2017-02-01', context)).toBeNull();
    expect(render('meeting held on 1 February 2017', context)).toBe('<p>meeting held on 1 February 2017</p>');
  });

  it('only reads dates that refer to meetings', () => {
    const html = render('The inspection took place on 1 February 2017; the deadline is 14 September 2018.');
    expect(html).not.toContain('<a');
    expect(html).not.toContain('not held');
  });

  it('ignores impossible dates and text inside code and links', () => {
    expect(render('meeting held on 31 February 2017')).toBe('<p>meeting held on 31 February 2017</p>');
    expect(render('`meeting held on 1 February 2017`')).not.toContain('<a');
    expect(render('[the meeting held on 1 February 2017](https://example.org/)')).toBe(
      '<p><a href="https://example.org/">the meeting held on 1 February 2017</a></p>',
    );
  });

  it('does not link a page to itself', () => {
    const here = { ...thurrockHere, url: thurrockFeb.url };
    expect(render('meeting held on 1 February 2017', contextWith({ meetings: [thurrockFeb], here }))).toBe(
      '<p>meeting held on 1 February 2017</p>',
    );
  });
});
