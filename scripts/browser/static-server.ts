/**
 * The built site on loopback for the benchmark, `scripts/search-bytes.ts` and the browser tests:
 * the same server as `npm run preview` (scripts/preview/server.ts), on a free port of 127.0.0.1.
 */
import { startPreview } from '../preview/server.ts';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` under `base` as a static host would (index.html for folders, the site's 404 page). */
export function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  return startPreview({ dir, base, host: '127.0.0.1', port: 0 });
}
