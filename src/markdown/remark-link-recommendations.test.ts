import { describe, expect, it } from 'vitest';
import { committeeMatchesBody, linkRecommendations, recommendationNumber } from './remark-link-recommendations.ts';
import { linkReports } from './remark-link-reports.ts';
import { contextWith, EPPING, EPPING_OS, ESSEX, ESSEX_PAF, htmlAfter } from './test-helpers.test-data.ts';

const PANEL = `${EPPING}/childrens-services-task-and-finish-panel`;
const rec4 = {
  reference: '4',
  subject: 'Members enquiries',
  committee: PANEL,
  url: '/recommendations/efdc/4/',
  label: 'Recommendation 4: Members enquiries',
};
const rec3 = {
  reference: null,
  subject: 'Recommendation 3 – youth services',
  committee: PANEL,
  url: '/recommendations/efdc/3/',
  label: 'Recommendation 3',
};
const here = { council: EPPING, committee: EPPING_OS };
const sentence = 'Recommendation 4 of the Task and Finish Panel’s report had asked for a formal system to be put in place';

function render(markdown: string, context = contextWith({ recommendations: [rec4, rec3], here })) {
  return htmlAfter(markdown, (tree) => linkRecommendations(tree, context));
}

describe('remark-link-recommendations', () => {
  it('links "Recommendation 4 of the Task and Finish Panel’s report" (seed 000) to the panel’s recommendation 4', () => {
    expect(render(sentence)).toBe(
      `<p><a href="${rec4.url}" title="${rec4.label}">Recommendation 4 of the Task and Finish Panel’s report</a> had asked for a formal system to be put in place</p>`,
    );
  });

  it('reads the number from a subject when the reference is not a number', () => {
    expect(recommendationNumber(rec3)).toBe(3);
    expect(recommendationNumber({ reference: 'R12', subject: 'x' })).toBe(12);
    expect(recommendationNumber({ reference: 'COP/25/12', subject: 'Home to school transport' })).toBeNull();
    expect(render('Recommendation 3 of the District Council’s Task and Finish Panel report')).toContain(`href="${rec3.url}"`);
  });

  it('leaves the text when the archive holds no such recommendation', () => {
    expect(render('Recommendation 7 of the Task and Finish Panel’s report')).toBe(
      '<p>Recommendation 7 of the Task and Finish Panel’s report</p>',
    );
  });

  it('does not link a bare "recommendation 3" (seed 002 speaks of an Ofsted recommendation)', () => {
    expect(render('The Recommendation in question, recommendation 3, was part of a broader issue')).not.toContain('<a');
  });

  it('needs the named body to fit the committee, and the council to be the page’s', () => {
    expect(committeeMatchesBody(PANEL, 'Task & Finish Panel')).toBe(true);
    expect(committeeMatchesBody(PANEL, 'Scrutiny Committee')).toBe(false);
    expect(render('Recommendation 4 of the Scrutiny Committee’s report')).not.toContain('<a');
    const elsewhere = contextWith({ recommendations: [rec4], here: { council: ESSEX, committee: ESSEX_PAF } });
    expect(render(sentence, elsewhere)).not.toContain('<a');
  });

  it('links a tracker reference no report holds, after the report plugin had its turn', () => {
    const tracked = {
      reference: 'PAF/12/13',
      subject: 'The Deanes School',
      committee: ESSEX_PAF,
      url: '/recommendations/essex/paf-12-13/',
      label: 'The Deanes School',
    };
    const report = { reference: 'PAF/03/13', council: ESSEX, url: '/reports/essex/paf-03-13/', label: 'The Deanes School report' };
    const context = contextWith({ recommendations: [tracked], reports: [report], here: { council: ESSEX, committee: ESSEX_PAF } });
    const html = htmlAfter('The Deanes School (PAF/03/13) and (PAF/12/13) CALL-IN', (tree) => {
      linkReports(tree, context);
      linkRecommendations(tree, context);
    });
    expect(html).toContain(`<a href="${report.url}" title="The Deanes School report">PAF/03/13</a>`);
    expect(html).toContain(`<a href="${tracked.url}" title="The Deanes School">PAF/12/13</a>`);
  });
});
