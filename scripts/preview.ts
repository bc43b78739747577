/**
 * npm run preview [-- --host H --port P]: serves the built site (OUT_DIR, else dist) under its
 * base path (BASE_PATH, as at build time) with trailing-slash redirects and the site's 404 page.
 */
import { parseArgs } from 'node:util';
import { startPreview } from './preview/server.ts';

const { values } = parseArgs({
  options: { host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', default: '4321' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port ${values.port}: expected a port number, e.g. 4321`);
  process.exit(1);
}
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/*$/, '/');
const dir = process.env['OUT_DIR'] ?? './dist';
const server = await startPreview({ dir, base: base.startsWith('/') ? base : `/${base}`, host: values.host, port });
console.log(`Serving ${dir} at ${server.url}`);
