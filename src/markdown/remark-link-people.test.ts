import { describe, expect, it } from 'vitest';
import { linkPeople, wordKey } from './remark-link-people.ts';
import { contextWith, EPPING, EPPING_OS, ESSEX, ESSEX_PAF, htmlAfter, THURROCK } from './test-helpers.test-data.ts';

const gooding = { names: ['Ray Gooding', 'Councillor Gooding'], url: '/people/ray-gooding/', councils: [EPPING, ESSEX] };
const boyd = { names: ['Jenny Boyd'], url: '/people/jenny-boyd/', councils: [EPPING] };
const here = { council: EPPING, committee: EPPING_OS };

function render(markdown: string, context = contextWith({ people: [gooding, boyd], here })) {
  return htmlAfter(markdown, (tree) => linkPeople(tree, context));
}

describe('remark-link-people', () => {
  it('links full names in the seed 000 sentence, not the titles around them', () => {
    const html = render(
      'The Committee received a presentation from County Councillor Ray Gooding, the Deputy Portfolio Holder for Children Services, Jenny Boyd, the Director of Local Delivery West',
    );
    expect(html).toContain(`County Councillor <a href="${gooding.url}">Ray Gooding</a>, the Deputy`);
    expect(html).toContain(`<a href="${boyd.url}">Jenny Boyd</a>, the Director`);
  });

  it('links a surname with title only as a listed alias, and only in the person’s councils', () => {
    expect(render('Councillor Gooding replied that he was happy to do so.')).toContain(
      `<a href="${gooding.url}">Councillor Gooding</a> replied`,
    );
    expect(render('Cllr Gooding began by pointing out')).toContain(`<a href="${gooding.url}">Cllr Gooding</a> began`);
    const thurrock = contextWith({ people: [gooding], here: { council: THURROCK, committee: null } });
    expect(render('Councillor Gooding replied', thurrock)).not.toContain('<a');
  });

  it('never links a bare surname that is not listed', () => {
    expect(render('Gooding said. Boyd agreed. Mr Boyd too.')).not.toContain('<a');
  });

  it('keeps possessives and full stops outside the link', () => {
    expect(render('It was Jenny Boyd’s view.')).toBe(`<p>It was <a href="${boyd.url}">Jenny Boyd</a>’s view.</p>`);
    expect(render('He thanked Jenny Boyd.')).toBe(`<p>He thanked <a href="${boyd.url}">Jenny Boyd</a>.</p>`);
  });

  it('links each person at the first mention only', () => {
    expect(render('Jenny Boyd spoke.\n\nLater Jenny Boyd and Ray Gooding answered; Ray Gooding agreed.')).toBe(
      `<p><a href="${boyd.url}">Jenny Boyd</a> spoke.</p>\n<p>Later Jenny Boyd and <a href="${gooding.url}">Ray Gooding</a> answered; Ray Gooding agreed.</p>`,
    );
  });

  it('does not link part of a longer word or a name split by punctuation', () => {
    expect(render('Ray Goodings and Ray, Gooding')).not.toContain('<a');
  });

  it('links neither of two people who share a name, unless one is of the page’s council', () => {
    const other = { names: ['Jenny Boyd'], url: '/people/jenny-boyd-2/', councils: [ESSEX] };
    const both = contextWith({ people: [boyd, other], here: { council: THURROCK, committee: null } });
    expect(render('Jenny Boyd', both)).not.toContain('<a');
    const essex = contextWith({ people: [boyd, other], here: { council: ESSEX, committee: ESSEX_PAF } });
    expect(render('Jenny Boyd', essex)).toContain(`href="${other.url}"`);
  });

  it('never links inside links, code or headings, nor a page to itself', () => {
    expect(render('[Ray Gooding](https://example.org/)')).toBe('<p><a href="https://example.org/">Ray Gooding</a></p>');
    expect(render('`Ray Gooding`')).toBe('<p><code>Ray Gooding</code></p>');
    expect(render('## Ray Gooding')).toBe('<h2>Ray Gooding</h2>');
    const self = contextWith({ people: [gooding], here: { ...here, url: gooding.url } });
    expect(render('Ray Gooding', self)).toBe('<p>Ray Gooding</p>');
  });

  it('reads listed names as records write them, role and title included', () => {
    const raw = { names: ['Jenny Boyd, the West Director of Local Delivery', 'Cllr Ray Gooding (Chairman)'], url: '/p/x/' };
    const context = contextWith({ people: [raw], here });
    expect(render('Jenny Boyd spoke.', context)).toBe('<p><a href="/p/x/">Jenny Boyd</a> spoke.</p>');
    expect(render('Councillor Ray Gooding replied.', context)).toBe('<p>Councillor <a href="/p/x/">Ray Gooding</a> replied.</p>');
    expect(render('The West Director of Local Delivery spoke.', context)).not.toContain('<a');
  });

  it('never links part of a longer listed name that is ambiguous', () => {
    const jones = [
      { names: ['Ray Gooding Jones'], url: '/people/rgj-1/' },
      { names: ['Ray Gooding Jones'], url: '/people/rgj-2/' },
    ];
    const context = contextWith({ people: [...jones, gooding], here });
    expect(render('Ray Gooding Jones spoke', context)).toBe('<p>Ray Gooding Jones spoke</p>');
    expect(render('Ray Gooding spoke', context)).toBe(`<p><a href="${gooding.url}">Ray Gooding</a> spoke</p>`);
  });

  it('compares words without case, possessive or "Cllr" spelling', () => {
    expect(wordKey('Cllr')).toBe('councillor');
    expect(wordKey('Gooding’s')).toBe('gooding');
    expect(wordKey('R.')).toBe('r');
    expect(wordKey('O’Brien')).toBe(wordKey("O'Brien"));
  });
});
