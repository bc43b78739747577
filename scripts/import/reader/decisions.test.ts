/** Decision forms the vote reader needs read as decisions (votes.ts asks isDecision): see decisions.ts. */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('decisions', () => {
  it('reads "Resolved (5 votes to 3) that …" after lines with no full stop', () => {
    const text = [
      'For: Cllrs Pelham and Quarry',
      'Against: Cllr Upwood',
      'Resolved (2 votes to 1) that the bus shelter be repainted.',
    ].join('\n');
    expect(findDecisions(text)).toHaveLength(1);
    expect(findDecisions(text)[0]).toContain('the bus shelter be repainted');
  });

  it('reads "were read and approved", as parish minutes say what was done before approving', () => {
    expect(findDecisions('The accounts were received and approved by a show of hands.')).toEqual([
      'The accounts were received and approved by a show of hands.',
    ]);
  });

  it('reads "RESOLVED (unanimously):" as the marker, its list the decisions', () => {
    expect(findDecisions('RESOLVED (unanimously):\n(a) That the ferry levy be set.\n(b) That the timetable be published.')).toEqual([
      'That the ferry levy be set.',
      'That the timetable be published.',
    ]);
  });

  it('reads a parish decision under Word\'s "o" bullet as the entry, the bullet off', () => {
    const text = ['o\tThe treasurer presented the bank reconciliation.', 'o\tThe audit fee was approved by all present.'].join('\n');
    expect(findDecisions(text)).toEqual(['The audit fee was approved by all present.']);
  });
});
