import { describe, expect, it } from 'vitest';
import { moverRoster } from './item-movers.ts';

describe("a meeting's mover roster", () => {
  it("takes a substitute's initials from their name, not from the note of whom they sat for", () => {
    const roster = moverRoster(
      ['Councillor Tessa Pike', 'Kit Bramall (for Ruth Ellery)', 'Councillor Lyn Oduya (for Councillor Bo Pratt)'],
      [],
    );
    expect(roster.initials.get('KB')).toBe('Kit Bramall');
    expect(roster.initials.get('LO')).toBe('Lyn Oduya');
    expect(roster.initials.has('KE')).toBe(false);
  });
});
