/**
 * The record kinds that are neither minutes nor agendas, each a layout family of its own:
 * decision notices, a hearing's notice of determination and a hearing's decision notice (read as minutes are), forward plans, single reports, public questions, ModernGov issue histories and recorded
 * vote pages, recommendations trackers, the executive's responses to scrutiny reviews, call-in requests
 * and call-in outcomes, the notices of a general exception, special urgency or private meeting, a notice that a meeting is
 * cancelled or postponed, and scrutiny's annual report; an inquiry's terms of reference and a meeting's verbatim transcript are recognised only to be refused. A stricter reading of a layout goes before the looser one it would also match
 * (a response to a review before the report reader, which reads it as a report only). Each detector looks for
 * the marks of its own kind only, so none of them claims minutes, agendas or the seed layouts;
 * parsers.ts tries them before the ModernGov pages and the general reader.
 */
import type { Parser } from '../records.ts';
import { annualReportParser } from './annual-report.ts';
import { cabinetResponseParser } from './cabinet-response.ts';
import { callInOutcomeParser, callInRequestParser } from './call-in.ts';
import { cancellationNoticeParser } from './cancellation-notice.ts';
import { decisionNoticeParser } from './decision-notice.ts';
import { determinationNoticeParser } from './determination-notice.ts';
import { hearingDecisionParser } from './hearing-decision.ts';
import { forwardPlanParser } from './forward-plan.ts';
import { inquiryScopeParser } from './inquiry-scope.ts';
import { issueHistoryParser } from './issue-history.ts';
import { publicQuestionParser } from './public-question.ts';
import { recordedVoteParser } from './recorded-vote.ts';
import { reportParser } from './report.ts';
import { statutoryNoticeParser } from './statutory-notice.ts';
import { trackerParser } from './tracker.ts';
import { transcriptParser } from './transcript.ts';

export const kindParsers: Parser[] = [
  transcriptParser,
  callInRequestParser,
  callInOutcomeParser,
  statutoryNoticeParser,
  cancellationNoticeParser,
  decisionNoticeParser,
  determinationNoticeParser,
  hearingDecisionParser,
  forwardPlanParser,
  annualReportParser,
  cabinetResponseParser,
  reportParser,
  inquiryScopeParser,
  publicQuestionParser,
  issueHistoryParser,
  recordedVoteParser,
  trackerParser,
];
