/**
 * The build thread's heap in use after a full garbage collection, for tests that a value does not
 * hold memory it should let go (a page's whole HTML kept alive by a slice of it).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function heapUsedAfterGc(): number {
  // `gc` is exposed to contexts made after the flag is set.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  return getHeapStatistics().used_heap_size;
}
