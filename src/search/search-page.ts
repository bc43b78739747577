/**
 * The search page (src/pages/search.astro) on Pagefind's JavaScript API. The address holds
 * the state; typing replaces the history entry, a submitted search or a changed filter or
 * sort adds one, and the back button restores it. Results load 10 at a time. Searches run one
 * at a time: of those asked for while one runs (the reader typing on), only the newest runs,
 * once it has finished (newest-only.ts); one not shown after a second says "Searching…" in the
 * status, since the results on show are then an earlier search's.
 *
 * The filters are behind "Filter results" (a details element), and a search counts them only
 * while it is open: counting downloads each filter's table, which grows with the archive
 * (engine.ts), so a plain word search with it closed downloads no filter. Opening it counts the
 * search on show (without searching its words again or moving focus) and says so meanwhile; it
 * starts open when the address chooses a filter, so the reader sees what is applied and can
 * untick it.
 *
 * A search within one council (council-scope.ts: words and that council chosen), as a
 * council's own search form opens, runs on that council's own index instead, for the bytes of
 * a first search: the whole index's page table (89 KB at 10,000 meetings) and the council
 * filter's index (40 KB) grow with the archive, the council's index with the council. So the
 * whole index loads at start-up only when the address is not such a search, else when a search
 * first needs it (search-indexes.ts); such an address leaves "Filter results" closed unless it
 * chooses another filter, and the status names the council, with a link that searches all
 * councils. Opening "Filter results" and ticking filters stay on the council's index, filtered
 * and counted with the whole index's tables: the council filter then lists that council alone,
 * and unticking it or "Search all councils" searches them all. A council without an index of
 * its own is searched on the whole index with its filter, as any other, and its address opens
 * "Filter results".
 */
import { councilScope, showsChoices, withoutCouncil } from './council-scope.ts';
import { isIdle } from './engine.ts';
import { FACET_KEYS, type FacetCounts } from './facets.ts';
import { buildFacets, readFacets, showCouncilScope, updateFacets } from './facets-view.ts';
import { attachKeyboard } from './keyboard.ts';
import { NewestOnly } from './newest-only.ts';
import type { PagefindResult } from './pagefind-api.ts';
import { highlightTerms, isStopWord, parseQuery } from './query-syntax.ts';
import { renderResult } from './render.ts';
import { SearchIndexes } from './search-indexes.ts';
import { searchingText, statusText } from './status-text.ts';
import { activeFilterCount, emptyFilters, searchString, stateFromParams, type SearchState, type SortOrder } from './url-state.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;
// Long enough that a search of a small archive seldom says "Searching…" just before its results.
const SLOW_SEARCH_MS = 1000;

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
  const widen = required<HTMLElement>(app, '[data-search-widen]');
  const widenLink = required<HTMLAnchorElement>(widen, 'a');
  for (const part of app.querySelectorAll<HTMLElement>('[data-search-js]')) part.hidden = false;

  const indexes = new SearchIndexes(app.dataset['base'] ?? import.meta.env.BASE_URL);
  buildFacets(facets);

  // Which search the page shows; an older search that finishes late is dropped. `council`: the
  // council it is within, searched on that council's own index (null: the whole index).
  let generation = 0;
  let current: {
    state: SearchState;
    council: string | null;
    results: PagefindResult[];
    shown: number;
    terms: string[];
    joiners: string[];
  } | null = null;
  // The state of the latest search (shown or still running), and the search whose filter counts
  // are shown or on their way: "Filter results" opened again for it counts nothing again.
  let latest: SearchState | null = null;
  let counting = -1;
  const searches = new NewestOnly();

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
    const { state, council, results, shown } = current;
    status.textContent = statusText({ query: state.q, total: results.length, shown, filters: activeFilterCount(state), council });
  };
  // "Search all councils": the same address without the council, shown for a search within one.
  const showScope = (state: SearchState | null, council: string | null): void => {
    widen.hidden = state === null || council === null;
    if (state !== null) widenLink.href = `${location.pathname}${searchString(withoutCouncil(state))}`;
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

  // The checkboxes with a search's counts, or a note when there is nothing to count; `council`:
  // the council the search is within, which alone is counted.
  const showCounts = (counts: FacetCounts, state: SearchState, council: string | null): void => {
    const shown = updateFacets(facets, counts, state);
    showCouncilScope(facets, council);
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
      const target = await indexes.target(state, true);
      const counts = await target.engine.count(target.state);
      if (mine === generation) showCounts(counts, state, target.council);
    } catch {
      if (mine === generation) {
        counting = -1;
        note.textContent = 'The filters could not be counted. Close and open “Filter results” to try again.';
      }
    }
  };

  const clear = (said: string): void => {
    current = null;
    list.replaceChildren();
    more.hidden = true;
    showScope(null, null);
    status.textContent = said;
  };

  /**
   * Runs a search and shows it; false if its index could not be loaded. `fromAddress`: the
   * state is the address's (at start, or back): its chosen filters are shown (showsChoices),
   * and also those of a council searched on the whole index, having no index of its own.
   */
  const run = async (state: SearchState, fromAddress = false): Promise<boolean> => {
    const mine = ++generation;
    latest = state;
    list.setAttribute('aria-busy', 'true');
    let found = true;
    // A search that takes a while says so, as the results on show are an earlier search's.
    const slow = setTimeout(() => {
      if (mine === generation) status.textContent = searchingText(state.q);
    }, SLOW_SEARCH_MS);
    try {
      // After the search running now, unless a newer one is asked for meanwhile (newest-only.ts).
      await searches.run(() => search(state, mine, fromAddress));
    } catch {
      found = false;
      if (mine === generation) clear('Search is not available at the moment. You can still browse the archive from the links in the menu.');
    } finally {
      clearTimeout(slow);
    }
    if (mine === generation) list.setAttribute('aria-busy', 'false');
    return found;
  };

  const search = async (state: SearchState, mine: number, fromAddress: boolean): Promise<void> => {
    if (isIdle(state)) {
      clear('');
      counting = mine;
      updateFacets(facets, {}, state);
      facets.hidden = false;
      note.textContent = 'Search for something to filter the results.';
      return;
    }
    const count = panel.open;
    if (count) counting = mine;
    const target = await indexes.target(state, count);
    if (fromAddress && mine === generation && activeFilterCount(target.state) > 0) panel.open = true;
    const outcome = await target.engine.run(target.state, { count });
    if (mine !== generation) return;
    const query = parseQuery(state.q);
    const { council } = target;
    current = { state, council, results: outcome.results, shown: 0, terms: highlightTerms(query), joiners: query.words.filter(isStopWord) };
    showScope(state, council);
    if (count) showCounts(outcome.counts, state, council);
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
    if (showsChoices(state)) panel.open = true;
    void run(state, true);
  });

  const initial = stateFromParams(new URLSearchParams(location.search));
  writeForm(initial);
  // Chosen filters are shown, so the reader sees what is applied and can untick it; a council
  // alone is said in the status instead, and its search needs no filter (council-scope.ts).
  panel.open = showsChoices(initial);
  // Any other page loads the whole index at once, as it did before council indexes, so that
  // the reader's first search does not wait for Pagefind to start; the search retries a failure.
  if (councilScope(initial) === null) void indexes.archive().catch(() => undefined);
  app.dataset['ready'] = (await run(initial, true)) ? 'true' : 'error';
}

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) void start(app);
