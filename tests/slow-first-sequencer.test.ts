import type { TestSpecification, Vitest } from 'vitest/node';
import { describe, expect, it } from 'vitest';
import SlowFirstSequencer, { SLOW_FILES } from './slow-first-sequencer.ts';

const ROOT = '/project';

/** A unit file of `size` bytes, as Vitest's sequencer sees it on a fresh clone (no earlier durations). */
function spec(path: string): TestSpecification {
  const project = { name: 'unit', config: { sequence: { groupOrder: 0 }, isolate: true } };
  return { moduleId: `${ROOT}/${path}`, project } as unknown as TestSpecification;
}

function sequencer(sizes: Record<string, number>): SlowFirstSequencer {
  const cache = {
    getFileTestResults: () => undefined,
    getFileStats: (key: string) => ({ size: sizes[key.replace(/^unit:/, '')] ?? 0 }),
  };
  return new SlowFirstSequencer({ cache, config: { root: ROOT } } as unknown as Vitest);
}

describe('SlowFirstSequencer', () => {
  it('starts the files that build a site first, then the rest largest first', async () => {
    const [slow] = SLOW_FILES;
    const sizes = { 'src/a.test.ts': 300, 'src/b.test.ts': 900, [slow ?? '']: 100 };
    const sorted = await sequencer(sizes).sort(Object.keys(sizes).map(spec));
    expect(sorted.map((file) => file.moduleId.slice(ROOT.length + 1))).toEqual([slow, 'src/b.test.ts', 'src/a.test.ts']);
  });

  it('names files that exist', async () => {
    const { existsSync } = await import('node:fs');
    for (const file of SLOW_FILES) expect(existsSync(new URL(`../${file}`, import.meta.url)), file).toBe(true);
  });
});
