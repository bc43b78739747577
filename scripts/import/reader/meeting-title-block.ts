/**
 * A meeting's title block: which of the record's first lines it takes, and what it names that no field of the meeting
 * holds (what the body is looking into, the body it sat as, a joint meeting's other body, its partner councils, a
 * council's name made from its parish's). Apart from the meeting's reader (meeting.ts), which reads the header
 * (header.ts) and warns with these.
 */
import { emailHeaderLines } from './email-header.ts';
import type { ReadHeader } from './header.ts';
import { candidateAt } from './numbering.ts';
import { isDateLine } from './title-block-lines.ts';

/**
 * Lines of the title block: the first two filled lines, unless they open items themselves. An e-mail's header over the
 * minutes ("From:", "Sent:", "Subject:") is the sender's: the title block is the first two lines under it.
 */
export function titleBlock(lines: readonly string[]): Set<number> {
  const mailed = emailHeaderLines(lines);
  const filled = lines.flatMap((line, index) => (line.trim() === '' || mailed.has(index) ? [] : [index]));
  return new Set(filled.slice(0, 2).filter((index) => isDateLine(lines[index] ?? '') || candidateAt(lines[index] ?? '', index) === null));
}

/** The warnings for what the title block names that no field holds, in the order the meeting's warnings give them. */
export function titleBlockWarnings(header: ReadHeader, lines: readonly string[]): string[] {
  return [
    ...(header.inquiry === null
      ? []
      : [`the title block names what the body is looking into, which no field holds: "${header.inquiry}"; nothing of it is imported`]),
    ...(header.startsAfter === null ? [] : [`the meeting began ${header.startsAfter}, which no field holds (its start time is as stated)`]),
    ...(header.sittingAs === null ? [] : [`the ${header.committee ?? 'body'} sat as the ${header.sittingAs} at this meeting`]),
    ...(header.jointWith === null
      ? []
      : [
          `a joint meeting with the ${header.jointWith}: filed as the ${header.committee ?? 'first body'}'s, the body its title names first`,
        ]),
    ...(header.partners === null
      ? []
      : [`the title names the ${header.committee ?? 'body'}'s partner councils, which no field holds: "${header.partners}"`]),
    ...(header.councilFromParish &&
    !lines
      .join('\n')
      .toLowerCase()
      .includes(header.council?.toLowerCase() ?? '')
      ? [
          `the council's name is printed nowhere: filed under "${header.council}", the parish's name; correct it if the parish has no council`,
        ]
      : []),
  ];
}
