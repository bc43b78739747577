/**
 * Raw HTML found in a record, reduced to its words. Known tags are dropped (block tags become
 * paragraph breaks), scripts, styles and the like are dropped with their content, and anything
 * that only looks like a tag ("<Name>") stays as written, to be escaped on output.
 */

/** Elements whose content is never text a reader should see. */
export const DROPPED_WITH_CONTENT = 'script style template iframe object embed noscript textarea title svg math head select'.split(' ');

const BLOCK = new Set(
  (
    'address article aside blockquote body caption dd details div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th ' +
    'thead tr ul'
  ).split(' '),
);

const INLINE = new Set(
  (
    'a abbr area audio b base bdi bdo big button canvas center cite code col colgroup data datalist del ' +
    'dfn dialog em font frame frameset i img input ins kbd label legend link map mark menu meta meter ' +
    'noframes optgroup option output param picture progress q rp rt ruby s samp slot small source span ' +
    'strike strong sub sup time track tt u var video wbr o:p'
  ).split(' '),
);

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  pound: '£',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
};

// No pattern here may scan past the next `<` from where it starts: a run of unclosed `<x` (or
// `<x "`, `<!`) would otherwise be scanned to its end from each `<`, which is quadratic time.
const DROPPED = new RegExp(String.raw`<(${DROPPED_WITH_CONTENT.join('|')})\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)`, 'gi');
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9:-]*)\b(?:[^<>"']|"[^<"]*"|'[^<']*')*\/?>/g;

/** Decodes the character references an HTML fragment commonly holds; others stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The words of an HTML fragment; blank lines mark where block elements were. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, '')
    .replace(/<[!?][^<>]*>/g, '')
    .replace(DROPPED, '')
    .replace(TAG, (tag, name: string) => {
      const lowered = name.toLowerCase();
      if (lowered === 'br') return '\n';
      if (BLOCK.has(lowered)) return '\n\n';
      return INLINE.has(lowered) || DROPPED_WITH_CONTENT.includes(lowered) ? '' : tag;
    });
  return decodeEntities(text);
}

/** Name of an element an inline HTML node opens but does not close, when its content must go. */
export function opensDroppedElement(html: string): string | null {
  const match = /^<([a-zA-Z]+)\b[^>]*>$/.exec(html.trim());
  const name = match?.[1]?.toLowerCase();
  return name !== undefined && DROPPED_WITH_CONTENT.includes(name) ? name : null;
}
