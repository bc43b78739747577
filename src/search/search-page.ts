/**
 * The search page (src/pages/search.astro) on Pagefind's JavaScript API. The address holds
 * the state; typing replaces the history entry, a submitted search or a changed filter or
 * sort adds one, and the back button restores it. Results load 10 at a time.
 */
import { SearchEngine } from './engine.ts';
import { FACET_KEYS } from './facets.ts';
import { buildFacets, readFacets, updateFacets } from './facets-view.ts';
import { attachKeyboard } from './keyboard.ts';
import { loadPagefind, type PagefindResult } from './pagefind-api.ts';
import { highlightTerms, isStopWord, parseQuery } from './query-syntax.ts';
import { renderResult } from './render.ts';
import { statusText } from './status-text.ts';
import { activeFilterCount, emptyFilters, searchString, stateFromParams, type SearchState, type SortOrder } from './url-state.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: ${selector} is missing`);
  return found;
}

async function start(app: HTMLElement): Promise<void> {
  const input = required<HTMLInputElement>(app, '#search-query');
  const form = required<HTMLFormElement>(app, '[data-search-form]');
  const sort = required<HTMLSelectElement>(app, '#search-sort');
  const facets = required<HTMLElement>(app, '[data-search-filters]');
  const status = required<HTMLElement>(app, '[data-search-status]');
  const list = required<HTMLOListElement>(app, '[data-search-results]');
  const more = required<HTMLButtonElement>(app, '[data-search-more]');
  for (const part of app.querySelectorAll<HTMLElement>('[data-search-js]')) part.hidden = false;

  let engine: SearchEngine;
  try {
    const pagefind = await loadPagefind(app.dataset['base'] ?? import.meta.env.BASE_URL);
    engine = new SearchEngine(pagefind);
  } catch {
    status.textContent = 'Search is not available at the moment. You can still browse the archive from the links in the menu.';
    app.dataset['ready'] = 'error';
    return;
  }
  buildFacets(facets);

  // Which search the page shows; an older search that finishes late is dropped.
  let generation = 0;
  let current: { state: SearchState; results: PagefindResult[]; shown: number; terms: string[]; joiners: string[] } | null = null;

  const readForm = (): SearchState => {
    const filters = emptyFilters();
    for (const key of FACET_KEYS) filters[key] = readFacets(facets, key);
    return { q: input.value, filters, sort: sort.value as SortOrder };
  };
  const writeForm = (state: SearchState): void => {
    input.value = state.q;
    sort.value = state.sort;
  };
  const announce = (): void => {
    if (!current) return;
    const { state, results, shown } = current;
    status.textContent = statusText({ query: state.q, total: results.length, shown, filters: activeFilterCount(state) });
  };

  // Set while a page of results loads, so a double click does not load the same page twice.
  let loadingFor = -1;
  const showMore = async (moveFocus: boolean): Promise<void> => {
    if (!current || loadingFor === generation) return;
    const mine = generation;
    const page = current.results.slice(current.shown, current.shown + PAGE_SIZE);
    loadingFor = mine;
    const data = await Promise.all(page.map((result) => result.data())).finally(() => {
      if (loadingFor === mine) loadingFor = -1;
    });
    if (mine !== generation) return;
    const items = data.map((one) => renderResult(one, current?.terms ?? [], current?.joiners ?? []));
    list.append(...items);
    current.shown += items.length;
    more.hidden = current.shown >= current.results.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
    announce();
  };

  const run = async (state: SearchState): Promise<void> => {
    const mine = ++generation;
    list.setAttribute('aria-busy', 'true');
    await search(state, mine);
    if (mine === generation) list.setAttribute('aria-busy', 'false');
  };

  const search = async (state: SearchState, mine: number): Promise<void> => {
    if (engine.isIdle(state)) {
      current = null;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      updateFacets(facets, {}, state);
      return;
    }
    const outcome = await engine.run(state);
    if (mine !== generation) return;
    const query = parseQuery(state.q);
    current = { state, results: outcome.results, shown: 0, terms: highlightTerms(query), joiners: query.words.filter(isStopWord) };
    updateFacets(facets, outcome.counts, state);
    list.replaceChildren();
    await showMore(false);
  };

  const go = (mode: 'push' | 'replace'): void => {
    const state = readForm();
    const address = `${location.pathname}${searchString(state)}`;
    if (address !== `${location.pathname}${location.search}`) {
      if (mode === 'push') history.pushState(null, '', address);
      else history.replaceState(null, '', address);
    }
    void run(state);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => go('replace'), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    go('push');
  });
  facets.addEventListener('change', () => go('push'));
  sort.addEventListener('change', () => go('push'));
  more.addEventListener('click', () => void showMore(true));
  attachKeyboard(input, list, () => {
    clearTimeout(typing);
    go('replace');
  });
  window.addEventListener('popstate', () => {
    const state = stateFromParams(new URLSearchParams(location.search));
    writeForm(state);
    void run(state);
  });

  const initial = stateFromParams(new URLSearchParams(location.search));
  writeForm(initial);
  await run(initial);
  app.dataset['ready'] = 'true';
}

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) void start(app);
