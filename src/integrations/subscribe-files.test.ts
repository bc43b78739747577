import { afterEach, describe, expect, it, vi } from 'vitest';
import { BULK_ROUTE, subscribeFiles } from './subscribe-files.ts';
import { bulkWrite, endBulkWrite, type BulkResult } from '../site/subscribe-outputs.ts';

/** Calls one of the integration's hooks with only the parameters it uses. */
async function call(integration: ReturnType<typeof subscribeFiles>, hook: string, params: Record<string, unknown>): Promise<void> {
  const run = (integration.hooks as Record<string, (options: unknown) => unknown>)[hook];
  await run?.(params);
}

function logger() {
  return { info: vi.fn(), warn: vi.fn() };
}

/** An integration through setup, config and build start, as `command` runs it. */
async function started(command: string) {
  const integration = subscribeFiles();
  const injectRoute = vi.fn();
  await call(integration, 'astro:config:setup', { command, injectRoute });
  await call(integration, 'astro:config:done', { config: { outDir: new URL('file:///tmp/site-out/') } });
  await call(integration, 'astro:build:start', {});
  return { integration, injectRoute };
}

afterEach(() => {
  endBulkWrite();
  vi.unstubAllEnvs();
});

describe('the subscribe files integration', () => {
  it('adds its route to builds only, and opens the writing into the output folder', async () => {
    const dev = await started('dev');
    expect(dev.injectRoute).not.toHaveBeenCalled();
    expect(bulkWrite()).toBeUndefined();

    const build = await started('build');
    expect(build.injectRoute).toHaveBeenCalledWith(expect.objectContaining({ pattern: BULK_ROUTE, prerender: true }));
    expect(bulkWrite()).toEqual({ folder: '/tmp/site-out/', writing: null });
  });

  it('leaves the files to their endpoints when the build writes none (SUBSCRIBE_OUTPUTS=off)', async () => {
    vi.stubEnv('SUBSCRIBE_OUTPUTS', 'off');
    const { injectRoute } = await started('build');
    expect(injectRoute).not.toHaveBeenCalled();
    expect(bulkWrite()).toBeUndefined();
  });

  it('waits for the writing when the build is done, and says what was written', async () => {
    const { integration } = await started('build');
    const state = bulkWrite();
    if (state === undefined) throw new Error('no writing opened');
    let finish: (value: BulkResult) => void = () => undefined;
    state.writing = new Promise((resolve) => (finish = resolve));
    const log = logger();
    const done = call(integration, 'astro:build:done', { logger: log });
    finish({
      files: ['data/csv/councils.csv', 'calendars/meetings/a/b/2017-01-01.ics'],
      seconds: 1.25,
      parts: { feeds: 0, calendars: 0.5, data: 0.75 },
    });
    await done;
    expect(log.info).toHaveBeenCalledWith(
      expect.stringMatching(/^Wrote 2 feeds, calendars and data files in 1\.3 s .*calendars 0\.5 s, data 0\.8 s\)$/),
    );
    expect(bulkWrite()).toBeUndefined();
  });

  it('fails the build when the writing failed or never started', async () => {
    const failed = await started('build');
    const state = bulkWrite();
    if (state === undefined) throw new Error('no writing opened');
    state.writing = Promise.reject(new Error('meetings/x.md: cannot read'));
    await expect(call(failed.integration, 'astro:build:done', { logger: logger() })).rejects.toThrow(/cannot read/);

    const never = await started('build');
    await expect(call(never.integration, 'astro:build:done', { logger: logger() })).rejects.toThrow(/not built/);
  });
});
