/** A pattern's letters matched in any case, the rest of it kept (caseless.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseless } from './caseless.ts';

const whole = (source: string) => new RegExp(`^(?:${caseless(source)})$`, 'u');

describe('caseless', () => {
  it('matches each branch in any case, and no other word', () => {
    const pattern = whole('members|councillors|representatives');
    expect(['Members', 'MEMBERS', 'councillors', 'Councillors', 'REPRESENTATIVES'].every((word) => pattern.test(word))).toBe(true);
    expect(['Member', 'Officers'].some((word) => pattern.test(word))).toBe(false);
  });

  it('keeps escapes, quantifiers, groups and classes, their letters in both cases', () => {
    const pattern = whole(String.raw`(?:deputy\s+)?(?<post>leader|chair(?:man)?)\s+[a-z'’-]+\p{L}{0,2}`);
    expect(['Deputy Leader Smith', 'CHAIRMAN Ode', 'chair o’neil'].every((text) => pattern.test(text))).toBe(true);
    expect(pattern.test('Deputy  Leader 12')).toBe(false);
    expect(caseless(String.raw`\d{1,3}|\bnone\b`)).toBe(String.raw`\d{1,3}|\b[Nn][Oo][Nn][Ee]\b`);
  });
});

/** Every source file under a folder (tests apart: they name the form to test it). */
const sources = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join(folder, file));

describe("the importer's patterns", () => {
  it('hold no case-insensitive group "(?i:…)" outside comments, which caseless() spells out instead', () => {
    const folder = join(import.meta.dirname, '..');
    const found = sources(folder).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (/^\s*(?:\*|\/\/)/.test(line) || !line.includes('(?i:') ? [] : [`${file}:${index + 1}`])),
    );
    expect(found).toEqual([]);
  });
});
