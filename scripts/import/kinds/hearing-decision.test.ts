import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parserFor } from '../parsers.ts';
import { recordsIn, type ParseContext } from '../records.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const context: ParseContext = { file: 'notice.txt', meta: {}, fileType: 'text' } as ParseContext;

/** The one meeting a fixture's notice is read as, by the parser the importer chooses for it. */
function meetingOf(name: string) {
  const text = readFileSync(join(fixtures, name, 'input.txt'), 'utf8');
  const parser = parserFor(text);
  const [meeting] = recordsIn(parser?.parse(text, context).records ?? [], 'meetings');
  return { parser, meeting: meeting?.data };
}

describe("a hearing's decision notice", () => {
  for (const name of ['standards-hearing-decision-notice', 'hearings-panel-notice-of-decision']) {
    it(`${name}: is filed as a decision notice, saying its minutes are not held`, () => {
      const { parser, meeting } = meetingOf(name);
      expect(parser?.format).toBe('decision-notice');
      expect(meeting?.provenance.format).toBe('decision-notice');
      expect(meeting?.status).toBe('minutes');
      expect(meeting?.warnings).toContain("decision notice: the hearing's decisions are held, its minutes are not");
    });

    it(`${name}: the hearing's date is read from its label, which is not warned of as unread`, () => {
      const { meeting } = meetingOf(name);
      expect(meeting?.date).toMatch(/^2025-0[37]-0[59]$/);
      expect((meeting?.warnings ?? []).filter((warning) => /date of hearing/i.test(warning))).toEqual([]);
    });

    it(`${name}: the date the notice was issued is no reference to a meeting; the case's reference, held by no field, is warned of`, () => {
      const { meeting } = meetingOf(name);
      expect((meeting?.references ?? []).map((reference) => reference.date)).not.toContain(
        name.startsWith('standards') ? '2025-03-12' : '2025-07-16',
      );
      expect((meeting?.warnings ?? []).some((warning) => /(?:Complaint reference|Case number):/.test(warning))).toBe(true);
    });
  }
});
