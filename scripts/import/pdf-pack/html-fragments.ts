/**
 * PDF-to-text converters leave HTML fragments in table cells (`<p>`, `<ul>`, `<li>`,
 * `<input type="checkbox" checked>`). Records are untrusted: every tag is turned into
 * Markdown or dropped, so no raw HTML reaches a page.
 */
import { decodeEntities } from '../../../src/model/entities.ts';

/** A checkbox becomes "[x]" or "[ ]"; the form-field name after it ("CheckBox3") is noise. */
function replaceCheckboxes(text: string): string {
  return text.replace(/<input\b[^>]*>\s*(?:CheckBox\d+)?/gi, (tag) => (/\bchecked\b/i.test(tag) ? '[x]' : '[ ]'));
}

/** Splits a `<ul>` body into items: `<li>` tags when present, else the bullets the converter kept. */
function listItems(inner: string): string[] {
  if (/<li\b/i.test(inner))
    return inner
      .split(/<li\b[^>]*>/i)
      .map(stripTags)
      .filter((part) => part.length > 0);
  // Use one bullet character only: a dash inside an item is not a new item when bullets are "•".
  const bullet = ['•', '▪', '●', '◦', '–'].find((mark) => inner.includes(mark)) ?? '•';
  return inner
    .split(bullet)
    .map((part) => stripTags(part).trim())
    .filter((part) => part.length > 0);
}

function stripTags(text: string): string {
  return text
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Inline formatting kept as Markdown; links to "#" (nowhere) keep their words only. */
function inlineMarkup(text: string): string {
  return text
    .replace(/<(b|strong)\b[^>]*>(.*?)<\/\1>/gi, (_m, _t, inner: string) => (inner.trim() ? `**${inner.trim()}**` : ''))
    .replace(/<(i|em)\b[^>]*>(.*?)<\/\1>/gi, (_m, _t, inner: string) => (inner.trim() ? `*${inner.trim()}*` : ''))
    .replace(/\[([^\]]+)\]\(#\)/g, '$1');
}

/** Escapes what still looks like a tag after conversion, so a renderer shows it as text. */
export function escapeLeftoverHtml(text: string): string {
  return text.replace(/<(?=[a-z/!?])/gi, '\\<');
}

/** True when the text holds block HTML (paragraphs or lists) rather than plain words. */
export function hasBlockHtml(text: string): boolean {
  return /<(p|ul|ol|li|br|div|table)\b/i.test(text);
}

/** HTML fragments in a cell or line to Markdown blocks: paragraphs and `- ` lists. */
export function htmlToMarkdown(text: string): string {
  const prepared = inlineMarkup(replaceCheckboxes(text));
  const blocks: string[] = [];
  const pattern = /<(ul|ol)\b[^>]*>(.*?)(?:<\/\1>|(?=<p\b)|$)/gis;
  let last = 0;
  for (const match of prepared.matchAll(pattern)) {
    blocks.push(...paragraphsOf(prepared.slice(last, match.index)));
    const items = listItems(match[2] ?? '');
    if (items.length > 0) blocks.push(items.map((item) => `- ${item}`).join('\n'));
    last = match.index + match[0].length;
  }
  blocks.push(...paragraphsOf(prepared.slice(last)));
  return escapeLeftoverHtml(decodeEntities(blocks.join('\n\n')));
}

function paragraphsOf(html: string): string[] {
  return html
    .split(/<\/?p\b[^>]*>|<br\s*\/?>/i)
    .map(stripTags)
    .filter((part) => part.length > 0);
}

/** HTML fragments to one line of Markdown, for a table cell or a short field. */
export function htmlToInline(text: string): string {
  return htmlToMarkdown(text)
    .split(/\n+/)
    .map((line) => line.replace(/^- /, '• ').trim())
    .filter((line) => line.length > 0)
    .join(' ');
}

/** HTML fragments to plain words, for a short field (a subject, a name): no Markdown marks. */
export function htmlToPlain(text: string): string {
  return htmlToInline(text)
    .replace(/(\*{1,2})(\S[^*]*?)\1/g, '$2')
    .replace(/\s+([,.;:])/g, '$1')
    .trim();
}
