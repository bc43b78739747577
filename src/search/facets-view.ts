/**
 * The filter checkboxes. Every value in the index gets its checkbox once; later searches
 * only update counts, ticks and visibility, so focus never jumps while a reader works
 * through them. A value with no results is hidden unless it is ticked.
 */
import { FACETS, sortFacetValues, type FacetKey } from './facets.ts';
import type { FilterCounts } from './pagefind-api.ts';
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

/** One fieldset per filter with a checkbox for each value the index holds. */
export function buildFacets(container: HTMLElement, all: FilterCounts): void {
  for (const [index, facet] of FACETS.entries()) {
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'govuk-fieldset app-facet';
    fieldset.dataset['facet'] = facet.key;
    const legend = document.createElement('legend');
    legend.className = 'govuk-fieldset__legend govuk-fieldset__legend--s';
    legend.textContent = facet.legend;
    const boxes = document.createElement('div');
    boxes.className = 'govuk-checkboxes govuk-checkboxes--small';
    const values = sortFacetValues(facet.key, Object.keys(all[facet.key] ?? {}));
    boxes.append(...values.map((value, i) => checkbox(facet.key, value, `filter-${index}-${i}`)));
    fieldset.append(legend, boxes);
    container.append(fieldset);
  }
}

function items(fieldset: HTMLElement): HTMLElement[] {
  return [...fieldset.querySelectorAll<HTMLElement>('.govuk-checkboxes__item')];
}

/** A ticked value from an address that the index does not hold still shows, so it can be unticked. */
function ensureItems(fieldset: HTMLElement, key: FacetKey, wanted: string[]): void {
  const present = items(fieldset);
  const known = new Set(present.map((item) => item.dataset['value']));
  const boxes = fieldset.querySelector('.govuk-checkboxes');
  for (const [i, value] of wanted.filter((value) => !known.has(value)).entries()) {
    boxes?.append(checkbox(key, value, `filter-${key}-extra-${present.length + i}`));
  }
}

export function updateFacets(container: HTMLElement, counts: Partial<Record<FacetKey, Record<string, number>>>, state: SearchState): void {
  for (const fieldset of container.querySelectorAll<HTMLElement>('fieldset[data-facet]')) {
    const key = fieldset.dataset['facet'] as FacetKey;
    ensureItems(fieldset, key, state.filters[key]);
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
  }
}

export function readFacets(container: HTMLElement, key: FacetKey): string[] {
  const checked = container.querySelectorAll<HTMLInputElement>(`fieldset[data-facet="${key}"] input:checked`);
  return [...checked].map((input) => input.value);
}
