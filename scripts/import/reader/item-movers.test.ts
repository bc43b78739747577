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

  it('names a member by initials with the name alone, whatever note or post their entry adds after it', () => {
    const roster = moverRoster(['Councillor Tessa Pike (observer)', 'Tam Craik, Carers Representative', 'Ula Venn (items 4 and 5)'], []);
    expect(roster.initials.get('TP')).toBe('Tessa Pike');
    expect(roster.initials.get('TC')).toBe('Tam Craik');
    expect(roster.initials.get('UV')).toBe('Ula Venn');
  });
});
