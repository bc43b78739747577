import { afterEach, describe, expect, it, vi } from 'vitest';
import nodeLog from 'astro/logger/node';
import pageLinesLog, { BATCH_BYTES, FLUSH_MS, isPageLine, type LogEvent } from './page-lines-log.ts';

/** The two lines Astro's build writes for a page (astro/dist/core/build/generate.js), coloured as on a terminal. */
function pageEvents(path: string): LogEvent[] {
  return [
    { label: null, level: 'info', message: `  \u001b[34m\u251C\u2500\u001b[39m \u001b[2m${path}\u001b[22m`, newLine: false },
    { label: 'SKIP_FORMAT', level: 'info', message: ' \u001b[2m(+3ms)\u001b[22m ', newLine: true },
  ];
}

const completed: LogEvent = { label: 'build', level: 'info', message: '20 page(s) built in 1.00s', newLine: true };

/** What standard output is given, write by write, while `run` logs. */
function writesDuring(run: () => void): string[] {
  const writes: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((text: string | Uint8Array) => {
    writes.push(String(text));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return writes;
}

/** The log's text with the times of day taken out (the two destinations take their own). */
const untimed = (text: string) => text.replace(/\d\d:\d\d:\d\d/g, 'hh:mm:ss');

afterEach(() => vi.useRealTimers());

describe('isPageLine', () => {
  it('knows the two lines of a generated page, coloured or not, and nothing else Astro writes', () => {
    const [path, time] = pageEvents('/meetings/a/index.html') as [LogEvent, LogEvent];
    expect(isPageLine(path)).toBe(true);
    expect(isPageLine(time)).toBe(true);
    expect(isPageLine({ ...path, message: '  \u251C\u2500 /404.html' })).toBe(true);
    expect(isPageLine({ ...time, message: ' (+120ms) (file not created, response body was empty)' })).toBe(true);
    expect(isPageLine(completed)).toBe(false);
    expect(isPageLine({ label: 'SKIP_FORMAT', level: 'info', message: '\n generating static routes ', newLine: true })).toBe(false);
    expect(isPageLine({ label: 'SKIP_FORMAT', level: 'info', message: ' (cached)', newLine: true })).toBe(false);
    expect(isPageLine({ ...path, newLine: true })).toBe(false);
  });
});

describe('pageLinesLog', () => {
  it("writes Astro's node log word for word, the page lines together and before any other line", () => {
    const events = [...pageEvents('/a/index.html'), ...pageEvents('/b/index.html'), completed, ...pageEvents('/c/index.html')];
    const expected = writesDuring(() => {
      const node = nodeLog();
      for (const event of events) node.write(event);
    });
    const ours = pageLinesLog();
    const written = writesDuring(() => {
      for (const event of events) ours.write(event);
      ours.flush?.();
    });
    expect(untimed(written.join(''))).toBe(untimed(expected.join('')));
    // Two pages in one write, the other line at once, the last page when flushed: 3 writes for Astro's 7.
    expect(expected).toHaveLength(7);
    expect(written).toHaveLength(3);
    expect(written[1]).toContain('20 page(s) built');
  });

  it('leaves out Astro\'s "file not created" of a page the page cache wrote, coloured or not, and nothing else', () => {
    const [path, time] = pageEvents('/a/index.html') as [LogEvent, LogEvent];
    const events = [
      path,
      { ...time, message: ' \u001b[2m(+3ms)\u001b[22m \u001b[33m(file not created, response body was empty)\u001b[39m' },
      path,
      { ...time, message: ' (+4ms) (file not created, response body was empty)' },
      { ...completed, message: 'a line that says (file not created, response body was empty)' },
    ];
    const ours = pageLinesLog();
    const written = writesDuring(() => {
      for (const event of events) ours.write(event);
      ours.flush?.();
    }).join('');
    // Only in the line that is not a page's.
    expect(written.match(/file not created/g)).toHaveLength(1);
    expect(written).toContain('a line that says (file not created, response body was empty)');
    expect(written).toContain('(+3ms)');
    expect(written).toContain('(+4ms)');
    // The time line ends as Astro's does for a page it wrote: the time, a space, the colour reset.
    expect(written.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/\/a\/index\.html.*\(\+3ms\)\S* $/),
      expect.stringMatching(/\/a\/index\.html.*\(\+4ms\) $/),
    ]);
  });

  it(`writes held page lines once they reach ${BATCH_BYTES} bytes, and after ${FLUSH_MS} ms otherwise`, () => {
    vi.useFakeTimers();
    const ours = pageLinesLog();
    // Five pages of these pass the bound.
    const long = `/${'x'.repeat(BATCH_BYTES / 4)}/index.html`;
    const batched = writesDuring(() => {
      for (let page = 0; page < 10; page += 1) for (const event of pageEvents(long)) ours.write(event);
    });
    expect(batched).toHaveLength(2);
    for (const text of batched) expect(text.length).toBeGreaterThanOrEqual(BATCH_BYTES);
    const later = writesDuring(() => {
      for (const event of pageEvents('/late/index.html')) ours.write(event);
      vi.advanceTimersByTime(FLUSH_MS - 1);
    });
    expect(later.join('')).not.toContain('/late/');
    const timed = writesDuring(() => vi.advanceTimersByTime(1));
    expect(timed.join('')).toContain('/late/');
  });

  it("is the site's log destination", async () => {
    // The configuration deletes BASE_URL from the environment as it loads (see there): restored for the other tests.
    const baseUrl = process.env['BASE_URL'];
    try {
      const { default: config } = await import('../../astro.config.mjs');
      expect(config.logger?.entrypoint).toEqual(new URL('./page-lines-log.ts', import.meta.url));
    } finally {
      if (baseUrl !== undefined) process.env['BASE_URL'] = baseUrl;
    }
  });
});
