/** Issue 12, row 14: `npm run preview` redirects folder addresses without their slash and answers the rest with the site's 404. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFor, startPreview } from './server.ts';

/** A built site in miniature: a home page, two folders, a file, and the site's 404 page. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'preview-'));
  for (const folder of ['', 'meetings', 'search']) {
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, 'index.html'), `<h1>${folder || 'home'}</h1>`);
  }
  writeFileSync(join(dir, '404.html'), '<h1>Page not found</h1>');
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
  return dir;
}

describe('answerFor', () => {
  const dir = site();

  it('redirects a folder without its slash, keeping the query', () => {
    expect(answerFor('/meetings', { dir, base: '/' })).toEqual({ status: 301, location: '/meetings/' });
    expect(answerFor('/search?q=x', { dir, base: '/' })).toEqual({ status: 301, location: '/search/?q=x' });
    expect(answerFor('/scrutiny/search?q=x', { dir, base: '/scrutiny/' })).toEqual({ status: 301, location: '/scrutiny/search/?q=x' });
    expect(answerFor('/scrutiny', { dir, base: '/scrutiny/' })).toEqual({ status: 301, location: '/scrutiny/' });
  });

  it('serves folders and files, and the site’s 404 page for anything else', () => {
    expect(answerFor('/meetings/', { dir, base: '/' })).toEqual({ status: 200, file: join(dir, 'meetings', 'index.html') });
    expect(answerFor('/robots.txt', { dir, base: '/' })).toEqual({ status: 200, file: join(dir, 'robots.txt') });
    const notFound = { status: 404, file: join(dir, '404.html') };
    for (const target of ['/nothing', '/nothing/', '/meetings/x', '/../etc/passwd', '/%2e%2e/x', '/%E0%A4%A', '/other/'])
      expect(answerFor(target, { dir, base: '/' }), target).toEqual(notFound);
    expect(answerFor('/meetings/', { dir, base: '/scrutiny/' })).toEqual(notFound);
  });
});

describe('npm run preview', () => {
  const dir = site();
  let child: ReturnType<typeof spawn> | undefined;
  let url = '';

  beforeAll(async () => {
    const script = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(script.scripts['preview']).toMatch(/^node scripts\/preview\.ts /);
    expect(script.scripts['start']).toMatch(/&& node scripts\/preview\.ts /);
    child = spawn(process.execPath, ['scripts/preview.ts', '--host', '127.0.0.1', '--port', '0'], {
      env: { ...process.env, OUT_DIR: dir, BASE_PATH: '/' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await new Promise<string>((resolve, reject) => {
      child?.stdout?.on('data', (data: Buffer) => {
        const found = /at (http:\/\/\S+)/.exec(String(data));
        if (found?.[1] !== undefined) resolve(found[1]);
      });
      child?.once('exit', (code) => reject(new Error(`preview exited with ${String(code)}`)));
    });
  });

  afterAll(() => {
    child?.kill();
  });

  it('answers /meetings and /search?q=x with a redirect to the page, and a missing page with the site’s 404', async () => {
    const meetings = await fetch(`${url}meetings`, { redirect: 'manual' });
    expect(meetings.status).toBe(301);
    expect(meetings.headers.get('location')).toBe('/meetings/');
    const search = await fetch(`${url}search?q=x`);
    expect(search.url).toBe(`${url}search/?q=x`);
    expect(await search.text()).toBe('<h1>search</h1>');
    const missing = await fetch(`${url}nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<h1>Page not found</h1>');
  });
});

describe('startPreview', () => {
  it('serves on a free port and closes', async () => {
    const server = await startPreview({ dir: site(), base: '/', host: '127.0.0.1', port: 0 });
    expect((await fetch(server.url)).status).toBe(200);
    await server.close();
  });
});
