/**
 * The layouts the importer knows. Each parser says whether a text is in its layout
 * (`detect`) and turns it into records (`parse`). Order matters: the first match wins.
 */
import type { SourceFormat } from '../../src/lib/schema.ts';
import { moderngovItemParser, moderngovMeetingParser } from './moderngov.ts';
import { pdfPackParser } from './pdf-pack/index.ts';
import type { ParseContext, ParsedSource } from './records.ts';

export interface Parser {
  /** Layout name, stored in each record's provenance. */
  format: SourceFormat;
  /** What a person calls this layout, for messages. */
  label: string;
  /** True when the text is in this layout. */
  detect(text: string): boolean;
  /** Text in, records out; throws ImportError on text it cannot parse. */
  parse(text: string, context: ParseContext): ParsedSource;
}

export const parsers: Parser[] = [pdfPackParser, moderngovMeetingParser, moderngovItemParser];

/** The parser for a text, or null when no layout matches. */
export function parserFor(text: string): Parser | null {
  return parsers.find((parser) => parser.detect(text)) ?? null;
}
