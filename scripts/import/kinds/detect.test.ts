/**
 * Each record kind claims its own layout only: never the other kinds' fixtures, the seed records
 * (ModernGov pages, the Essex agenda pack) or the minutes reader's inputs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../formats/html-text.ts';
import { parserFor } from '../parsers.ts';
import { splitSource } from '../source-header.ts';
import { normaliseText } from '../text.ts';
import type { Parser } from '../records.ts';
import { annualReportParser } from './annual-report.ts';
import { cabinetResponseParser } from './cabinet-response.ts';
import { callInOutcomeParser, callInRequestParser } from './call-in.ts';
import { decisionNoticeParser } from './decision-notice.ts';
import { determinationNoticeParser } from './determination-notice.ts';
import { forwardPlanParser } from './forward-plan.ts';
import { hearingDecisionParser } from './hearing-decision.ts';
import { kindParsers } from './index.ts';
import { inquiryScopeParser } from './inquiry-scope.ts';
import { issueHistoryParser } from './issue-history.ts';
import { publicQuestionParser } from './public-question.ts';
import { reportParser } from './report.ts';
import { trackerParser } from './tracker.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const seeds = join(import.meta.dirname, '../../../content/sources');

const owner: Record<string, Parser> = {
  'decision-notice': decisionNoticeParser,
  'decision-details-page': decisionNoticeParser,
  'decision-details-page-site-menu': decisionNoticeParser,
  'officer-decision-record': decisionNoticeParser,
  'record-of-decisions-inline-fields': decisionNoticeParser,
  'urgent-decision-record': decisionNoticeParser,
  'licensing-notice-of-determination': determinationNoticeParser,
  'standards-hearing-decision-notice': hearingDecisionParser,
  'hearings-panel-notice-of-decision': hearingDecisionParser,
  'forward-plan': forwardPlanParser,
  'forward-plan-labelled-blocks': forwardPlanParser,
  'forward-plan-tab-separated': forwardPlanParser,
  'report-cabinet-member': reportParser,
  'report-town-council': reportParser,
  'report-lead-in-lettered': reportParser,
  'report-task-group-no-cover': reportParser,
  'report-scrutiny-committee-to-cabinet': reportParser,
  'report-by-to-committee': reportParser,
  'report-recommendation-s-heading': reportParser,
  'report-key-decision-forward-plan-ref': reportParser,
  'report-known-by-its-sections': reportParser,
  'public-question': publicQuestionParser,
  'members-questions-table': publicQuestionParser,
  'issue-history': issueHistoryParser,
  'issue-history-heading-only': issueHistoryParser,
  'tracker-tab-separated': trackerParser,
  'tracker-cells-on-lines': trackerParser,
  'tracker-web-page': trackerParser,
  'tracker-cabinet-response': trackerParser,
  'cabinet-response-blocks': cabinetResponseParser,
  'cabinet-response-agenda-item': cabinetResponseParser,
  'report-scrutiny-progress-blocks': cabinetResponseParser,
  'call-in-request': callInRequestParser,
  'call-in-outcome': callInOutcomeParser,
  'scrutiny-annual-report': annualReportParser,
  'inquiry-terms-of-reference': inquiryScopeParser,
};
/** A stricter reading chosen before a looser one that also matches: a response to a review is a report too. */
const alsoClaimedBy: Record<string, Parser[]> = {
  'cabinet-response-agenda-item': [reportParser],
  'cabinet-response-blocks': [reportParser],
  'report-scrutiny-progress-blocks': [reportParser],
};
/** Every kind, named by its label: several share a source format ("report", "decision-notice"). */
const kinds = kindParsers;
const labels = (parsers: Parser[]) => parsers.map((parser) => parser.label);

function textOf(path: string): string {
  return normaliseText(splitSource(readFileSync(path, 'utf8'), path).text);
}

/** A fixture's text as the importer reads it: a saved web page through the page reader, else the text file. */
function fixtureText(folder: string): string {
  const page = join(folder, 'input.html');
  return existsSync(page) ? normaliseText(htmlToText(readFileSync(page, 'utf8'), page).text) : textOf(join(folder, 'input.txt'));
}

describe('record kind detection', () => {
  for (const [name, parser] of Object.entries(owner)) {
    it(`${name}: claimed by the ${parser.label} reader only, and chosen first`, () => {
      const text = fixtureText(join(fixtures, name));
      const claimants = kinds.filter((kind) => kind.detect(text));
      expect(labels(claimants).sort()).toEqual(labels([parser, ...(alsoClaimedBy[name] ?? [])]).sort());
      expect(parserFor(text)).toBe(parser);
    });
  }

  const seedFiles = readdirSync(seeds).filter((file) => file.endsWith('.txt'));
  it('has the seeds', () => expect(seedFiles.length).toBeGreaterThanOrEqual(5));
  for (const file of seedFiles) {
    it(`seed ${file} is claimed by none of the kinds`, () => {
      const text = textOf(join(seeds, file));
      expect(labels(kinds.filter((kind) => kind.detect(text)))).toEqual([]);
    });
  }

  it('minutes that mention a work programme, a recommendation and a public question are not claimed', () => {
    const minutes = [
      'Minutes',
      'Wrenford Borough Council',
      'Communities Committee - Tuesday, 4th March, 2025 7.00 pm',
      'Present: Councillors A Bell and C Dunn',
      '',
      '12.',
      'Public Question from Sam Lee',
      'Response by Councillor Bell: the path will reopen in May.',
      '',
      '13.',
      'Work programme',
      'Recommendations',
      'RESOLVED: that the work programme be noted.',
    ].join('\n');
    expect(labels(kinds.filter((kind) => kind.detect(minutes)))).toEqual([]);
  });

  it("minutes and an agenda that take an inquiry's terms of reference as an item are not claimed", () => {
    const minutes = [
      'Minutes of the meeting of the Place Scrutiny Panel held on 12 January 2026',
      'Present: Councillors Ormsby, Tennant and Udall',
      '',
      'Terms of Reference',
      'RESOLVED: that the terms of reference for the bus services review be agreed.',
    ].join('\n');
    const agenda = ['Agenda', 'Place Scrutiny Panel', 'Monday 12 January 2026', 'Call for Evidence', '1. Apologies'].join('\n');
    expect(labels(kinds.filter((kind) => kind.detect(minutes)))).toEqual([]);
    expect(labels(kinds.filter((kind) => kind.detect(agenda)))).toEqual([]);
  });

  it('minutes that minute a call-in and a cabinet response item by item are not claimed', () => {
    const minutes = [
      'Minutes',
      'Orrisdale District Council',
      'Overview and Scrutiny Committee - Monday, 2nd March, 2026 6.30 pm',
      'Present: Councillors D Fenn, H Gow and P Marr',
      '',
      '21.',
      'Call-in request: Closure of the Mill Street toilets',
      'Decision called in: Closure of the Mill Street toilets',
      'Signed by: Councillors Fenn and Gow',
      'Outcome of the call-in: the decision was referred back to Cabinet.',
      '',
      '22.',
      'Cabinet response to the Play Parks Task and Finish Group',
      'Recommendation 1',
      'That every park has a bin.',
      'Response: Accepted',
      'RESOLVED: that the response be noted.',
    ].join('\n');
    expect(labels(kinds.filter((kind) => kind.detect(minutes)))).toEqual([]);
  });
});
