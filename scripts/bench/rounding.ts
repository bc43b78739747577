/** How the benchmark rounds its figures. */

/** Bytes as KB, undefined kept (no search measured). */
export function kilobytes(bytes: number | undefined): number | undefined {
  return bytes === undefined ? undefined : bytes / 1024;
}

/** `value` to `places` decimals, null kept (not measured). */
export function round(value: number | null | undefined, places = 1): number | null {
  return value === null || value === undefined ? null : Number(value.toFixed(places));
}
