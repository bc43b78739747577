/**
 * Written public questions with their answers, published for a meeting ("CABINET – PUBLIC
 * QUESTION", "Public questions to Council"): a heading naming the body, the meeting date, then
 * for each question its number, "Question from <name>", the question, and "Response by <member>"
 * (or "Answer", "Reply") with the answer. Members' written questions to a cabinet member are also
 * published as a table ("No. / Asked by / Question / Answer" under "Written questions to Councillor X,
 * Cabinet Member for Y"): each row is a question, its answer given as that member's.
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
import { squash, uniqueAnchor } from '../text.ts';
import { BODY_WORDS, councilFor, dateFor, headLines, isPageMark } from './common.ts';
import { wordCase } from '../reader/heading-case.ts';

const HEADING = /\bpublic\s+questions?\b|\bquestions?\s+from\s+(?:members\s+of\s+)?the\s+public\b/i;
const QUESTION =
  /^(?:(\d{1,3})[.)]?\s+)?(?:(?:supplementary\s+)?public\s+)?question\s*(?:no\.?\s*)?(\d{1,3})?\s*(?:from|by|submitted\s+by|asked\s+by)\s+\S/i;
const ANSWER = /^(?:(?:written\s+)?(?:response|answer|reply))\b/i;
const LONE_NUMBER = /^(\d{1,3})[.)]?$/;
/** "Cabinet Member Questions", "Written questions to Councillor X", "Members' questions": a table of them may follow. */
const TABLE_HEADING =
  /\b(?:cabinet\s+member|members?['’]?|councillors?['’]?|written)\s+questions?\b|\bquestions?\s+to\s+(?:the\s+)?(?:councillor|cllr|cabinet|leader|portfolio)/i;
/** The columns of a table of questions, by their headings. */
const TABLE_COLUMNS = {
  number: /^(?:no\.?|number|ref(?:erence)?\.?|q)$/i,
  asker: /^(?:asked\s+by|(?:question(?:er)?\s+)?from|submitted\s+by|member|councillor|name)$/i,
  question: /^(?:the\s+)?questions?$/i,
  answer: /^(?:answer|response|reply)$/i,
};
/** "Written questions to Councillor Omar Hadley, Cabinet Member for X, and his answers": who answers. */
const ANSWERER = /\bquestions?\s+to\s+((?:councillor|cllr)\b.+?)(?:,?\s+and\s+(?:his|her|their)\s+(?:answers|responses|replies))?\.?$/i;

/** "CABINET – PUBLIC QUESTION", "Public questions to the Cabinet", "Council meeting: public questions". */
function bodyOf(head: string[]): string | null {
  for (const line of head) {
    const before = /^(.+?)\s*(?:meeting)?\s*[-–—:]\s*(?:written\s+)?public\s+questions?\b/i.exec(line);
    const after = /\bpublic\s+questions?\s+(?:to|at|for)\s+(?:the\s+)?(.+?)(?:\s+meeting)?(?:\s*[-–—,]\s*.*)?$/i.exec(line);
    const dated = /^(.+?)\s*[-–—,:]\s*(.+)$/.exec(line);
    const beforeDate = dated && parseDate(dated[2] ?? '') && BODY_WORDS.test(dated[1] ?? '') ? dated[1] : undefined;
    const name = squash(before?.[1] ?? after?.[1] ?? beforeDate ?? '');
    if (name && !parseDate(name)) return wordCase(name);
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

type Column = keyof typeof TABLE_COLUMNS;

/** The column each heading of a tab-separated header row names; null unless it names a question and an answer column. */
function tableColumns(line: string): (Column | null)[] | null {
  if (!line.includes('\t')) return null;
  const columns = line.split('\t').map((cell) => {
    const found = Object.entries(TABLE_COLUMNS).find(([, words]) => words.test(squash(cell)));
    return (found?.[0] as Column | undefined) ?? null;
  });
  return columns.includes('question') && columns.includes('answer') ? columns : null;
}

/** The rows of a table of questions under its header row, the answer credited to whom the heading names; null when there is no such table. */
function tableQuestions(lines: string[]): Question[] | null {
  const at = lines.findIndex((line) => tableColumns(line) !== null);
  const columns = at < 0 ? null : tableColumns(lines[at] ?? '');
  if (columns === null) return null;
  const answerer = lines
    .slice(0, at)
    .map((line) => ANSWERER.exec(squash(line))?.[1])
    .find((name) => name !== undefined);
  const questions: Question[] = [];
  lines.slice(at + 1).forEach((raw, offset) => {
    const line = squash(raw);
    if (raw.includes('\t')) questions.push(rowQuestion(raw.split('\t').map(squash), columns, answerer, at + offset + 2));
    // A line between or under the rows (a note, a cell run on) stays with the row above it; never taken for an answer.
    else if (line !== '' && !isPageMark(line)) {
      const last = questions.at(-1);
      (last && last.answer.length > 0 ? last.answer : last?.question)?.push(raw);
    }
  });
  return questions;
}

/** One row of the table: titled by who asked, its answer credited to the member the heading names. */
function rowQuestion(cells: string[], columns: (Column | null)[], answerer: string | undefined, line: number): Question {
  const cell = (column: Column) => (columns.includes(column) ? (cells[columns.indexOf(column)] ?? '') : '');
  const number = cell('number') === '' ? null : cell('number');
  const answer = cell('answer');
  return {
    number,
    title: cell('asker') !== '' ? `Question from ${cell('asker')}` : `Question ${number ?? line}`,
    question: [cell('question')],
    answer: answer === '' ? [] : [`**Answer${answerer ? ` by ${answerer}` : ''}:** ${answer}`],
    line,
  };
}

function itemOf(question: Question, used: Set<string>): AgendaItemInput {
  const anchor = uniqueAnchor(`item-${slugify(question.number ?? question.title).slice(0, 40)}`, (taken) => used.has(taken));
  used.add(anchor);
  const parts = [toMarkdown(question.question.join('\n')), toMarkdown(question.answer.join('\n'))].filter((part) => part.trim() !== '');
  return { number: question.number, title: question.title, anchor, agendaText: parts.join('\n\n') || null };
}

function parseQuestions(text: string, context: ParseContext): MeetingDraft {
  const lines = text.split('\n');
  const table = tableQuestions(lines);
  const questions = table ?? readQuestions(lines);
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
      `written ${table ? '' : 'public '}questions and answers: the meeting's other items are not held`,
      ...questions.filter((question) => question.answer.length === 0).map((question) => `no answer printed for "${question.title}"`),
    ],
  };
}

export const publicQuestionParser: Parser = {
  format: 'public-question',
  label: 'written public question and answer',
  detect(text) {
    if (headLines(text, 6).some((line) => TABLE_HEADING.test(line)) && text.split('\n').some((line) => tableColumns(line) !== null))
      return true;
    if (!headLines(text, 4).some((line) => HEADING.test(line))) return false;
    const lines = text.split('\n').map(squash);
    return (
      lines.some((line) => QUESTION.test(line)) &&
      lines.some((line) => ANSWER.test(line)) &&
      !lines.some((line) => /^minutes\s*:?$/i.test(line))
    );
  },
  parse(text, context) {
    return { records: meetingRecords(parseQuestions(text, context), context, text, 'public-question') };
  },
};
