/**
 * Whom to ask about a meeting, as agendas print it: "Contact: Jo Green, Democratic Services,
 * 01234 567890, jo.green@example.gov.uk" on one line (ModernGov pages), or "Please ask for:" over a
 * name with "Tel:" and "Email:" lines under it (councils' own agendas). One reader for both.
 */
import type { Meeting } from '../../src/model/schema.ts';
import { squash } from './text.ts';

type Contact = NonNullable<Meeting['contact']>;

/** An e-mail address anywhere in a line. */
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** A UK telephone number: "01234 567890", "+44 1234 567 890", "0300-123-4567". */
const PHONE = /(?:\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}/;
/** A number standing as a part of its own in a comma list: "Jo Green, 01234 567890". */
const BARE_PHONE = new RegExp(`(?<=^|,)\\s*${PHONE.source}(?=\\s*(?:,|$))`);

/**
 * The label of a contact line: "Contact:", "Contact Officer:", "Enquiries to:", "Please ask for",
 * "For enquiries please contact", "Please contact:". Its value follows on the line or stands on the
 * next. "Please contact" with no colon opens a sentence ("Please contact us if …"), not a contact.
 */
export const CONTACT_LABEL =
  /^(?:contacts?(?:\s+officers?)?\s*:|enquiries(?:\s+to)?\s*:|please\s+ask\s+for\b\s*:?|please\s+contact\s*:|for\s+(?:further\s+)?(?:enquiries|information)\b[^:.]*?\b(?:contact|ask\s+for)\b\s*:?)\s*/i;
/** "Tel: …", "Email: …", "Direct line …", or an address or number alone: details under a contact's name. */
const DETAIL = new RegExp(
  `^(?:(?:tel(?:ephone)?|phone|direct\\s+(?:line|dial)|e-?mail(?:\\s+address)?)\\b|${EMAIL.source}$|${PHONE.source}$)`,
  'i',
);

/** A contact line's value, its "Email:" and "Tel:" parts taken out into their fields. */
export function parseContact(value: string): Contact {
  const email = EMAIL.exec(value)?.[0] ?? null;
  const phone = PHONE.exec(value)?.[0] ?? null;
  const text = squash(
    value
      .replace(/\b(?:E-?mail|Email address)\s*:?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+/i, '')
      .replace(/\b(?:Tel(?:ephone)?\.?|Phone|Direct\s+(?:line|dial))\s*(?:no\.?)?\s*:?\s*(?:\+44\s?|0)[\d\s-]{9,}/i, '')
      .replace(EMAIL, '')
      .replace(BARE_PHONE, '')
      .replace(/,(?:\s*,)+/g, ',')
      .replace(/[\s,;]+$/, ''),
  );
  return { text: text || (email ?? ''), email, phone };
}

/** What `readContact` found: the contact, and the 0-based indexes of the lines it read. */
export interface ContactFound {
  contact: Contact | null;
  lines: number[];
}

/**
 * The first labelled contact in `lines`, with the name on the next line when the label stands
 * alone, and the "Tel:" / "Email:" lines right under it.
 */
export function readContact(lines: readonly string[]): ContactFound {
  const at = lines.findIndex((line) => CONTACT_LABEL.test(squash(line)));
  if (at === -1) return { contact: null, lines: [] };
  const read = [at];
  const parts = [squash(lines[at] ?? '').replace(CONTACT_LABEL, '')];
  for (let index = at + 1; index < lines.length && index <= at + 4; index += 1) {
    const line = squash(lines[index] ?? '');
    const nameUnder = parts.join('') === '' && line !== '' && line.length <= 80 && !line.includes(':');
    if (!nameUnder && !DETAIL.test(line)) break;
    parts.push(line);
    read.push(index);
  }
  const value = parts.filter((part) => part !== '').join(', ');
  return value === '' ? { contact: null, lines: [] } : { contact: parseContact(value), lines: read };
}

/**
 * "Published: 2 December 2025", "Date of publication: Tuesday, 2/12/2025", "Date published – 2 Dec 2025",
 * "Publication date: …": the label of the day an agenda's papers were put out, printed at the record's foot.
 * One label for the foot under a contact (here) and the foot under the last item (reader/last-item-foot.ts).
 */
export const PUBLICATION_LABEL = /^(?:date\s+(?:of\s+)?)?publi(?:shed|cation)(?:\s+(?:date|on))?\b\s*(?::|[-–—])?\s*/i;

/**
 * What a record prints at its foot after the contact: the body's address (with its postcode), a line
 * of enquiries, a web address, the date the papers were published.
 */
const FOOT_LINE = new RegExp(String.raw`\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|^enquiries\b|\bwww\.|${PUBLICATION_LABEL.source}`, 'i');

/** "Contact", "Contact details": a web page's heading over whom to ask, with no colon. */
const CONTACT_HEADING = /^contacts?(?:\s+(?:details|us|information))?$/i;

/**
 * A contact printed at the record's foot, under the last item ("Contact Officer: …", "Tel: …", then
 * perhaps the body's address and the date of publication): the first contact label after which
 * only such lines stand, or a heading "Contact" over them. Its lines run to the end; none when prose follows.
 */
export function readFootContact(lines: readonly string[]): ContactFound {
  // Blank lines part a web page's blocks (the heading, its details): read without them.
  const filled = lines.flatMap((line, index) => (squash(line) === '' ? [] : [{ text: squash(line), index }]));
  const texts = filled.map(({ text }) => text);
  for (const [at, { text, index }] of filled.entries()) {
    const heading = CONTACT_HEADING.test(text);
    if (!heading && !CONTACT_LABEL.test(text)) continue;
    // A heading over the details reads as their label.
    const found = readContact(heading ? ['Contact:', ...texts.slice(at + 1)] : texts.slice(at));
    const after = at + Math.max(...found.lines) + 1;
    const foot = texts.slice(after).every((rest) => FOOT_LINE.test(rest) || DETAIL.test(rest));
    if (found.contact && foot) return { contact: found.contact, lines: lines.map((_line, line) => line).slice(index) };
  }
  return { contact: null, lines: [] };
}
