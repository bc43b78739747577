/**
 * The site's base path (BASE_PATH, e.g. `/scrutiny/`) joined to a path below it: one rule for the
 * pages, the search index integration and the browser's search code.
 */

/** The base path with exactly one trailing slash. */
export function withTrailingSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** `path` below `base`, e.g. `underBase('/scrutiny', '/meetings/')` is `/scrutiny/meetings/`. */
export function underBase(base: string, path: string): string {
  return `${withTrailingSlash(base)}${path.replace(/^\/+/, '')}`;
}
