/**
 * The filter checkboxes, inside the page's "Filter results" details. A value gets its checkbox
 * the first time a search counts it, in its place in the filter's order; later searches only
 * add values not seen before and update counts, ticks and visibility, and no checkbox ever
 * moves, so focus never jumps while a reader works through them. A value with no results is
 * hidden unless it is ticked; a filter the search does not count is hidden.
 *
 * Searches count filters only while "Filter results" is open (each filter's index is as large
 * as the archive, so a search that shows no counts downloads none: src/search/engine.ts). A
 * search run with it closed updates the ticks alone (`updateFacets` with no counts), so the
 * checkboxes always hold the address's choices, which the page reads back for the next search.
 */
import { SCOPE_FILTER } from '../model/search-scopes.ts';
import { FACETS, RECORD_TYPES, sortFacetValues, type FacetCounts, type FacetKey } from './facets.ts';
import type { SearchState } from './url-state.ts';

function checkbox(key: FacetKey, value: string, id: string): HTMLDivElement {
  const item = document.createElement('div');
  item.className = 'govuk-checkboxes__item';
  item.dataset['value'] = value;
  const input = document.createElement('input');
  Object.assign(input, { className: 'govuk-checkboxes__input', type: 'checkbox', id, name: key, value });
  const label = document.createElement('label');
  label.className = 'govuk-label govuk-checkboxes__label';
  label.htmlFor = id;
  const count = document.createElement('span');
  count.className = 'app-facet-count';
  label.append(value, ' ', count);
  item.append(input, label);
  return item;
}

/** One fieldset per filter, empty until a search counts its values, and a hint for the recommendation filters. */
export function buildFacets(container: HTMLElement): void {
  for (const facet of FACETS) {
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'govuk-fieldset app-facet';
    fieldset.dataset['facet'] = facet.key;
    fieldset.hidden = true;
    const legend = document.createElement('legend');
    legend.className = 'govuk-fieldset__legend govuk-fieldset__legend--s';
    legend.textContent = facet.legend;
    const boxes = document.createElement('div');
    boxes.className = 'govuk-checkboxes govuk-checkboxes--small';
    fieldset.append(legend);
    if (facet.key === SCOPE_FILTER) fieldset.append(scopeHint());
    fieldset.append(boxes);
    container.append(fieldset);
  }
  const hint = document.createElement('p');
  hint.className = 'govuk-hint';
  hint.dataset['facetHint'] = '';
  hint.hidden = true;
  hint.textContent = `Choose “${RECORD_TYPES.recommendation}” under type of record to filter recommendations by status, response and implementation.`;
  container.append(hint);
}

const SCOPE_HINT_ID = 'filter-council-scope-hint';

/** The council filter's hint for a search within one council (showCouncilScope), hidden until then. */
function scopeHint(): HTMLParagraphElement {
  const hint = document.createElement('p');
  hint.className = 'govuk-hint';
  hint.id = SCOPE_HINT_ID;
  hint.hidden = true;
  return hint;
}

/**
 * Says in the council filter that a search within one council (council-scope.ts) counts that
 * council alone, so a reader does not take the other councils' absence for having no results;
 * `council` null: the search is across all councils, and the hint is hidden.
 */
export function showCouncilScope(container: HTMLElement, council: string | null): void {
  const hint = container.querySelector<HTMLElement>(`#${SCOPE_HINT_ID}`);
  const fieldset = hint?.closest('fieldset');
  if (!hint || !fieldset) return;
  hint.hidden = council === null;
  hint.textContent = council === null ? '' : `Searched within ${council} only. Untick it to search and count all councils.`;
  if (council === null) fieldset.removeAttribute('aria-describedby');
  else fieldset.setAttribute('aria-describedby', SCOPE_HINT_ID);
}

function items(fieldset: HTMLElement): HTMLElement[] {
  return [...fieldset.querySelectorAll<HTMLElement>('.govuk-checkboxes__item')];
}

/**
 * Adds checkboxes for values not seen before (counted, or ticked in the address even if the
 * index does not hold them, so they can be unticked), each before the first existing value
 * that sorts after it: existing checkboxes stay where they are.
 */
function ensureItems(fieldset: HTMLElement, key: FacetKey, wanted: string[]): void {
  const present = items(fieldset);
  const byValue = new Map(present.map((item) => [item.dataset['value'] ?? '', item]));
  const boxes = fieldset.querySelector('.govuk-checkboxes');
  if (!boxes || wanted.every((value) => byValue.has(value))) return;
  const order = sortFacetValues(key, [...byValue.keys(), ...wanted]);
  let made = present.length;
  for (const [at, value] of order.entries()) {
    if (byValue.has(value)) continue;
    const next = order.slice(at + 1).find((later) => byValue.has(later));
    const item = checkbox(key, value, `filter-${fieldset.dataset['facet']}-${made++}`);
    boxes.insertBefore(item, next === undefined ? null : (byValue.get(next) ?? null));
    byValue.set(value, item);
  }
}

/** Shows the counts and the state's ticks; returns how many filters have a value to show. */
export function updateFacets(container: HTMLElement, counts: FacetCounts, state: SearchState): number {
  let shown = 0;
  const hint = container.querySelector<HTMLElement>('[data-facet-hint]');
  if (hint) hint.hidden = counts.status !== undefined || (counts.type?.[RECORD_TYPES.recommendation] ?? 0) === 0;
  for (const fieldset of container.querySelectorAll<HTMLElement>('fieldset[data-facet]')) {
    const key = fieldset.dataset['facet'] as FacetKey;
    ensureItems(fieldset, key, [...Object.keys(counts[key] ?? {}), ...state.filters[key]]);
    let visible = 0;
    for (const item of items(fieldset)) {
      const value = item.dataset['value'] ?? '';
      const count = counts[key]?.[value] ?? 0;
      const checked = state.filters[key].includes(value);
      const input = item.querySelector('input');
      if (input) input.checked = checked;
      const badge = item.querySelector('.app-facet-count');
      if (badge) badge.textContent = `(${count})`;
      item.hidden = count === 0 && !checked;
      if (!item.hidden) visible++;
    }
    fieldset.hidden = visible === 0;
    if (!fieldset.hidden) shown++;
  }
  return shown;
}

export function readFacets(container: HTMLElement, key: FacetKey): string[] {
  const checked = container.querySelectorAll<HTMLInputElement>(`fieldset[data-facet="${key}"] input:checked`);
  return [...checked].map((input) => input.value);
}
