/**
 * The movements a list of those present notes after a name: "Cllr Carter (arrived at 7.05pm)", "(from item 5)",
 * "(left at 8.30pm, returned 8.45pm)". Apart because it reads a list's entries, not sentences; movements.ts joins a
 * note to the sentence that says the same.
 */
import type { AttendanceMovement } from '../../../src/model/schema.ts';
import { readPiece } from './attendance-person.ts';
import { squash } from './attendance-piece.ts';
import { listedNames, type Members } from './movement-members.ts';
import type { Movement } from './movement-sentences.ts';
import { itemOf, movementTime } from './movement-when.ts';
import { HOW_ATTENDED_SOURCE } from './person-notes.ts';

/**
 * A note in a list after a name that says when the member came or went: "(arrived at 7.05pm)",
 * "(arrived late)", "(joined during item 4)", "(left at 8.30pm)", "(left after item 7)", "(from item
 * 5)", "(from 7.20pm)", "(until item 7)", "(returned at 8.50pm)". "from" and "until" say so only with
 * a time or an item ("(from Ashby Town Council)" says whom the member represents). Group 1 the verb.
 */
const NOTE = /^(arrived|joined|entered|left|withdrew|departed|returned|re-?joined|from|until)\b/i;
const NOTE_MOVEMENT: Record<string, Movement> = {
  arrived: 'arrived',
  joined: 'arrived',
  entered: 'arrived',
  from: 'arrived',
  left: 'left',
  withdrew: 'left',
  departed: 'left',
  until: 'left',
  returned: 'returned',
  rejoined: 'returned',
};

/**
 * "(joined via Microsoft Teams)", "(joined remotely)": a note that says only how the member took part, as a hybrid
 * meeting's list of those present prints it; no arrival (one that says when, "joined by video link at 7.20pm", is).
 */
const JOINED_HOW = new RegExp(String.raw`^(?:joined|entered)\s+(?:${HOW_ATTENDED_SOURCE})$`, 'i');

/** The movements one bracketed note after a name states: one for each part ("left 8.30pm, returned 8.45pm"). */
export function noteMovements(person: string, note: string, text: string): AttendanceMovement[] {
  return squash(note)
    .split(/\s*[,;]\s*|\s+and\s+/)
    .flatMap((part) => {
      const verb = NOTE.exec(part)?.[1]?.toLowerCase().replace('-', '');
      const movement = verb === undefined ? undefined : NOTE_MOVEMENT[verb];
      if (movement === undefined || JOINED_HOW.test(part)) return [];
      const time = movementTime(part);
      const item = itemOf(part, null);
      if ((verb === 'from' || verb === 'until') && time === null && item === null) return [];
      return [{ person, movement, time, item, text }];
    });
}

/**
 * "Cllr Carter (arrived at 7.05pm)": a list's entry, the name after the last comma, colon or "and", its note in brackets.
 * An entry starts only where a run of its letters can (the text's start, or after a comma, colon, semicolon or bracket):
 * the same matches, without trying again from every letter of a long paragraph that has no brackets.
 */
const NOTED_ENTRY = /(?<![^,;:()])([^,;:()]+?)\s*\(([^()]+)\)/g;

/** The movements the notes in a list state, for the names the attendance lists (as it lists them). */
export function listMovements(lines: readonly string[], members: Members): AttendanceMovement[] {
  const listed = listedNames(members.attendance);
  // Each paragraph as printed, its line breaks kept: in a list of one name a line, an entry starts on its line.
  const printed = lines.join('\n').split(/\n\s*\n/);
  return printed.flatMap((paragraph) =>
    [...paragraph.matchAll(NOTED_ENTRY)].flatMap((match) => {
      const entry = (match[1] ?? '').replace(/^[^]*\s(?:and|&)\s+/i, '');
      // "Councillor K Lusher\nCouncillor N Otley (remote, from 10.40 am)": the name on the note's line, where the run
      // back to the last comma takes in the line above (a name wrapped over two lines is read whole first).
      const named = [squash(entry), squash(entry.split('\n').at(-1) ?? '')].find((text) => {
        const piece = readPiece(text);
        return piece.kind === 'person' && listed.includes(piece.name);
      });
      const piece = named === undefined ? null : readPiece(named);
      if (named === undefined || piece?.kind !== 'person') return [];
      return noteMovements(piece.name, match[2] ?? '', `${named} (${squash(match[2] ?? '')})`);
    }),
  );
}
