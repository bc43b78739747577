/**
 * The README says why each dependency is there (its "Dependencies" section): every package in
 * package.json is named there, nothing gone is still named, and every package is used by the
 * project's own files, so an unused one is removed rather than explained.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const packages = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})].sort();

/** The README's "Dependencies" section, up to the next section of the same level. */
function dependenciesSection(): string {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const start = readme.indexOf('\n## Dependencies\n');
  if (start < 0) throw new Error('README.md has no "## Dependencies" section');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Packages used without their name in any file of ours, and what uses them. */
const USED_BY_NAME_ELSEWHERE: Record<string, string> = {
  node: 'npm puts its binary first on the PATH of every script',
  typescript: "astro check's compiler",
  '@astrojs/check': 'the `astro check` of `npm run check`',
  'sass-embedded': 'Vite compiles Sass with it when it is installed',
};

describe('README: Dependencies', () => {
  const section = dependenciesSection();
  const named = new Set(
    [...section.matchAll(/^- ([\s\S]+?):/gm)].flatMap((line) => [...(line[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1])),
  );

  it('names every package of package.json, each in a list item saying why', () => {
    expect(packages.filter((name) => !named.has(name))).toEqual([]);
  });

  it('names no package that package.json no longer has', () => {
    expect([...named].filter((name) => !packages.includes(name as string))).toEqual([]);
  });

  it("uses every package in the project's own files (sources, tests, configuration, scripts)", () => {
    const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((file) => file !== '' && !/^(?:package(?:-lock)?\.json|README\.md|BENCHMARKS\.md|docs\/.*)$/.test(file))
      .filter((file) => /\.(?:ts|mjs|cjs|js|astro|scss|json|sh)$/.test(file) || file.startsWith('.'));
    const text = files.map((file) => readFileSync(`${root}${file}`, 'utf8')).join('\n');
    const scripts = JSON.stringify((JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: unknown }).scripts);
    const used = (name: string) =>
      name in USED_BY_NAME_ELSEWHERE ||
      text.includes(`'${name}'`) ||
      text.includes(`"${name}"`) ||
      text.includes(`'${name}/`) ||
      text.includes(`"${name}/`) ||
      text.includes(`node_modules/${name}/`) ||
      (name.startsWith('@types/') && text.includes(`'${name.slice('@types/'.length).replace('__', '/')}'`)) ||
      scripts.includes(name);
    expect(packages.filter((name) => !used(name))).toEqual([]);
  });
});
