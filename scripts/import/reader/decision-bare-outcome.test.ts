/**
 * A decision stated as its subject and a bare outcome word, no verb before it ("Quarterly budget report approved.",
 * "a) Payments schedule for March approved."): read when it stands as its own sentence or list point, never when a
 * person agrees, a sentence of discussion holds the words, an application's line reports another body's decision, or
 * the words are a heading.
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';
import { isBareOutcome } from './decision-bare-outcome.ts';

describe('a subject and a bare outcome as its own sentence', () => {
  it('reads "… approved." after prose, and "… agreed." on its own', () => {
    expect(findDecisions('The Clerk went through the figures line by line.\n\nQuarterly budget report approved.')).toEqual([
      'Quarterly budget report approved.',
    ]);
    expect(findDecisions('Date of the annual parish meeting agreed.')).toEqual(['Date of the annual parish meeting agreed.']);
  });

  it('reads a refusal, "… not approved.", as the decision too', () => {
    expect(findDecisions('Cllr Tarrant explained the cost. Request for a second dog bin on Mill Row not approved.')).toEqual([
      'Request for a second dog bin on Mill Row not approved.',
    ]);
  });

  it('reads a lettered point that is one, the other points left as text', () => {
    expect(
      findDecisions('a) Payments schedule for April (£2,410.16) approved.\nb) Bank reconciliation to 31 March checked by the Chair.'),
    ).toEqual(['Payments schedule for April (£2,410.16) approved.']);
  });

  it('reads one with its paper considered first, "… considered and agreed."', () => {
    expect(isBareOutcome('Revised standing orders considered and agreed unanimously.')).toBe(true);
  });
});

describe('what only looks like one', () => {
  it('reads a person agreeing as no decision', () => {
    expect(isBareOutcome('Councillor Hale agreed.')).toBe(false);
    expect(isBareOutcome('The Clerk agreed.')).toBe(false);
    expect(isBareOutcome('Mrs Dunn agreed.')).toBe(false);
  });

  it("reads an officer agreeing, by any post of the attendance's post words, as no decision", () => {
    const officers = [
      'The Proper Officer',
      'The Locum Clerk',
      'The Internal Auditor',
      'Our Facilities Manager',
      'The Town Mayor',
      'The Vice-Chairman',
    ];
    expect(officers.filter((officer) => isBareOutcome(`${officer} agreed.`))).toEqual([]);
  });

  it("reads a post's paper or pay, not its holder, as the subject decided", () => {
    expect(isBareOutcome("Clerk's hours for the summer agreed.")).toBe(true);
    expect(isBareOutcome('Appointment of the Internal Auditor approved.')).toBe(true);
  });

  it('reads a sentence of discussion that holds the word as none', () => {
    expect(isBareOutcome('Members asked whether the lighting bid had been approved.')).toBe(false);
    expect(isBareOutcome('Cllr Ruddock said the footpath diversion approved.')).toBe(false);
    expect(isBareOutcome('We looked at the fence quotes and the price agreed.')).toBe(false);
  });

  it("reads an application's line, the planning authority's decision, as none", () => {
    expect(isBareOutcome('25/0117/FUL – Garage, 2 Mill Lane – approved.')).toBe(false);
    expect(isBareOutcome('25/0117/FUL Garage at 2 Mill Lane approved.')).toBe(false);
  });

  it('reads a heading, no stop after it, as none', () => {
    expect(findDecisions('Village green budget approved\nThe Chair thanked everyone for their work.')).toEqual([]);
  });
});
