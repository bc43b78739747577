/**
 * Written public questions with their answers, published for a meeting ("CABINET – PUBLIC
 * QUESTION", "Public questions to Council"): a heading naming the body, the meeting date, then
 * for each question its number, "Question from <name>", the question, and "Response by <member>"
 * (or "Answer", "Reply") with the answer.
 *
 * Output: the meeting (status `agenda`: these are papers for the meeting, not its minutes), with
 * one item per question holding the question and the answer as printed.
 */
import type { AgendaItemInput } from '../../../src/model/schema.ts';
import { parseDate } from '../../../src/model/dates.ts';
import { slugify } from '../../../src/model/slug.ts';
import { meetingRecords, type MeetingDraft } from '../assemble.ts';
import { toMarkdown } from '../minutes-markdown.ts';
import { ImportError, type ParseContext, type Parser } from '../records.ts';
import { squash } from '../text.ts';
import { councilFor, dateFor, headLines, isPageMark, titleCase } from './common.ts';

const HEADING = /\bpublic\s+questions?\b|\bquestions?\s+from\s+(?:members\s+of\s+)?the\s+public\b/i;
const QUESTION =
  /^(?:(\d{1,3})[.)]?\s+)?(?:(?:supplementary\s+)?public\s+)?question\s*(?:no\.?\s*)?(\d{1,3})?\s*(?:from|by|submitted\s+by|asked\s+by)\s+\S/i;
const ANSWER = /^(?:(?:written\s+)?(?:response|answer|reply))\b/i;
const LONE_NUMBER = /^(\d{1,3})[.)]?$/;

/** "CABINET – PUBLIC QUESTION", "Public questions to the Cabinet", "Council meeting: public questions". */
function bodyOf(head: string[]): string | null {
  for (const line of head) {
    const before = /^(.+?)\s*(?:meeting)?\s*[-–—:]\s*(?:written\s+)?public\s+questions?\b/i.exec(line);
    const after = /\bpublic\s+questions?\s+(?:to|at|for)\s+(?:the\s+)?(.+?)(?:\s+meeting)?(?:\s*[-–—,]\s*.*)?$/i.exec(line);
    const name = squash(before?.[1] ?? after?.[1] ?? '');
    if (name && !parseDate(name)) return titleCase(name);
  }
  return null;
}

interface Question {
  number: string | null;
  title: string;
  question: string[];
  answer: string[];
  line: number;
}

/** Splits the text at each "Question from" line; a lone number just before it is the item's number. */
function readQuestions(lines: string[]): Question[] {
  const questions: Question[] = [];
  let pendingNumber: string | null = null;
  lines.forEach((raw, index) => {
    const line = squash(raw);
    const question = QUESTION.exec(line);
    const lone = LONE_NUMBER.exec(line);
    const current = questions.at(-1);
    if (question) {
      questions.push({
        number: question[1] ?? question[2] ?? pendingNumber,
        title: line.replace(/[:.]$/, ''),
        question: [],
        answer: [],
        line: index + 1,
      });
      pendingNumber = null;
    } else if (lone && (!current || current.answer.length > 0)) {
      pendingNumber = lone[1] ?? null;
    } else if (!current || isPageMark(line)) {
      return;
    } else if (ANSWER.test(line) || current.answer.length > 0) {
      current.answer.push(raw);
    } else {
      current.question.push(raw);
    }
  });
  return questions;
}

function itemOf(question: Question, used: Set<string>): AgendaItemInput {
  let anchor = `item-${slugify(question.number ?? question.title).slice(0, 40)}`;
  for (let suffix = 2; used.has(anchor); suffix += 1) anchor = `item-${slugify(question.number ?? question.title).slice(0, 40)}-${suffix}`;
  used.add(anchor);
  const parts = [toMarkdown(question.question.join('\n')), toMarkdown(question.answer.join('\n'))].filter((part) => part.trim() !== '');
  return { number: question.number, title: question.title, anchor, agendaText: parts.join('\n\n') || null };
}

function parseQuestions(text: string, context: ParseContext): MeetingDraft {
  const lines = text.split('\n');
  const questions = readQuestions(lines);
  if (questions.length === 0) {
    throw new ImportError(
      context.file,
      null,
      'public questions with no "Question from" line',
      'Check the file is complete: each question opens with "Question from <name>"',
    );
  }
  const head = lines.slice(0, (questions[0]?.line ?? 1) - 1);
  const council = councilFor(head, text, context.meta);
  const stated = head.map((line) => parseDate(line)).find((date) => date !== null) ?? null;
  const used = new Set<string>();
  return {
    councilName: council.value,
    committeeName: bodyOf(headLines(head.join('\n'), 5)) ?? context.meta.committee ?? null,
    ...dateFor(stated, context.meta),
    status: 'agenda',
    items: questions.map((question) => itemOf(question, used)),
    warnings: [
      ...council.warnings,
      "written public questions and answers: the meeting's other items are not held",
      ...questions.filter((question) => question.answer.length === 0).map((question) => `no answer printed for "${question.title}"`),
    ],
  };
}

export const publicQuestionParser: Parser = {
  format: 'public-question',
  label: 'written public question and answer',
  detect(text) {
    const lines = text.split('\n').map(squash);
    return (
      headLines(text, 4).some((line) => HEADING.test(line)) &&
      lines.some((line) => QUESTION.test(line)) &&
      lines.some((line) => ANSWER.test(line)) &&
      !lines.some((line) => /^minutes\s*:?$/i.test(line))
    );
  },
  parse(text, context) {
    return { records: meetingRecords(parseQuestions(text, context), context, text, 'public-question') };
  },
};
