import { describe, expect, it } from 'vitest';
import { parseBenchArgs, USAGE } from './cli.ts';

describe('parseBenchArgs', () => {
  it('measures everything but the subscribe cost by default, the rebuild after an import included', () => {
    expect(parseBenchArgs([])).toEqual({
      help: false,
      json: false,
      options: { meetings: 1000, seed: 1, keep: false, search: true, bare: true, rebuild: true, subscribeCost: false, pairs: 1 },
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
      pairs: 1,
    });
    expect(parseBenchArgs(['--subscribe-cost']).options.subscribeCost).toBe(true);
    expect(parseBenchArgs(['--help']).help).toBe(true);
    expect(parseBenchArgs(['--pairs', '5']).options.pairs).toBe(5);
    expect(USAGE).toMatch(/--no-rebuild/);
  });

  it('refuses a count that is not a whole number of at least 1, and unknown flags', () => {
    expect(() => parseBenchArgs(['--meetings', '0'])).toThrow('--meetings 0: expected a whole number of at least 1, e.g. --meetings 1000');
    expect(() => parseBenchArgs(['--seed', '1.5'])).toThrow(/--seed 1.5/);
    expect(() => parseBenchArgs(['--rebuild-only'])).toThrow(/--rebuild-only/);
    expect(() => parseBenchArgs(['--pairs', '0'])).toThrow('--pairs 0: expected a whole number of at least 1, e.g. --pairs 1000');
  });

  it('refuses more than one pair of builds without the floor', () => {
    expect(() => parseBenchArgs(['--pairs', '3', '--no-bare'])).toThrow('--pairs 3 builds the bare floor 3 times: leave out --no-bare');
    expect(parseBenchArgs(['--pairs', '1', '--no-bare']).options.pairs).toBe(1);
  });
});
