/**
 * A motion moved and then declared carried, its own words the decision: under its movers' lines ("Proposed by …"
 * over "- that …" or a quoted motion), quoted in its movers' sentence, or unquoted to that sentence's end. Apart
 * because the decision reader (decisions.ts) reads it only when no marked block decides and before the clerk's sentences.
 */
import { squash } from '../text.ts';
import { MOVERS_ONLY, SECONDER_ONLY } from './mover-names.ts';
import { PUT_AND } from './vote-words.ts';
import { movedWithOutcome } from './moved-outcome.ts';

/**
 * "Proposed by Councillor Ash" / "Seconded by Councillor Bell" / "- that the Committee approve Option 2."
 * (or the motion quoted, "“That this Council …”", over as many lines as it takes): what was moved, under
 * its movers' lines, as Northern Irish minutes print it; it is a decision only when the text then says the
 * proposal was carried ("The Mayor declared the motion CARRIED.").
 */
const DASHED_THAT = /^\s*[-–—]\s*(that\b.*)$/i;
/** A quoted motion's first line: "“That this Council …", or its own words ("“This Council resolves to …"). */
const QUOTED_THAT = /^\s*["“]((?:that\b|\p{Lu}).*)$/iu;
/** A quoted motion's last line: its closing quote, a stop before or after it. */
const CLOSING_QUOTE = /["”]\.?\s*$/;
/** "The Mayor declared the motion CARRIED.", "The motion was put and carried." (PUT_AND, the vote reader's words). */
const DECLARED_CARRIED = new RegExp(
  String.raw`\b(?:declared\s+the\s+(?:motion|proposal)\s+(?:to\s+be\s+)?carried|(?:motion|proposal)\s+was\s+(?:then\s+)?(?:declared\s+|${PUT_AND}\s+)?carried)\b`,
  'i',
);

/**
 * What a line opens as moved, with the lines it ends at: a dashed line alone, a quoted motion to its
 * closing quote (none when no line before a blank one closes it: a motion cut short is no decision).
 */
function movedFrom(lines: string[], at: number): { text: string; end: number } | null {
  const line = lines[at] ?? '';
  const dashed = DASHED_THAT.exec(line);
  if (dashed) return { text: squash(dashed[1] ?? ''), end: at };
  if (!QUOTED_THAT.test(line)) return null;
  for (let end = at; end < lines.length && (lines[end] ?? '').trim() !== ''; end += 1) {
    if (CLOSING_QUOTE.test(lines[end] ?? '')) {
      const quoted = squash(lines.slice(at, end + 1).join(' '));
      return { text: quoted.replace(/^["“]/, '').replace(/["”](\.?)$/, '$1'), end };
    }
  }
  return null;
}

/**
 * "Mrs Lamacraft moved, and Mr Burge seconded, that "this meeting asks …"": a motion quoted in its movers'
 * sentence, group 1 its words.
 */
const MOVED_QUOTED = /\b(?:moved|proposed)\b[^"“.;]{0,80}?\bthat\s+["“]([^"”]{1,800})["”]/g;
/**
 * "It was proposed by Mr Haddow and seconded by Miss Ferraby that the precept be £2,400.", "Councillor Rattray, seconded by
 * Councillor Oag, moved that the plan be approved.": a motion unquoted in its movers' sentence, to the sentence's end;
 * group 1 its words from "that".
 */
const MOVED_UNQUOTED = /\b(?:moved|proposed)(?:\s+by\b[^"“.;]{1,80}?)?\s+(that\s+(?!["“])[^;]{1,400}?)\.(?=\s+[A-Z]|\s*$)/g;

/** True when the sentence a match moves in names an amendment ("As an amendment, Councillor Pow … moved that …"). */
function movesAmendment(flat: string, match: RegExpMatchArray): boolean {
  const at = match.index ?? 0;
  const start = flat.lastIndexOf('. ', at) + 1;
  return /\bamendment\b/i.test(flat.slice(start, at + match[0].length));
}

/**
 * What was moved in its movers' sentence (quoted, or as the pattern reads it), and then declared carried before the next
 * motion, in order. An amendment is no motion a "motion was carried" answers: it is passed over, the motion's reach going
 * on past it to the outcome.
 */
function quotedAndCarried(text: string, pattern: RegExp = MOVED_QUOTED): string[] {
  const flat = squash(text.replace(/\s*\n\s*/g, ' '));
  const moved = [...flat.matchAll(pattern)].filter((match) => !movesAmendment(flat, match));
  return moved.flatMap((match, at) => {
    const after = flat.slice((match.index ?? 0) + match[0].length, moved[at + 1]?.index ?? flat.length);
    return DECLARED_CARRIED.test(after) ? [squash(match[1] ?? '')] : [];
  });
}

/** What was moved under its movers' lines (or quoted in their sentence) and then declared carried, in order; none when nothing was. */
export function movedAndCarried(text: string): string[] {
  const lines = text.split('\n');
  const quoted = quotedAndCarried(text);
  if (quoted.length > 0) return quoted;
  const unquoted = quotedAndCarried(text, MOVED_UNQUOTED);
  if (unquoted.length > 0) return unquoted;
  // "Cllr Ash moved that Quote B be accepted and the motion was put and carried.", "… be approved. This was agreed.".
  const said = movedWithOutcome(text).flatMap(({ words, carried }) => (carried ? [words] : []));
  if (said.length > 0) return said;
  return lines.flatMap((_line, at) => {
    const moved = movedFrom(lines, at);
    const above = lines
      .slice(0, at)
      .reverse()
      .find((before) => before.trim() !== '');
    const undered = above !== undefined && (SECONDER_ONLY.test(above.trim()) || MOVERS_ONLY.test(above.trim()));
    if (moved === null || !undered) return [];
    const rest = lines.slice(moved.end + 1);
    // Carried before the next proposal is moved: a later motion's outcome is no answer for this one.
    const until = rest.findIndex((_after, index) => movedFrom(rest, index) !== null);
    return DECLARED_CARRIED.test((until === -1 ? rest : rest.slice(0, until)).join(' ')) ? [moved.text] : [];
  });
}
