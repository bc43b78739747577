/**
 * A web page's lists written as the readers' text: an ordered list of an agenda's items numbered as a printed agenda
 * numbers them ("7." under `start="7"`), an entry titled in bold or by a heading as an item's title over its text, a
 * decision's points each marked, and a paragraph opening with an item's number and title in bold. Apart from the
 * page's walk (html-blocks.ts), which reads a list by these readers and hands them its own reading (PageReading) for
 * each entry, so neither module imports the other.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { allBold, BOLD_TAGS, isSpeaker, LEAD_IN_END, NUMBERED_BOLD, OWN_ENTRY_MARK, RUN_IN_MARK } from './html-entry-marks.ts';
import { attr, BLOCK_TAGS, HEADING_TAGS } from './html-nodes.ts';
import type { PageReading } from './html-page-reading.ts';
import type { TextOut } from './html-text-out.ts';
import { OUTCOME_MARK } from '../reader/decision-markers.ts';

/** The readers of a page's lists and numbered paragraphs, each entry read by the page's own reading (PageReading). */
export function listReaders({ walk, kept, plainTextRaw }: PageReading) {
  /**
   * True when the text before a list (its last sibling with any text) ends in a decision's lead-in: the list is what
   * was decided, its entries points, however short ("to approve the budget", "to note the report"); never titles
   * numbered as the page's items.
   */
  function leadsIn(before: (RootContent | ElementContent)[]): boolean {
    const texts = before.map((sibling) =>
      sibling.type === 'text' ? sibling.value : sibling.type === 'element' ? plainTextRaw(sibling) : '',
    );
    const last = texts.findLast((text) => text.trim() !== '') ?? '';
    return LEAD_IN_END.test(last.replace(/\s+/g, ' ').trim());
  }

  /**
   * An ordered list of titles with the numbers a browser shows before them ("7." under `start="7"`, a `value` on an
   * entry), as a PDF of the page prints them: an agenda's items are often such a list, and so are a parish site's
   * minutes, each entry opening with its title in bold run in to its text (runInTitle). A list of sentences (a
   * decision's points, "That the report be noted;"), one lettered or in roman numerals (`type`), and one inside a
   * table (an item's minutes on a ModernGov page, its rows the items) keep their entries unnumbered, so their points
   * never compete with the page's items.
   */
  function orderedList(list: Element, out: TextOut, onLink: (el: Element) => void): void {
    const type = attr(list, 'type');
    const entries = kept(list).filter((entry) => entry.tagName === 'li');
    const titles = titleList(list);
    const runIn = !titles && runInItems(entries);
    if ((type !== null && type !== '1') || entries.length === 0 || !(titles || runIn)) return pointList(list, out, onLink, false);
    let number = Number.parseInt(attr(list, 'start') ?? '1', 10);
    if (!Number.isFinite(number)) number = 1;
    for (const entry of kept(list)) {
      if (entry.tagName !== 'li') {
        walk({ ...entry, children: [entry] }, out, onLink);
        continue;
      }
      const value = Number.parseInt(attr(entry, 'value') ?? '', 10);
      if (Number.isFinite(value)) number = value;
      out.gap('\n\n');
      const heading = runIn ? entryTitle(entry) : null;
      if (heading) {
        // "1. Apologies for absence" on a line of its own, as a printed item's number and title, then its text; a
        // list inside the text is the item's points, never numbered as items.
        out.text(`${number}. ${heading.title}`);
        out.gap('\n');
        walk({ ...entry, children: heading.rest }, out, onLink, true);
      } else {
        out.text(`${number}. `);
        walk(entry, out, onLink, runIn);
      }
      out.gap('\n\n');
      number += 1;
    }
  }

  /**
   * True when no entry of the list ends its first line with a stop, comma or colon: titles (an agenda's items, the
   * topics a cell lists, "Transport"), not a decision's points. An entry's first line: its title, over a line or two
   * of what the item is (after a `<br>`).
   */
  function titleList(list: Element): boolean {
    const entries = kept(list).filter((entry) => entry.tagName === 'li');
    return entries.every((entry) => !/[.;:,]$/.test(plainTextRaw(entry).split('\n')[0]?.trim() ?? '.'));
  }

  /**
   * An ordered list of points (a decision's "That the report be noted;", "That authority be delegated …"), each entry
   * a paragraph opening with a bullet: the browser shows each with its number, and without a mark the readers
   * could not tell one point from the next (a decision read only its first). The number itself is not written, so
   * a point's "2." never competes with the page's item numbers; an entry whose text opens with its own mark keeps that.
   * A list of titles (a cell's topics, "Transport"; a lettered list of headings) stays plain lines, as before, unless
   * `points` says a decision's lead-in stands over it (leadsIn): then even short entries are points, bulleted.
   */
  function pointList(list: Element, out: TextOut, onLink: (el: Element) => void, inTable: boolean, points = false): void {
    if (!points && titleList(list)) return walk(list, out, onLink, inTable);
    for (const entry of kept(list)) {
      const own = entry.tagName !== 'li' || OWN_ENTRY_MARK.test(plainTextRaw(entry));
      out.gap('\n\n');
      if (!own) out.entryMark('• ');
      walk(entry.tagName === 'li' ? entry : { ...entry, children: [entry] }, out, onLink, inTable);
      out.gap('\n\n');
    }
  }

  /** Most of a list's entries (two at least) open with a title of their own in bold or as a heading: the list is the page's items. */
  function runInItems(entries: Element[]): boolean {
    const titles = entries.map((entry) => entryTitle(entry)?.title).filter((title) => title !== undefined);
    // Items differ: "Resolved:" over each of a decision's points is no title.
    const distinct = new Set(titles.map((title) => title.toLowerCase())).size === titles.length;
    return titles.length >= 2 && titles.length * 2 > entries.length && distinct;
  }

  /**
   * An entry that opens with its title in bold, "<strong>Apologies for absence.</strong> Cllr Tom Inchbald …": the
   * title (without its run-in stop or colon) and what follows it. The bold must end the title (a stop or colon in it
   * or just after it, a line break or nothing after it), so a bold word opening a sentence ("<b>RESOLVED</b> that …",
   * "<b>Cllr Ash</b> asked …") is no title; with `numbered`, a bold run opening with an item's number ("3. Minutes")
   * ends the title wherever it ends.
   */
  function runInTitle(entry: Element, numbered = false): { title: string; rest: ElementContent[] } | null {
    const children = entry.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
    const [first, next] = children;
    if (first?.type !== 'element' || !BOLD_TAGS.has(first.tagName)) return null;
    const bold = plainTextRaw(first).replace(/\s+/g, ' ').trim();
    const title = bold.replace(/\s*[.:]$/, '');
    const subject = numbered ? title.replace(/^\d{1,3}[.)]\s+/, '') : title;
    if (title === '' || title.length > 150 || OUTCOME_MARK.test(subject.toUpperCase())) return null;
    const nextText = next?.type === 'text' ? next.value : '';
    const ended =
      (numbered && NUMBERED_BOLD.test(bold)) ||
      /[.:]$/.test(bold) ||
      next === undefined ||
      RUN_IN_MARK.test(nextText) ||
      (next.type === 'element' && next.tagName === 'br');
    if (!ended) return null;
    const rest = entry.children.slice(entry.children.indexOf(first) + 1);
    // ". Cllr Tom …" after a title in bold without its stop: the text starts after the mark.
    const opening = rest.findIndex((child) => child.type !== 'text' || child.value.trim() !== '');
    const lead = rest[opening];
    if (lead?.type === 'text') rest[opening] = { ...lead, value: lead.value.replace(RUN_IN_MARK, '') };
    return isSpeaker(title, rest.map(plainTextRaw).join('')) ? null : { title, rest };
  }

  /** An entry's own title: run in to its text in bold (runInTitle), or standing over it (headedTitle). */
  function entryTitle(entry: Element): { title: string; rest: ElementContent[] } | null {
    return runInTitle(entry) ?? headedTitle(entry);
  }

  /**
   * An entry whose title stands over its text, as a content system's editor writes an item: a heading
   * ("<li><h2>Minutes</h2><p>…</p>"), a paragraph that is all bold ("<li><p><strong>Minutes</strong></p><p>…"), or a
   * bold run with a paragraph after it ("<li><strong>Minutes</strong><p>…"). Whatever follows the title (the
   * paragraph) ends it, so it needs no stop; an entry that is a title alone is a title list's (titleList).
   */
  function headedTitle(entry: Element): { title: string; rest: ElementContent[] } | null {
    const children = entry.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
    const [first, next] = children;
    if (first?.type !== 'element' || next === undefined) return null;
    const standing =
      HEADING_TAGS.has(first.tagName) ||
      (first.tagName === 'p' && allBold(first)) ||
      (BOLD_TAGS.has(first.tagName) && next.type === 'element' && BLOCK_TAGS.has(next.tagName));
    if (!standing) return null;
    const title = plainTextRaw(first)
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\s*[.:]$/, '');
    if (title === '' || title.length > 150 || OUTCOME_MARK.test(title.toUpperCase())) return null;
    return { title, rest: entry.children.slice(entry.children.indexOf(first) + 1) };
  }

  /**
   * A paragraph that opens with an item's number and title in bold, its text run on after it ("<strong>2.
   * Minutes</strong> The minutes of … were approved.", as a parish site numbers its minutes' paragraphs): the bold
   * run is the title, on a line of its own over the text, as a printed item's; says whether it was one. The number
   * in the bold is what makes it a heading, where a list's entry needs a stop after its bold (runInTitle).
   */
  function numberedParagraph(paragraph: Element, out: TextOut, onLink: (el: Element) => void): boolean {
    const heading = runInTitle(paragraph, true);
    if (heading === null || !NUMBERED_BOLD.test(heading.title)) return false;
    out.gap('\n\n');
    out.text(heading.title);
    out.gap('\n');
    walk({ ...paragraph, children: heading.rest }, out, onLink);
    out.gap('\n\n');
    return true;
  }

  return { leadsIn, numberedParagraph, orderedList, pointList };
}
