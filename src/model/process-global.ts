/**
 * State the build's integrations and its pages share: they are modules of two bundles (Astro bundles
 * the pages; the integrations load with the config), which share only the process. Such state lives on
 * `globalThis` under a symbol registered by name, so both copies of a module find the same value:
 * the Pagefind feed, the render and page caches, the records the content loader publishes, the bulk
 * writing step, the reads of the page being rendered.
 */
export interface ProcessGlobal<T> {
  get(): T | undefined;
  set(value: T | undefined): void;
}

/** The process-wide value called `name`. */
export function processGlobal<T>(name: string): ProcessGlobal<T> {
  const key = Symbol.for(`scrutiny-archive.${name}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    get: () => holder[key],
    set: (value) => {
      holder[key] = value;
    },
  };
}
