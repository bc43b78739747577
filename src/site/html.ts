/**
 * Headings inside record text are moved below the page's own headings, so a report's
 * "# Purpose" never becomes a second h1 and the outline stays in order.
 */
export function shiftHeadings(html: string, topLevel: number): string {
  const by = Math.max(0, topLevel - 1);
  if (by === 0) return html;
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/gi,
    (_match, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`,
  );
}
