/**
 * "Councillor D Wych - Ward Member, Abbey (observer)", "Cllr I Vane - Local Member, Holt Park": a councillor listed with
 * the post of the ward's member and, after its comma, the ward's name. The comma parts no second person: the ward is
 * the post's, as "Ward Member for Abbey" would say. Apart because the list reader (attendance-person.ts) is long.
 */
import { TITLED_NAME } from '../../../src/model/honorifics.ts';
import { type Piece, squash } from './attendance-piece.ts';

/** A post that a ward's (or an electoral division's) name completes: "Ward Member", "Local Councillor", "Divisional Member". */
const WARD_POST = /\b(?:ward|local|division(?:al)?|electoral\s+division)\s+(?:member|councillor)$/i;
/** A ward's name: one to four capitalised words ("Abbey", "Holt Park", "St Mary's and Castle"), joined by "and" or "&". */
const WARD_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * True when the line prints the post, its comma and the ward's name straight after ("Ward Member, Abbey"): never a post
 * closed by its bracket and another person after ("(Ward Councillor), PC Kirsty Lamb").
 */
const printedAfter = (line: string, post: string, ward: string): boolean =>
  squash(line)
    .replace(/\s*,\s*/g, ', ')
    .includes(`${post}, ${ward}`);

/**
 * The pieces of a line with a ward's name printed after a ward post joined to that post ("Ward Member, Abbey"), a note
 * in brackets after the ward ("(observer)") kept after it; never the ward as a person. Other pieces unchanged.
 */
export function wardAfterPost(line: string, pieces: Piece[]): Piece[] {
  return pieces.reduce<Piece[]>((kept, piece) => {
    const last = kept.at(-1);
    const ward =
      last?.kind === 'person' &&
      WARD_POST.test(last.role ?? '') &&
      piece.kind === 'person' &&
      !piece.councillor &&
      !TITLED_NAME.test(piece.name) &&
      WARD_NAME.test(piece.name) &&
      printedAfter(line, last.role ?? '', piece.name);
    if (!ward || last?.kind !== 'person' || piece.kind !== 'person') return [...kept, piece];
    const note = piece.role === null ? '' : ` (${piece.role})`;
    return [...kept.slice(0, -1), { ...last, role: `${last.role ?? ''}, ${piece.name}${note}` }];
  }, []);
}
