import { describe, expect, it } from 'vitest';
import { linkReports, normaliseReference, resolveReport } from './remark-link-reports.ts';
import { contextWith, ESSEX, ESSEX_PAF, htmlAfter, THURROCK } from './test-helpers.test-data.ts';

const paf0115 = { reference: 'PAF/01/15', council: ESSEX, url: '/reports/essex/paf-01-15/', label: 'Children in Care' };
const here = { council: ESSEX, committee: ESSEX_PAF };

function render(markdown: string, context = contextWith({ reports: [paf0115], here })) {
  return htmlAfter(markdown, (tree) => linkReports(tree, context));
}

describe('remark-link-reports', () => {
  it('links a reference the archive holds', () => {
    expect(render('Paper PAF/01/15 attached, with February 2014 Ofsted report appended.')).toBe(
      `<p>Paper <a href="${paf0115.url}" title="Children in Care">PAF/01/15</a> attached, with February 2014 Ofsted report appended.</p>`,
    );
  });

  it('leaves references it does not hold untouched', () => {
    expect(render('Families with Complex Needs (CYP/01/13) and PAF/29/14')).toBe(
      '<p>Families with Complex Needs (CYP/01/13) and PAF/29/14</p>',
    );
  });

  it('prefers the report of the page’s council when two councils use one reference', () => {
    const other = { ...paf0115, council: THURROCK, url: '/reports/thurrock/paf-01-15/' };
    const html = render('PAF/01/15', contextWith({ reports: [other, paf0115], here }));
    expect(html).toContain(`href="${paf0115.url}"`);
    expect(resolveReport('PAF/01/15', contextWith({ reports: [other, paf0115], here: { council: null, committee: null } }))).toBeNull();
  });

  it('reads references whatever the zero padding', () => {
    expect(normaliseReference('paf/1/15')).toBe(normaliseReference('PAF/01/15'));
    expect(render('PAF/1/15')).toContain(`href="${paf0115.url}"`);
  });

  it('never links inside a link or code', () => {
    expect(render('[PAF/01/15](https://example.org/)')).toBe('<p><a href="https://example.org/">PAF/01/15</a></p>');
    expect(render('`PAF/01/15`')).toBe('<p><code>PAF/01/15</code></p>');
  });
});
