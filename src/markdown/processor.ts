/**
 * Record Markdown to safe HTML, with in-text links to the archive's other records: the unified
 * processor and a fresh render of one block. It imports nothing of the build's caches, so the
 * render pool's worker threads (render-pool.ts) load it as it is, with Node's type stripping.
 *
 * One unified processor is built once and reused for every call (a 100,000-meeting build
 * renders many blocks); the page's LinkContext travels on the VFile, and the link plugins
 * index it once per context object.
 *
 * Order matters: raw HTML and images become words first; then reports, recommendations,
 * meetings and people are linked (each skips text already inside a link); then a table's header
 * cells are given their scope, and the HTML tree is sanitised with a Markdown-only schema; after that, so that no
 * record can make one, each table is put in a region that scrolls it (rehype-table-wrap.ts), and the tree is given GOV.UK classes.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { setLinkContext, type LinkContext } from './link-context.ts';
import remarkAutolinkBreaks from './remark-autolink-breaks.ts';
import remarkStripHtml from './remark-strip-html.ts';
import remarkPlainExtras from './remark-plain-extras.ts';
import remarkLinkReports from './remark-link-reports.ts';
import remarkLinkRecommendations from './remark-link-recommendations.ts';
import remarkLinkMeetings from './remark-link-meetings.ts';
import remarkLinkPeople from './remark-link-people.ts';
import rehypeGovukClasses from './rehype-govuk-classes.ts';
import rehypeTableScope from './rehype-table-scope.ts';
import rehypeTableWrap from './rehype-table-wrap.ts';
import { recordSchema } from './sanitize-schema.ts';
import { parseRecordMarkdown } from './parse-fast.ts';

function createProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkGfm, { singleTilde: false })
    .use(remarkAutolinkBreaks)
    .use(remarkStripHtml)
    .use(remarkPlainExtras)
    .use(remarkLinkReports)
    .use(remarkLinkRecommendations)
    .use(remarkLinkMeetings)
    .use(remarkLinkPeople)
    .use(remarkRehype)
    .use(rehypeTableScope)
    .use(rehypeSanitize, recordSchema)
    .use(rehypeTableWrap)
    .use(rehypeGovukClasses)
    .use(rehypeStringify)
    .freeze();
}

/** The shared, frozen processor: build it once, run it per block. */
export const markdownProcessor = createProcessor();

/** A block's HTML, rendered now (no cache). */
export function renderFresh(markdown: string, context: LinkContext): string {
  const file = new VFile({ value: markdown });
  setLinkContext(file, context);
  const tree = parseRecordMarkdown(markdown, (text) => markdownProcessor.parse(text));
  const html = markdownProcessor.runSync(tree, file);
  return markdownProcessor.stringify(html, file);
}
