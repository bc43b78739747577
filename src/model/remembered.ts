/**
 * A function of a string worked out once per string and then remembered: for values a build asks
 * for again and again (a date's text, a meeting time's instant) from a set no larger than the
 * archive's dates and times. Not for keys without such a bound: nothing is ever forgotten.
 */
export function rememberedByKey<V>(work: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = work(key);
      known.set(key, value);
    }
    return value;
  };
}
