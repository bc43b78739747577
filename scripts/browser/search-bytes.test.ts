import { describe, expect, it } from 'vitest';
import { councilSearchUrl } from './search-bytes.ts';

describe('councilSearchUrl', () => {
  it('is the address a council page’s search form submits: the words, then the council, form-encoded', () => {
    const url = councilSearchUrl('http://127.0.0.1:4000/search/', "children's care & H/01/07", 'Epping Forest County Council');
    expect(url).toBe('http://127.0.0.1:4000/search/?q=children%27s+care+%26+H%2F01%2F07&council=Epping+Forest+County+Council');
    const params = new URL(url).searchParams;
    expect([...params]).toEqual([
      ['q', "children's care & H/01/07"],
      ['council', 'Epping Forest County Council'],
    ]);
  });
});
