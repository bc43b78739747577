import { describe, expect, it } from 'vitest';
import { fieldDocs, schemaDocs } from './field-docs.ts';

describe('field comments of the schema', () => {
  it('are read from one-line and multi-line doc comments', () => {
    const docs = fieldDocs(
      [
        'export const thing = z.object({',
        '  /** Its name. */',
        '  name: z.string(),',
        '  /**',
        '   * Where it is,',
        '   * in words.',
        '   */',
        '  place: z.string(),',
        '  bare: z.string(),',
        '});',
      ].join('\n'),
    );
    expect(docs.get('thing')).toEqual(
      new Map([
        ['name', 'Its name.'],
        ['place', 'Where it is, in words.'],
      ]),
    );
  });

  it('are found for the fields of the real schema', () => {
    const docs = schemaDocs();
    expect(docs.get('meetingSchema')?.get('venue')).toBe('Venue, without "View directions".');
    expect(docs.get('agendaItem')?.get('resolutions')).toMatch(/resolution/i);
    expect(docs.get('recommendationSchema')?.get('status')).toBeTruthy();
  });
});
