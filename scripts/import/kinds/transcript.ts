/**
 * A verbatim transcript of a meeting ("TRANSCRIPT OF PROCEEDINGS", "Verbatim Record of Proceedings"): every speaker's words
 * on lines of their own ("THE CHAIR: …", "COUNCILLOR ASH: …"), with no items numbered, no attendance listed and no decision
 * minuted. The general reader took its heading lines for items and the speeches for their minutes. No record kind holds a
 * transcript, and minutes made of one would say what it does not (who attended, what was decided), so the file is refused,
 * naming what to import instead. Its title decides (reader/document-title.ts), whatever its body holds.
 */
import { titledKind } from '../reader/document-title.ts';
import { ImportError, type Parser } from '../records.ts';
import { headLines } from './common.ts';

/** The heading lines the title may stand within (document-title.ts reads as many). */
const HEAD = 8;

export const transcriptParser: Parser = {
  format: 'meeting-text',
  label: 'verbatim transcript of a meeting (not imported)',
  detect(text) {
    return titledKind(headLines(text, HEAD)) === 'transcript';
  },
  parse(text, context) {
    const lines = text.split('\n');
    const at = lines.findIndex((line) => titledKind([line]) === 'transcript');
    throw new ImportError(
      context.file,
      at === -1 ? null : at + 1,
      'a verbatim transcript of a meeting: not read, as no record kind holds one and minutes made of it would list no attendance and no decisions the meeting took',
      "Leave this file out of the import and import the meeting's minutes (or its agenda) instead",
    );
  },
};
