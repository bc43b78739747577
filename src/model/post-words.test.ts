import { describe, expect, it } from 'vitest';
import { isPostOnly } from './post-words.ts';

describe('isPostOnly', () => {
  it('is true of a post with no one’s name', () => {
    for (const post of [
      'Head of Housing',
      'Executive Director of Communities',
      'Democratic Services Officer',
      'Transport Planning Manager',
      'Clerk',
      'Chief Executive',
      'Director of Finance and Resources',
      'Assistant Director for Adult Care',
      'Depute Assessor',
      'Assessor and Electoral Registration Officer',
      'Depute Chief Executive',
      'Grounds Supervisor',
      'Grounds and Facilities Supervisor',
      'PSB Co-ordinator',
      'Partnership Coordinator',
      'Hall Caretaker',
    ])
      expect(isPostOnly(post), post).toBe(true);
  });

  it('is false of a name, a titled name, or a surname that is a post’s word with a given name', () => {
    for (const name of ['Tessa Marlow', 'Mrs Clerk', 'Councillor Head', 'Murray Head', 'Philip Warden', 'K Boyle'])
      expect(isPostOnly(name), name).toBe(false);
  });
});
