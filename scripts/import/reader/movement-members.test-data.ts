/** The members of one meeting, as the movements' tests (movements.test.ts, movement-sentences.test.ts) read against them. */
import type { Members } from './movement-members.ts';

/** Who the attendance lists, and the chair's post and holder. */
export const members: Members = {
  attendance: {
    present: ['Tilda Ward', 'P Haigh', 'Moss', 'Ince', 'Carter', 'Ash', 'Elm', 'Quill'],
    apologies: [],
    absent: [],
    substitutes: ['Orme (for Fenwick)'],
    alsoPresent: ['Noakes (from item 5)'],
    officers: ['Ruth Penn, Clerk'],
    presenters: [],
  },
  posts: [{ post: 'Chairman', name: 'Ann Holt' }],
};
