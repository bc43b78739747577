import { describe, expect, it } from 'vitest';
import { highlightTerms, isEmptyQuery, isSingleSearch, isStopWord, lookupWords, parseQuery, requiredTerms } from './query-syntax.ts';

describe('parseQuery', () => {
  it('reads plain words', () => {
    expect(parseQuery('  Members Enquiries   Team ')).toEqual({ words: ['Members', 'Enquiries', 'Team'], phrases: [], excluded: [] });
  });

  it('reads a quoted phrase, curly quotes included', () => {
    expect(parseQuery('"Signs of  Safety"').phrases).toEqual(['Signs of Safety']);
    expect(parseQuery('\u201cSigns of Safety\u201d').phrases).toEqual(['Signs of Safety']);
  });

  it('reads exclusions of words and phrases', () => {
    expect(parseQuery('safety -ofsted -"task and finish"')).toEqual({
      words: ['safety'],
      phrases: [],
      excluded: ['ofsted', '"task and finish"'],
    });
  });

  it('treats an unclosed quote as a phrase to the end and ignores empty parts', () => {
    expect(parseQuery('care "looked after')).toEqual({ words: ['care'], phrases: ['looked after'], excluded: [] });
    expect(parseQuery('"" - -- &')).toEqual({ words: [], phrases: [], excluded: [] });
  });

  it('keeps hyphens inside words', () => {
    expect(parseQuery('follow-up').words).toEqual(['follow-up']);
  });
});

describe('query plans', () => {
  it('runs words, or one phrase, as a single Pagefind search', () => {
    expect(requiredTerms(parseQuery('signs safety'))).toEqual(['signs safety']);
    expect(requiredTerms(parseQuery('"Signs of Safety"'))).toEqual(['"Signs of Safety"']);
    expect(isSingleSearch(parseQuery('"Signs of Safety"'))).toBe(true);
  });

  it('splits mixed queries and exclusions into several searches', () => {
    const query = parseQuery('"Signs of Safety" thurrock -ofsted');
    expect(requiredTerms(query)).toEqual(['thurrock', '"Signs of Safety"']);
    expect(isSingleSearch(query)).toBe(false);
    expect(isSingleSearch(parseQuery('safety -ofsted'))).toBe(false);
  });

  it('looks up plain words without the stop words, unless they are all the query has', () => {
    expect(requiredTerms(parseQuery('people and families of Essex'))).toEqual(['people families Essex']);
    expect(requiredTerms(parseQuery('"Signs of Safety" and the rest'))).toEqual(['rest', '"Signs of Safety"']);
    expect(lookupWords(['of', 'The'])).toEqual(['of', 'The']);
    expect(isStopWord('The')).toBe(true);
  });

  it('knows an empty query and what to highlight', () => {
    expect(isEmptyQuery(parseQuery('  "" '))).toBe(true);
    expect(highlightTerms(parseQuery('"Signs of Safety" thurrock -ofsted'))).toEqual(['Signs of Safety', 'thurrock']);
    expect(highlightTerms(parseQuery('Signs of Safety'))).toEqual(['Signs of Safety', 'Signs', 'Safety']);
    expect(highlightTerms(parseQuery('of'))).toEqual(['of']);
  });
});
