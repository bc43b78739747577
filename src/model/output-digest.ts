/**
 * A digest of a page's output (its HTML, or an endpoint's bytes). The page cache keeps it with the
 * page (src/site/page-cache.ts) and the Pagefind feed knows a page by it
 * (src/integrations/pagefind-feed.ts): a kept page's is not computed again, since hashing every
 * page's HTML took a second of a 10,000-meeting rebuild.
 */
import { createHash } from 'node:crypto';

export function outputDigest(body: Uint8Array | string): string {
  return createHash('sha256').update(body).digest('base64url');
}
