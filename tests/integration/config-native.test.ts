/**
 * Astro imports astro.config.mjs with Node first, and only when that fails starts a Vite server to
 * load it (astro's loadConfigWithVite), which cost every build about 0.6 s before its content sync
 * (BENCHMARKS.md, round 17). So the config and every module it imports must load in Node as they
 * are: TypeScript that type stripping erases (tsconfig's erasableSyntaxOnly), imports with extensions.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

it('Node imports astro.config.mjs as it is, without Vite', () => {
  const config = pathToFileURL(`${root}astro.config.mjs`).href;
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { default: config } = await import(${JSON.stringify(config)}); console.log(config.integrations.length);`,
    ],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(Number(run.stdout.trim())).toBeGreaterThan(0);
});
