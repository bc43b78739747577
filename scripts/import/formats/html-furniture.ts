/**
 * What on a web page is never its text: the tags, ARIA roles, class names and ids of hidden parts and page
 * furniture (menus, cookie banners, breadcrumbs, a WordPress theme's comments and sidebar), a download button,
 * and the elements only a form holding content has. Word lists apart from the rule that reads them
 * (html-blocks.ts's dropped), so they can be read and extended at a glance.
 */

/** Elements whose content is never page text. */
export const DROP_TAGS = new Set(
  'script style noscript template iframe object embed head nav header footer menu button select textarea svg math canvas audio video map dialog'.split(
    ' ',
  ),
);
/** ARIA roles of page furniture; a `tablist` holds a page's tabs (CMIS: Documents, Attendance, Visitors), whose labels are no text. */
export const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'dialog', 'tablist']);
/** Class names that hide an element from view, as CSS frameworks and screen-reader helpers name them. */
export const HIDDEN_CLASSES = new Set([
  'hidden',
  'is-hidden',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'govuk-visually-hidden',
  'screen-reader-text',
  'element-invisible',
  'skip-link',
  'd-none',
]);
/**
 * id or class words that mark page furniture rather than content: cookie banners, breadcrumbs, skip links, share
 * widgets, menus; and the parts a WordPress theme puts around a post (a parish or town council's site), by the
 * names the themes use: the visitors' comments and the reply form (`#comments`, `.comments-area`, `#respond`,
 * `.comment-respond`), the sidebar's widgets (`.widget-area`, `.sidebar`) and the links to the previous and next
 * posts (`.post-navigation`, `.nav-links`), so a visitor's comment is never read as an item of the minutes; and a
 * footer marked by its class or id rather than a `<footer>` (`.footer`, `#page-footer`, `.entry-footer`: a copyright
 * line, the site's address), which would otherwise end the last item's minutes.
 */
export const FURNITURE = new RegExp(
  [
    String.raw`cookie|consent|breadcrumb|skip-?(to|link)|(^|[-_])share([-_]|$)|sharethis|addthis|(^|[-_])menu([-_]|$)|(^|[-_])footer([-_]|$)`,
    String.raw`^(?:comments|comments-area|comment-list|commentlist|respond|comment-respond|wp-block-comments)$`,
    String.raw`^(?:widget-area|sidebar|post-navigation|posts-navigation|nav-links|nav-previous|nav-next)$`,
  ].join('|'),
  'i',
);
/**
 * A link that is only a button to save the page's own record, "Download as PDF", "Download" (under a post of
 * minutes, the same minutes as a file): no line of the record, and no document of it, as it names none.
 */
export const DOWNLOAD_BUTTON = /^download(?:\s+(?:as\s+(?:a\s+)?)?(?:pdf|word|file|document))?$/i;

/** Elements that only a form holding page content has. */
export const CONTENT_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'article', 'main', 'section']);
