/**
 * Addresses of pages, always under the site's base path (BASE_PATH, e.g. `/scrutiny/`)
 * and always with a trailing slash, as astro.config.mjs asks.
 */
import { underBase, withTrailingSlash } from '../model/base-path.ts';

/** The base path with exactly one trailing slash. */
export function basePath(base: string = import.meta.env.BASE_URL): string {
  return withTrailingSlash(base);
}

/** Ids are paths (`council/committee/date`): each segment is encoded, the slashes kept. */
function encodeId(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

/** Address of a page below the base, e.g. `href('meetings/')`. */
export function href(path: string, base?: string): string {
  return underBase(basePath(base), path);
}

export const urls = {
  home: (base?: string) => href('', base),
  councils: (base?: string) => href('councils/', base),
  council: (id: string, base?: string) => href(`councils/${encodeId(id)}/`, base),
  committees: (base?: string) => href('committees/', base),
  committee: (id: string, base?: string) => href(`committees/${encodeId(id)}/`, base),
  meetings: (base?: string) => href('meetings/', base),
  meeting: (id: string, base?: string) => href(`meetings/${encodeId(id)}/`, base),
  reports: (base?: string) => href('reports/', base),
  report: (id: string, base?: string) => href(`reports/${encodeId(id)}/`, base),
  recommendations: (base?: string) => href('recommendations/', base),
  recommendation: (id: string, base?: string) => href(`recommendations/${encodeId(id)}/`, base),
  people: (base?: string) => href('people/', base),
  person: (slug: string, base?: string) => href(`people/${encodeId(slug)}/`, base),
  years: (base?: string) => href('years/', base),
  year: (year: string, base?: string) => href(`years/${year}/`, base),
  search: (base?: string) => href('search/', base),
};

/** A record's own web address, only when it is http(s): records could hold `javascript:` links. */
export function safeExternal(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}
