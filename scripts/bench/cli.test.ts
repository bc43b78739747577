import { describe, expect, it } from 'vitest';
import { parseBenchArgs, USAGE } from './cli.ts';

describe('parseBenchArgs', () => {
  it('measures everything but the subscribe cost by default, the rebuild after an import included', () => {
    expect(parseBenchArgs([])).toEqual({
      help: false,
      json: false,
      options: { meetings: 1000, seed: 1, keep: false, search: true, bare: true, rebuild: true, subscribeCost: false },
    });
  });

  it('reads each flag', () => {
    const command = parseBenchArgs(['--meetings', '10000', '--seed', '3', '--json', '--keep', '--no-search', '--no-bare', '--no-rebuild']);
    expect(command.json).toBe(true);
    expect(command.options).toEqual({
      meetings: 10000,
      seed: 3,
      keep: true,
      search: false,
      bare: false,
      rebuild: false,
      subscribeCost: false,
    });
    expect(parseBenchArgs(['--subscribe-cost']).options.subscribeCost).toBe(true);
    expect(parseBenchArgs(['--help']).help).toBe(true);
    expect(USAGE).toMatch(/--no-rebuild/);
  });

  it('refuses a count that is not a whole number of at least 1, and unknown flags', () => {
    expect(() => parseBenchArgs(['--meetings', '0'])).toThrow('--meetings 0: expected a whole number of at least 1, e.g. --meetings 1000');
    expect(() => parseBenchArgs(['--seed', '1.5'])).toThrow(/--seed 1.5/);
    expect(() => parseBenchArgs(['--rebuild-only'])).toThrow(/--rebuild-only/);
  });
});
