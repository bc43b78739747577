import { describe, expect, it } from 'vitest';
import { meetingSchema } from '../../../src/model/schema.ts';
import { parseSource } from '../import-sources.ts';

/** A notice of officers' decisions, in invented words, one decision whose subject carries its exempt mark. */
const notice = (...subject: string[]) =>
  [
    'Corrowmore Borough Council',
    'Notice of Decisions Taken under Delegated Powers',
    '',
    'Ref: DD/2026/014',
    'Decision taker: Head of Property (Ann Brodie)',
    'Date of decision: 4 March 2026',
    ...subject,
    'Decision: To buy the land at the price agreed.',
    'Reason: To widen the access road.',
  ].join('\n');
const itemOf = (text: string) =>
  meetingSchema.parse(parseSource(text, 'notice.txt', {}).find((record) => record.collection === 'meetings')?.data).items[0];

describe("decision notice: an exempt mark at the end of the decision's subject", () => {
  it('takes the mark off the subject into the exempt field, wrapped over two lines or not', () => {
    const wrapped = itemOf(notice('Subject: Purchase of land at Kirk Lane (exempt information,', 'paragraph 3)'));
    expect(wrapped).toMatchObject({
      title: 'Purchase of land at Kirk Lane',
      exempt: { text: '(exempt information, paragraph 3)', paragraphs: ['3'] },
    });
    const dashed = itemOf(notice('Subject: Tenancy arrears write-off (Not for publication – para 1)'));
    expect(dashed).toMatchObject({ title: 'Tenancy arrears write-off', exempt: { paragraphs: ['1'] } });
  });

  it('leaves a subject that only names something private', () => {
    const open = itemOf(notice('Subject: Grants for housing (Private Sector)'));
    expect(open?.title).toBe('Grants for housing (Private Sector)');
    expect(open?.exempt ?? null).toBeNull();
  });
});

/** A cabinet member's decision notice, in invented words, its subject under its label and its fields below. */
const form = (subject: string, ...fields: string[]) =>
  [
    'Harrowby District Council',
    'Decision Notice',
    '',
    'Decision maker: Cabinet Member for Environment',
    'Date of decision: 11 March 2026',
    'Subject:',
    subject,
    'Decision:',
    'To renew the contract for a further two years.',
    ...fields,
  ].join('\n');

describe("decision notice: the field saying whether the decision is confidential, never a title's first word", () => {
  it('reads a title opening "Confidential" or "Exempt" as the title, marking nothing', () => {
    for (const subject of ['Confidential waste contract renewal', 'Exempt charities rate relief']) {
      const item = itemOf(form(subject));
      expect(item?.title).toBe(subject);
      expect(item?.exempt ?? null).toBeNull();
    }
  });

  it('marks the decision closed by its labelled field answering yes, or citing a paragraph', () => {
    for (const field of ['Confidential: Yes', 'Is the decision confidential? Yes']) {
      expect(itemOf(form('Waste contract renewal', field))?.exempt).toMatchObject({ text: field, paragraphs: [] });
    }
    const cited = itemOf(form('Waste contract renewal', 'Confidential / exempt information: Exempt – paragraph 3'));
    expect(cited?.exempt).toMatchObject({ paragraphs: ['3'] });
  });

  it('marks nothing when the labelled field answers no', () => {
    for (const field of ['Confidential: No', 'Is the decision confidential?', 'No']) {
      expect(itemOf(form('Waste contract renewal', field))?.exempt ?? null).toBeNull();
    }
  });
});
