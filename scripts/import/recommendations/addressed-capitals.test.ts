/**
 * A long heading or resolution printed in capitals, read by every pattern built on the names a recommendation addresses
 * (addressed.ts, case-insensitive): each gives up at once, never trying every way to split the words into a body's name.
 * The bound is generous: it guards a pattern that would run for minutes, not speed.
 */
import { describe, expect, it } from 'vitest';
import {
  advisedAddressee,
  headingAddressee,
  listAddressee,
  markedAddressee,
  recommendationItself,
  recommendedBodyAround,
  recommendedTo,
  recommendsThat,
} from './addressed.ts';

/** The opening words, then the run of words repeated, cut at 400 characters. */
const capitals = (opening: string, run: string): string => `${opening} ${run.repeat(40)}`.slice(0, 400);

const LINES = [
  capitals('PART B - RECOMMENDATIONS TO THE CABINET MEMBER FOR', 'HOUSING AND COMMUNITIES OF THE '),
  capitals('THE SACRE AGREED TO RECOMMEND TO THE', 'AUDIT  AND  GOVERNANCE  STANDARDS  & '),
  capitals('IT WAS AGREED TO RECOMMEND THE', 'ROAD AND BRIDGE WORKS FOR THE EACH PARTNER LOCAL '),
  capitals('THAT THE CABINET MEMBER FOR', 'ECONOMY, SKILLS & GROWTH BE '),
  capitals('RECOMMENDED TO THE', "MEMBERS' PANEL OF THE NHS TRUST AND BOARD OF "),
  capitals('ITEMS REFERRED TO THE', 'POLICY AND RESOURCES AND PLANNING AND LICENSING '),
];

const READERS: [string, (line: string) => unknown][] = [
  ['recommendedTo', recommendedTo],
  ['recommendsThat', recommendsThat],
  ['listAddressee', listAddressee],
  ['recommendedBodyAround', recommendedBodyAround],
  ['advisedAddressee', advisedAddressee],
  ['headingAddressee', headingAddressee],
  ['recommendationItself', recommendationItself],
  ['markedAddressee', (line) => markedAddressee(line, line.slice(-60))],
];

describe('a 400-character line in capitals', () => {
  it.each(READERS)('%s reads it in well under a second', (_name, read) => {
    for (const line of LINES) {
      expect(line).toHaveLength(400);
      const start = performance.now();
      read(line);
      expect(performance.now() - start).toBeLessThan(200);
    }
  });
});
