import { describe, expect, it } from 'vitest';
import { councilFor, councilsNamed, scrutinyBodiesNamed, scrutinyBodyFor } from './common.ts';

describe('the councils a decision notice, report or tracker names', () => {
  it('keeps a name whose places are joined by "and", and a London borough named "London Borough of …"', () => {
    const text = ['LOUGHVEAGH AND DROMARD BOROUGH COUNCIL', 'Scrutiny Recommendations Tracker', 'London Borough of Wexcombe Heath'].join(
      '\n',
    );
    expect(councilsNamed(text)).toEqual(['Loughveagh and Dromard Borough Council', 'London Borough of Wexcombe Heath']);
  });

  it('names no council where the text speaks of one generically, and each council once', () => {
    expect(councilsNamed('Report to the Full Council\nThis Council notes …\nEastmere City Council\nEastmere City Council')).toEqual([
      'Eastmere City Council',
    ]);
  });
});

describe('the council a report is of', () => {
  const head = ['Report to: Orbury District Council, Penmarsh Borough Council and Quell District', 'Council', 'Date: 3 May 2025'];

  it('is none, with a warning naming them all, when the report goes to several councils, its field wrapped or not', () => {
    const found = councilFor(head, head.join('\n'), {});
    expect(found.value).toBeNull();
    expect(found.warnings).toEqual([
      'council not stated: the report goes to 3 councils (Orbury District Council; Penmarsh Borough Council; Quell District Council) and names none its own',
    ]);
  });

  it('is the one council a "Report to:" field names, or the one the source header gives', () => {
    expect(councilFor(['Report to: Orbury District Council'], '', {}).value).toBe('Orbury District Council');
    expect(councilFor(head, '', { council: 'Quell District Council' }).value).toBe('Quell District Council');
  });
});

describe('the scrutiny bodies a text names', () => {
  it('reads a name however it opens, wrapped over a line, and each name once', () => {
    const text = [
      'The final report was received by the Place Scrutiny Committee on 9 December.',
      'To the Overview and Scrutiny Management',
      'Board, and back to the Place Scrutiny Committee.',
    ].join('\n');
    expect(scrutinyBodiesNamed(text)).toEqual(['Place Scrutiny Committee', 'Overview and Scrutiny Management Board']);
  });

  it('reads no name across a blank line or a heading above it, and takes a short form for the full name it ends', () => {
    const text = [
      'Wards affected: All',
      '',
      'Summary',
      'The Adults Select Committee met four times.',
      'The Select Committee thanks the witnesses.',
    ].join('\n');
    expect(scrutinyBodiesNamed(text)).toEqual(['Adults Select Committee']);
  });

  it('names the one body, or none with a warning when the text names none or several', () => {
    expect(scrutinyBodyFor('considered by the Housing Scrutiny Panel', 'the committee')).toEqual({
      value: 'Housing Scrutiny Panel',
      warnings: [],
    });
    expect(scrutinyBodyFor('the scrutiny review of parks', 'the committee').value).toBeNull();
    expect(scrutinyBodyFor('the People Scrutiny Committee and the Place Scrutiny Committee', 'the committee').warnings).toEqual([
      'the committee not stated: the text names several (People Scrutiny Committee; Place Scrutiny Committee)',
    ]);
  });
});
