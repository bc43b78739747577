/**
 * A notice of several decisions each opened above its subject by its own reference or heading: a weekly "Notice of
 * decisions taken under delegated powers" whose blocks begin "Ref: DP/2025/032 *" over "Decision taker:" and "Date of
 * decision:", or a record headed "Decision 1 of 3" / "DECISION NO. 31" over each. Each block is one decision with its
 * own taker, date and reference, so the lines from its opener to its subject are its own (its lead), never the tail of
 * the decision above. Apart from decision-form.ts, which splits a notice at its subjects and reads each form.
 */
import { squash } from '../text.ts';
import { ASTERISK_KEY } from '../reader/items.ts';
import type { Form } from './decision-form.ts';
import { DECISION_REFERENCE } from './decision-notice-header.ts';

/** "Decision 1 of 3", "DECISION NO. 31", "Decision No 7 *": a block's heading, its number in group 1 and a mark in group 2. */
const DECISION_HEADING = /^decision\s+(?:no\.?\s*)?(\d{1,4})(?:\s+of\s+\d{1,4})?(?:\s*(\*))?$/i;
/** "DP/2025/032 *": a reference with the mark after it that the notice's key explains. */
const MARKED = /^(.*?)\s*(\*)$/;

/** A form with its block's lead: the lines from the block's opener down to the subject's label. */
export interface LedForm extends Form {
  lead: string[];
}

/**
 * The notice's header and forms, each form with its lead, when every form of two or more has an opener of its own
 * above its subject (the headings when the notice has any, else the reference lines): the previous form's lines end
 * at it. Null for any other notice, whose forms stay as splitForms made them.
 */
export function withLeads(lines: string[], forms: Form[]): { header: string[]; forms: LedForm[] } | null {
  if (forms.length < 2) return null;
  const squashed = lines.map(squash);
  const headings = squashed.flatMap((line, at) => (DECISION_HEADING.test(line) ? [at] : []));
  const openers = headings.length > 0 ? headings : squashed.flatMap((line, at) => (DECISION_REFERENCE.test(line) ? [at] : []));
  let after = -1;
  const starts: number[] = [];
  for (const form of forms) {
    const opener = openers.find((at) => at > after && at < form.start);
    if (opener === undefined) return null;
    starts.push(opener);
    after = form.start;
  }
  const led = forms.map((form, index) => {
    const next = starts[index + 1];
    const own = next === undefined ? form.lines : form.lines.slice(0, next - form.start - 1);
    while (own.length > 0 && squash(own.at(-1) ?? '') === '') own.pop();
    return { ...form, lines: own, lead: lines.slice(starts[index], form.start) };
  });
  return { header: lines.slice(0, starts[0]), forms: led };
}

/** A block's reference (its reference line's, else its heading's number) and the mark printed after it, if any. */
export function blockReference(lead: string[]): { reference: string | null; mark: string | null } {
  const squashed = lead.map(squash);
  const referenced = squashed.map((line) => DECISION_REFERENCE.exec(line)?.[1]).find((value) => value !== undefined);
  const heading = squashed.map((line) => DECISION_HEADING.exec(line)).find((found) => found !== null);
  const headingMark = heading?.[2] ?? null;
  if (referenced !== undefined) {
    const marked = MARKED.exec(referenced);
    return { reference: marked?.[1] || referenced, mark: marked?.[2] ?? headingMark };
  }
  return { reference: heading?.[1] ?? null, mark: headingMark };
}

/**
 * The notice's key to the asterisk ("Decisions marked * are key decisions.", "* denotes a key decision"), read from
 * each paragraph of its header as the minutes' reader reads a decision list's key (reader/items.ts); null when none.
 */
export function asteriskKey(header: string[]): string | null {
  const paragraphs = header
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => squash(paragraph.replace(/\n/g, ' ')));
  return paragraphs.map((paragraph) => ASTERISK_KEY.exec(paragraph)?.[0]).find((key) => key !== undefined) ?? null;
}
