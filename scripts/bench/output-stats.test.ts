import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meetingPageWeight, scriptWeight } from './output-stats.ts';
import { onTheWire } from '../browser/search-bytes.ts';

describe('page weight', () => {
  it('counts script tags and the JS they load, not JSON data blocks', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-weight-'));
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, '_astro', 'a.js'), 'x'.repeat(1000));
    const html =
      '<script type="module" src="/base/_astro/a.js"></script><script>go()</script><script type="application/ld+json">{}</script>';
    expect(scriptWeight(html, dist, '/base/')).toEqual({ scripts: 2, jsBytes: 1004 });
    rmSync(dist, { recursive: true });
  });

  it('weighs the median meeting page, gzip-compressed', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-weight-'));
    const ids = ['c/a/2020-01-01', 'c/a/2020-02-01', 'c/a/2020-03-01'];
    ids.forEach((id, index) => {
      mkdirSync(join(dist, 'meetings', id), { recursive: true });
      writeFileSync(
        join(dist, 'meetings', id, 'index.html'),
        Array.from({ length: (index + 1) * 2000 }, (_, n) => `<p>${n * 7919}</p>`).join(''),
      );
    });
    const weight = meetingPageWeight(dist, ids);
    expect(weight?.path).toBe('/meetings/c/a/2020-02-01/');
    expect(weight?.gzipKB).toBeGreaterThan(1);
    expect(weight?.maxGzipKB).toBeGreaterThan(weight?.gzipKB ?? Infinity);
    expect(weight?.scripts).toBe(0);
    rmSync(dist, { recursive: true });
  });

  it('counts JS as a gzipping host sends it and Pagefind chunks as they are', () => {
    const text = Buffer.from('const a = 1;\n'.repeat(500));
    expect(onTheWire('/pagefind/pagefind.js', text)).toBeLessThan(text.length / 10);
    expect(onTheWire('/pagefind/index/en_1.pf_index', text)).toBe(text.length);
  });
});
