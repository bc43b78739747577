/**
 * The links a reader of the seed records needs, checked in the built site: the Epping Forest
 * Task and Finish Panel and the two items about it (seeds 000 and 004), Ray Gooding across
 * councils (seeds 000 and 001), and meetings naming earlier meetings that are held.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from './harness.ts';

const page = (path: string) => readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8');
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const hrefs = (html: string) => [...mainOf(html).matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((match) => match[1] ?? '');

const PANEL = '/committees/epping-forest-district-council/childrens-services-task-and-finish-panel/';
const EFDC = '/meetings/epping-forest-district-council/overview-and-scrutiny-committee';
const SEED_000 = `${EFDC}/undated-cc089c6f/`;
const SEED_004 = `${EFDC}/undated-cf13f59d/`;
const ESSEX = '/meetings/essex-county-council/people-and-families-scrutiny-committee';

describe('links between the seed records', () => {
  it('the panel page is one click from both items about it, and both items link to the panel', () => {
    const panel = hrefs(page(PANEL));
    expect(panel.some((href) => href.startsWith(SEED_000))).toBe(true);
    expect(panel.some((href) => href.startsWith(SEED_004))).toBe(true);
    expect(hrefs(page(SEED_000))).toContain(PANEL);
    expect(hrefs(page(SEED_004))).toContain(PANEL);
  });

  it("Ray Gooding's page lists his appearances in seed 000 (Epping Forest) and seed 001 (Essex)", () => {
    const links = hrefs(page('/people/ray-gooding/'));
    expect(links.some((href) => href.startsWith(SEED_000))).toBe(true);
    expect(links.some((href) => href.startsWith(`${ESSEX}/2014-11-13/`))).toBe(true);
    expect(links.some((href) => href.startsWith('/recommendations/essex-county-council/'))).toBe(true);
  });

  it('a meeting links to the earlier meeting it names when it is held, and says so when it is not', () => {
    expect(hrefs(page(`${ESSEX}/2015-01-15/`))).toContain(`${ESSEX}/2014-11-13/`);
    const thurrock = mainOf(page('/meetings/thurrock-council/childrens-services-overview-and-scrutiny-committee/2017-07-11/'));
    expect(thurrock).toMatch(/1 February 2017 \(not held in this archive\)/);
  });

  it('the 13 November 2014 meeting is "referred to by" the meeting of 15 January 2015', () => {
    expect(hrefs(page(`${ESSEX}/2014-11-13/`))).toContain(`${ESSEX}/2015-01-15/`);
  });
});
