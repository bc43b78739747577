/**
 * The layouts the importer knows. Each parser says whether a text is in its layout
 * (`detect`) and turns it into records (`parse`). Order matters: the first match wins.
 */
import { kindParsers } from './kinds/index.ts';
import { moderngovItemParser, moderngovMeetingParser } from './moderngov.ts';
import { pdfPackParser } from './pdf-pack/index.ts';
import type { Parser } from './records.ts';
import { generalReader } from './reader/index.ts';

export const parsers: Parser[] = [pdfPackParser, ...kindParsers, moderngovMeetingParser, moderngovItemParser, generalReader];

/** The parser for a text, or null when no layout matches. */
export function parserFor(text: string): Parser | null {
  return parsers.find((parser) => parser.detect(text)) ?? null;
}
