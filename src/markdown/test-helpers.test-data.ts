/** Shared fixtures for the markdown tests: parse, run one plugin, print back to Markdown-ish HTML. */
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import { EMPTY_LINK_CONTEXT, type LinkContext } from './link-context.ts';

/** HTML of `markdown` after `transform` ran on its tree (no sanitising: tests see plugin output). */
export function htmlAfter(markdown: string, transform: (tree: Root) => void): string {
  const processor = remark().use(remarkRehype).use(rehypeStringify);
  const tree = processor.parse(markdown);
  transform(tree);
  return processor.stringify(processor.runSync(tree)).trim();
}

export function contextWith(parts: Partial<LinkContext>): LinkContext {
  return { ...EMPTY_LINK_CONTEXT, ...parts };
}

export const THURROCK = 'thurrock-council';
export const THURROCK_CS = 'thurrock-council/childrens-services-overview-and-scrutiny-committee';
export const ESSEX = 'essex-county-council';
export const ESSEX_PAF = 'essex-county-council/people-and-families-scrutiny-committee';
export const EPPING = 'epping-forest-district-council';
export const EPPING_OS = 'epping-forest-district-council/overview-and-scrutiny-committee';

/** Where a block of the render tests stands: a Thurrock meeting's page, 1 March 2017. */
export const MARCH_MEETING_HERE = {
  council: THURROCK,
  committee: THURROCK_CS,
  url: '/meetings/thurrock/cs/2017-03-01/',
  date: '2017-03-01',
};

/** The meeting before it, which its minutes mention by date. */
export const FEBRUARY_MEETING = {
  date: '2017-02-01',
  council: THURROCK,
  committee: THURROCK_CS,
  url: '/meetings/thurrock/cs/2017-02-01/',
  label: 'Childrens Services, 1 February 2017',
};

/** A person the blocks name. */
export const RAY_GOODING = { names: ['Ray Gooding'], url: '/people/ray-gooding/', councils: [THURROCK] };
