/**
 * A form's or a notice's labelled fields ("Decision maker: Cabinet", "Date of notice: 21 November 2025"): read in order,
 * and written out in Markdown with every field kept. The call-in request form (call-in.ts) and the statutory notices
 * (statutory-notice.ts) are read with them.
 */
import { escapeMarkdown, toMarkdown } from '../minutes-markdown.ts';
import { squash } from '../text.ts';

/** "Label: value" on one line, the label at most eight words: a form's field. */
const LABELLED = /^(\p{Lu}[^:]{0,70}?)\s*:\s*(.*)$/u;
/** Fields over the members' signatures. */
export const SIGNED_LABEL =
  /^(?:signed(?:\s+by)?|signatures?|signatories|names?\s+of\s+(?:the\s+)?(?:councillors|members)(?:\s+requesting\b.*)?)$/i;
/** A ground of the form's list with its box: "[x] …", "[ ] …", "☒ …", "☐ …". */
const TICK = /^(?:\[\s*([xX✓✔]?)\s*\]|([☒☑✓✔])|(☐))\s*(\S.*)$/u;

export interface Field {
  label: string;
  /** Index of the label's line. */
  at: number;
  /** The value: the label line's rest and the lines below it up to a blank line or the next field. */
  value: string;
}

export function labelOf(line: string): { label: string; value: string } | null {
  const match = LABELLED.exec(squash(line));
  if (!match || (match[1] ?? '').split(/\s+/).length > 8) return null;
  return { label: squash(match[1] ?? ''), value: squash(match[2] ?? '') };
}

/** Every field of the form, in order. */
export function fieldsOf(lines: string[]): Field[] {
  const fields: Field[] = [];
  let open: { field: Field; lines: string[] } | null = null;
  const close = () => {
    if (open) fields.push({ ...open.field, value: open.lines.join('\n').trim() });
    open = null;
  };
  lines.forEach((raw, at) => {
    const line = squash(raw);
    const labelled = labelOf(line);
    if (labelled) {
      close();
      open = { field: { label: labelled.label, at, value: '' }, lines: labelled.value ? [labelled.value] : [] };
    } else if (line === '') {
      // A label alone over its value may stand a blank line above it.
      if (open && open.lines.length > 0) close();
    } else open?.lines.push(line);
  });
  close();
  return fields;
}

export function fieldValue(fields: Field[], label: RegExp): string | null {
  const value = fields.find((field) => label.test(field.label))?.value ?? '';
  return value === '' ? null : value;
}

/**
 * The form in Markdown: each field's label in bold before its value, the grounds as a list with
 * their boxes as printed ("[x]", "[ ]"), the signatories as a list, other text as paragraphs.
 */
export function formMarkdown(lines: string[]): string {
  const parts: string[] = [];
  let text: string[] = [];
  let list: string[] = [];
  let signatures = false;
  const flush = () => {
    if (text.length > 0) parts.push(toMarkdown(text.join('\n')));
    if (list.length > 0) parts.push(list.join('\n'));
    text = [];
    list = [];
  };
  for (const raw of lines) {
    const line = squash(raw);
    const tick = TICK.exec(line);
    const labelled = labelOf(line);
    if (line === '') {
      if (!(signatures && list.length === 0)) {
        flush();
        signatures = false;
      }
    } else if (tick) {
      if (text.length > 0) flush();
      list.push(`- [${tick[1] || tick[2] ? 'x' : ' '}] ${escapeMarkdown(tick[4] ?? '')}`);
    } else if (/^\s+\S/.test(raw) && list.at(-1)?.startsWith('- [')) {
      // A ground wrapped onto an indented line under its box goes on with it.
      list[list.length - 1] += ` ${escapeMarkdown(line)}`;
    } else if (labelled) {
      flush();
      parts.push(labelled.value ? `**${labelled.label}:** ${escapeMarkdown(labelled.value)}` : `**${labelled.label}:**`);
      signatures = SIGNED_LABEL.test(labelled.label) && labelled.value === '';
    } else if (signatures) {
      list.push(`- ${escapeMarkdown(line.replace(/^\(?\d{1,2}[.)]\s+/, ''))}`);
    } else {
      if (list.length > 0) flush();
      text.push(raw);
    }
  }
  flush();
  return parts.join('\n\n');
}
