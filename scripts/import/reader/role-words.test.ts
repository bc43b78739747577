import { describe, expect, it } from 'vitest';
import { memberPostKey } from './role-words.ts';

describe("a member's post as a key", () => {
  it('reads the Leader with or without "of the Council", and a post with its subject, as one post', () => {
    expect(['The Leader', 'Leader of the Council', 'leader of the council'].map(memberPostKey)).toEqual(['leader', 'leader', 'leader']);
    expect(['the Deputy Leader', 'Deputy Leader of the Council'].map(memberPostKey)).toEqual(['deputy leader', 'deputy leader']);
    expect(memberPostKey('The Cabinet Member for  Housing')).toBe('cabinet member for housing');
    expect(memberPostKey('Portfolio Holder for Adults, Health and Wellbeing')).toBe('portfolio holder for adults, health and wellbeing');
  });

  it("keeps a group's leader its own post, and reads no name or staff post as one", () => {
    expect(memberPostKey('Leader of the Green Group')).toBe('leader of the green group');
    expect(['Team Leader', 'R Okafor', 'Cabinet Member', 'Mayor'].map(memberPostKey)).toEqual([null, null, 'cabinet member', null]);
  });
});
