/**
 * Links council report references (PAF/01/15, CYP/03/13) to the report when the archive holds
 * it: a report of the page's council first, else the only report anywhere with that reference.
 * References not held stay as written.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { getLinkContext, linkTable, memoByObject, type LinkContext } from './link-context.ts';
import { findAndReplaceWhere, hasDigit, linkNode } from './mdast-nodes.ts';

/** Letters / number / year, as Essex and others write them. */
export const REFERENCE_PATTERN = /\b[A-Z]{2,6}\/\d{1,3}\/\d{2,4}\b/g;

/** "paf/1/15" and "PAF/01/15" are one reference. */
export function normaliseReference(reference: string): string {
  return reference
    .trim()
    .toUpperCase()
    .split('/')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part))
    .join('/');
}

type ReportTarget = LinkContext['reports'][number];

const reportsByReference = memoByObject((reports: LinkContext['reports']) => {
  const byReference = new Map<string, ReportTarget[]>();
  for (const report of reports) {
    const key = normaliseReference(report.reference);
    byReference.set(key, [...(byReference.get(key) ?? []), report]);
  }
  return byReference;
});

const reportsWithReference = linkTable('reports-by-reference', (context) => reportsByReference(context.reports));

/** The report a reference names, or null when none is held or the choice is ambiguous. */
export function resolveReport(reference: string, context: LinkContext): ReportTarget | null {
  const candidates = reportsWithReference(context, normaliseReference(reference)) ?? [];
  const sameCouncil = candidates.filter((report) => report.council !== null && report.council === context.here.council);
  const pool = sameCouncil.length > 0 ? sameCouncil : candidates;
  const pick = pool.length === 1 ? (pool[0] ?? null) : null;
  return pick === null || pick.url === context.here.url ? null : pick;
}

export function linkReports(tree: Root, context: LinkContext): void {
  findAndReplaceWhere(
    tree,
    [
      REFERENCE_PATTERN,
      (reference: string) => {
        const report = resolveReport(reference, context);
        return report === null ? false : linkNode(reference, report);
      },
    ],
    hasDigit,
  );
}

export default function remarkLinkReports() {
  return (tree: Root, file: VFile) => linkReports(tree, getLinkContext(file));
}
