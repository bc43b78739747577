/**
 * What a list's or a table's reader (html-lists.ts, html-tables.ts) reads an entry or a cell with: the page's walk,
 * and an element's kept children and text with hidden parts left out, all html-blocks.ts's. Apart because the walk
 * reads lists and tables by those readers and they read what they hold by the walk in turn: the walk is handed to
 * them, never imported, so the modules import no cycle.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { TextOut } from './html-text-out.ts';

/** The page's reading (html-blocks.ts), handed to the readers of its lists and tables. */
export interface PageReading {
  /** Writes a node's children as the page's text (html-blocks.ts walk); `inTable` inside a table read block by block. */
  walk: (node: Root | Element, out: TextOut, onLink: (el: Element) => void, inTable?: boolean) => void;
  /** An element's child elements that hold page text (not dropped as hidden or furniture). */
  kept: (el: Element) => Element[];
  /** A node's text as the page holds it, hidden parts left out and its spaces not collapsed; a `<br>` a line break. */
  plainTextRaw: (node: Element | ElementContent) => string;
}
