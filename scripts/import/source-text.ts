/**
 * Reads a source's text into the shape the parsers read: line numbers in the margin taken off, the English column of
 * bilingual minutes, two columns side by side one after the other, translated subtitles set aside, a plain text's
 * words broken at its lines' ends joined, its OCR confusions repaired and its spaced tables tabbed, and a reports pack's agenda parted from its reports. Apart from import-sources.ts because
 * it is one step, the text's preparation, between reading a file and choosing its parser.
 */
import { readSideBySide } from './formats/side-columns.ts';
import { englishColumn } from './formats/text-columns.ts';
import { withoutTranslatedSubtitles } from './formats/translated-subtitles.ts';
import { spaceTables } from './formats/text-tables.ts';
import { withoutLineNumbers } from './formats/line-numbers.ts';
import { frontSheet, type PackDocuments } from './formats/text-pack.ts';
import { readAsPage } from './records.ts';
import type { SourceFileType } from '../../src/model/schema.ts';
import { joinBrokenWords } from './line-end-hyphens.ts';
import { repairOcr } from './ocr-repair.ts';

/**
 * Bilingual Welsh minutes printed in two columns are read in English (formats/text-columns.ts), and a Gaelic or Welsh
 * subtitle under each heading is set aside (formats/translated-subtitles.ts). A PDF's text has been
 * through that test already, by its pieces' positions (formats/pdf-bilingual.ts), and its warning comes with the
 * file's (importFile): what is left is one column or an ordinary two-column page, so it is not tested again. Two
 * columns of English side by side are then read the left one first (formats/side-columns.ts; a PDF's by
 * formats/pdf-side-columns.ts, from where its text stands).
 * A plain text's tables lined up with spaces then get tabs between their cells, as a PDF's and a web page's tables
 * already have (formats/text-tables.ts), once the English column alone is left.
 * Line numbers printed in the margin of a text or a PDF are taken off first (formats/line-numbers.ts); of a reports
 * pack in one text, the meeting is read from the agenda alone, and the reports after it are given apart
 * (formats/text-pack.ts) to be read as a PDF pack's are (formats/text-pack-reports.ts).
 */
export function readColumns(text: string, fileType: SourceFileType): { text: string; warnings: string[]; pack: PackDocuments | null } {
  const numbered = readAsPage(fileType) ? { text, warning: null } : withoutLineNumbers(text);
  const english = fileType === 'pdf' ? { text: numbered.text, warning: null } : englishColumn(numbered.text);
  // Two columns of English side by side are read one after the other (formats/side-columns.ts; a PDF's already are).
  const sides = fileType === 'pdf' ? { text: english.text, warning: null } : readSideBySide(english.text);
  // A Gaelic or Welsh subtitle under each heading of a text or a PDF's text (formats/translated-subtitles.ts).
  const headed = readAsPage(fileType) ? { text: sides.text, warning: null } : withoutTranslatedSubtitles(sides.text);
  const warnings = [numbered.warning, english.warning, sides.warning, headed.warning].filter((w) => w !== null);
  // A scanned record's OCR confusions are repaired where their context is plain (ocr-repair.ts), after broken words are
  // joined ("con-" over "rmed" is one word that lost its "fi").
  if (fileType !== 'text') return { text: repairOcr(headed.text), warnings, pack: null };
  // A plain text's words broken at its lines' ends are put back whole, as a PDF's are (line-end-hyphens.ts), once its
  // columns are apart: a line's end is then its own column's.
  const pack = frontSheet(spaceTables(repairOcr(joinBrokenWords(headed.text))));
  return { text: pack.text, warnings, pack: pack.documents };
}
