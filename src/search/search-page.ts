/**
 * The search page (src/pages/search.astro) on Pagefind's JavaScript API. The address holds
 * the state; typing replaces the history entry, a submitted search or a changed filter or
 * sort adds one, and the back button restores it. Results load 10 at a time.
 *
 * The filters are behind "Filter results" (a details element), and a search counts them only
 * while it is open: counting downloads each filter's index, as large as the archive (about
 * 166 KB of a 490 KB first search at 10,000 meetings), so a plain word search with it closed
 * downloads no filter. Opening it counts the search on show (without running it again for the
 * results or moving focus) and says so meanwhile; it starts open when the address chooses a
 * filter, so the reader sees what is applied and can untick it.
 */
import { SearchEngine } from './engine.ts';
import { FACET_KEYS, type FacetCounts } from './facets.ts';
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
  const panel = required<HTMLDetailsElement>(app, '[data-search-filter-panel]');
  const facets = required<HTMLElement>(app, '[data-search-filters]');
  const note = required<HTMLElement>(app, '[data-search-filters-note]');
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
  // The state of the latest search (shown or still running), and the search whose filter counts
  // are shown or on their way: "Filter results" opened again for it counts nothing again.
  let latest: SearchState | null = null;
  let counting = -1;

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

  // The checkboxes with a search's counts, or a note when there is nothing to count.
  const showCounts = (counts: FacetCounts, state: SearchState): void => {
    const shown = updateFacets(facets, counts, state);
    facets.hidden = false;
    note.textContent = shown === 0 ? 'No results to filter.' : '';
  };

  // "Filter results" opened after the search on show was run without counts.
  const countShown = async (): Promise<void> => {
    const state = latest;
    if (!panel.open || counting === generation || state === null) return;
    const mine = (counting = generation);
    facets.hidden = true;
    note.textContent = 'Counting results by filter…';
    try {
      const counts = await engine.count(state);
      if (mine === generation) showCounts(counts, state);
    } catch {
      if (mine === generation) {
        counting = -1;
        note.textContent = 'The filters could not be counted. Close and open “Filter results” to try again.';
      }
    }
  };

  const run = async (state: SearchState): Promise<void> => {
    const mine = ++generation;
    latest = state;
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
      counting = mine;
      updateFacets(facets, {}, state);
      facets.hidden = false;
      note.textContent = 'Search for something to filter the results.';
      return;
    }
    const count = panel.open;
    if (count) counting = mine;
    const outcome = await engine.run(state, { count });
    if (mine !== generation) return;
    const query = parseQuery(state.q);
    current = { state, results: outcome.results, shown: 0, terms: highlightTerms(query), joiners: query.words.filter(isStopWord) };
    if (count) showCounts(outcome.counts, state);
    else if (counting !== mine) {
      // Ticks only, so the checkboxes hold the state's choices; the counts wait for "Filter results".
      updateFacets(facets, {}, state);
      facets.hidden = true;
      note.textContent = '';
    }
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
  panel.addEventListener('toggle', () => void countShown());
  attachKeyboard(input, list, () => {
    clearTimeout(typing);
    go('replace');
  });
  window.addEventListener('popstate', () => {
    const state = stateFromParams(new URLSearchParams(location.search));
    writeForm(state);
    if (activeFilterCount(state) > 0) panel.open = true;
    void run(state);
  });

  const initial = stateFromParams(new URLSearchParams(location.search));
  writeForm(initial);
  // Chosen filters are shown, so the reader sees what is applied and can untick it.
  panel.open = activeFilterCount(initial) > 0;
  await run(initial);
  app.dataset['ready'] = 'true';
}

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) void start(app);
