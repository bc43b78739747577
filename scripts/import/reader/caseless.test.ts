/** A pattern's letters matched in any case, the rest of it kept (caseless.ts). */
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
