/**
 * What rendered record text may hold: the elements Markdown itself produces, nothing else.
 * No raw HTML reaches this stage (remark-strip-html), so this is the second lock on the door:
 * no scripts, styles, forms, images, iframes, event handlers or javascript: URLs.
 */
import type { Options as Schema } from 'rehype-sanitize';

export const recordSchema: Schema = {
  strip: ['script', 'style'],
  clobberPrefix: 'user-content-',
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id', 'name'],
  tagNames: [
    'a',
    'blockquote',
    'br',
    'code',
    'del',
    'em',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'li',
    'ol',
    'p',
    'pre',
    'strong',
    'table',
    'tbody',
    'td',
    'th',
    'thead',
    'tr',
    'ul',
  ],
  attributes: {
    a: ['href', 'title'],
    ol: ['start'],
    td: [['align', 'left', 'right', 'center']],
    // "scope" as rehype-table-scope.ts sets it on a header row's cells: a column's or a row's heading, nothing else.
    th: [
      ['align', 'left', 'right', 'center'],
      ['scope', 'col', 'row'],
    ],
  },
  required: {},
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tr: ['table'], li: ['ol', 'ul'] },
};
