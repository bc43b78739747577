/**
 * Keyboard use of the results: Down from the search box goes to the first result, Up and
 * Down move between result links, Up from the first returns to the box, Enter opens a link
 * (the browser does that), Escape in the box clears it and in the results returns to the box.
 */

/** The link index an arrow key moves to; -1 means back to the search box; null means stay. */
export function arrowTarget(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown') return current < 0 ? 0 : Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return current <= 0 ? -1 : current - 1;
  return null;
}

export function attachKeyboard(input: HTMLInputElement, results: HTMLElement, onClear: () => void): void {
  const links = (): HTMLAnchorElement[] => [...results.querySelectorAll('a')];
  const move = (event: KeyboardEvent, current: number): void => {
    const all = links();
    const target = arrowTarget(event.key, current, all.length);
    if (target === null) return;
    event.preventDefault();
    if (target === -1) input.focus();
    else all[target]?.focus();
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') move(event, -1);
    if (event.key === 'Escape') {
      event.preventDefault();
      input.value = '';
      onClear();
    }
  });
  results.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
      input.select();
      return;
    }
    const current = links().findIndex((anchor) => anchor === document.activeElement);
    if (current !== -1) move(event, current);
  });
}
