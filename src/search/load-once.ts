/**
 * A download the search page makes once and keeps (an index, its filter tables, a filter's
 * table), unless it fails: then the next use tries again, so a reader who was offline for a
 * moment is not left without search for the rest of the visit.
 */

/** `load` as a function that calls it the first time, and again only after it failed. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | null = null;
  return () => {
    if (kept === null) {
      const loading = load();
      kept = loading;
      loading.catch(() => {
        if (kept === loading) kept = null;
      });
    }
    return kept;
  };
}
