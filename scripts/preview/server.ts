/**
 * `npm run preview` and `npm start`: serves the built site as a static host should. A folder's
 * address without its trailing slash (`/meetings`, `/search?q=x`) is redirected to the folder
 * (`/meetings/`, `/search/?q=x`), and anything that is not in the site gets the site's own 404
 * page, never the framework's developer page (`astro preview` answered both with its own 404).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface PreviewOptions {
  /** The built site, e.g. `dist`. */
  dir: string;
  /** The base path it was built for, e.g. `/` or `/scrutiny/`. */
  base: string;
}

/** What the server answers for a request path (query kept for redirects): a file, a redirect, or the 404 page. */
export type Answer = { status: 200; file: string } | { status: 301; location: string } | { status: 404; file: string | null };

/** The answer for one request target (`/meetings?x=1`), without touching the network. */
export function answerFor(target: string, { dir, base }: PreviewOptions): Answer {
  const root = normalize(dir);
  const notFound: Answer = { status: 404, file: existsSync(join(root, '404.html')) ? join(root, '404.html') : null };
  const url = new URL(target, 'http://preview.invalid');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return notFound;
  }
  if (`${path}/` === base) return { status: 301, location: `${url.pathname}/${url.search}` };
  if (!path.startsWith(base) || path.includes('\0')) return notFound;
  const file = normalize(join(root, path.slice(base.length)));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) return notFound;
  if (!existsSync(file)) return notFound;
  if (statSync(file).isDirectory()) {
    if (!url.pathname.endsWith('/')) return { status: 301, location: `${url.pathname}/${url.search}` };
    const index = join(file, 'index.html');
    return existsSync(index) ? { status: 200, file: index } : notFound;
  }
  return { status: 200, file };
}

function respond(request: IncomingMessage, response: ServerResponse, options: PreviewOptions): void {
  const answer = answerFor(request.url ?? '/', options);
  if (answer.status === 301) {
    response.writeHead(301, { location: answer.location, 'content-type': 'text/plain; charset=utf-8' });
    response.end(`Moved to ${answer.location}\n`);
    return;
  }
  const type = answer.file === null ? 'text/plain; charset=utf-8' : (TYPES[extname(answer.file)] ?? 'application/octet-stream');
  response.writeHead(answer.status, { 'content-type': type });
  if (request.method === 'HEAD') response.end();
  else if (answer.file === null) response.end('Not found\n');
  else createReadStream(answer.file).pipe(response);
}

/** Starts the server on `host:port` (port 0: any free port); resolves with its address and a close function. */
export async function startPreview(
  options: PreviewOptions & { host: string; port: number },
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => respond(request, response, options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: `http://${options.host}:${port}${options.base}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
