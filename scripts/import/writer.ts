/**
 * Model in, Markdown out: one file per record, YAML frontmatter validated against the
 * shared schema, keys in schema order, so the same record always gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { Document, isScalar, visit } from 'yaml';
import { collections } from '../../src/model/schema.ts';
import type { ImportRecord } from './records.ts';

const CHECKSUM_LINE = /^importChecksum: [0-9a-f]{64}\n/m;

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Strings that YAML 1.1 readers (gray-matter, Astro's js-yaml) would turn into numbers or
 * dates ("18:30" is 1110 to them, 2017-07-11 a Date) are double-quoted.
 */
function toYaml(data: Record<string, unknown>): string {
  const document = new Document(data, { aliasDuplicateObjects: false });
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^[\d.+-]/.test(node.value) && !node.value.includes('\n')) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  return document.toString({ lineWidth: 0, blockQuote: 'literal' });
}

/** Path of a record's file relative to the content root. */
export function recordPath(record: Pick<ImportRecord, 'collection' | 'id'>): string {
  return `${record.collection}/${record.id}.md`;
}

/** The file text for a record, with a checksum that later shows whether it was edited by hand. */
export function toMarkdown(record: ImportRecord): string {
  const schema = collections[record.collection];
  const data = schema.parse(record.data) as Record<string, unknown>;
  delete data['importChecksum'];
  const yaml = toYaml(data);
  const body = record.body.trim() === '' ? '' : `\n${record.body.trim()}\n`;
  const unsigned = `---\n${yaml}---\n${body}`;
  return unsigned.replace(/\n---\n/, `\nimportChecksum: ${checksum(unsigned)}\n---\n`);
}

/** True when a file still is exactly what the importer wrote (or was never signed by it: false). */
export function isUntouched(text: string): boolean {
  const match = /^importChecksum: ([0-9a-f]{64})$/m.exec(text);
  if (!match) return false;
  return checksum(text.replace(CHECKSUM_LINE, '')) === match[1];
}
