/**
 * A resolution register's vote columns ("Prop | Sec | For | Agst | Abs"), as parish councils print one at an item
 * table's end (item-table.ts): which columns they are, and a row's cells twice over, as the minutes keep them (each
 * cell under its printed heading) and as the vote reader reads a vote in prose.
 */

/** What a register's vote column holds: who proposed, who seconded, and the tally's three counts. */
export type VotePart = 'proposed' | 'seconded' | 'for' | 'against' | 'abstentions';

/** "Prop | Sec | For | Agst | Abs": a resolution register's vote columns, each heading by what it holds. */
const VOTE_HEADINGS: [VotePart, RegExp][] = [
  ['proposed', /^(?:prop(?:\.|osed(?:\s+by)?|oser)?)$/i],
  ['seconded', /^(?:sec(?:\.|onded(?:\s+by)?|onder)?)$/i],
  ['for', /^(?:for|in\s+favour)$/i],
  ['against', /^(?:against|agst\.?|agn\.?)$/i],
  ['abstentions', /^(?:abs(?:\.|tain(?:ed)?|tentions?)?)$/i],
];
const votePart = (cell: string): VotePart | undefined => VOTE_HEADINGS.find(([, heading]) => heading.test(cell))?.[0];

/** The run of vote columns at a header row's end, after `from`: what each holds, by index, and how many they are. */
export function voteColumns(cells: readonly string[], from: number): Map<VotePart, number> {
  const votes = new Map<VotePart, number>();
  for (let at = cells.length - 1; at >= from; at -= 1) {
    const part = votePart(cells[at] ?? '');
    if (part === undefined || votes.has(part)) break;
    votes.set(part, at);
  }
  // "For" alone may head a column of text ("For information"): a register has its tally's "For" and "Against" both.
  return votes.has('for') && votes.has('against') ? votes : new Map();
}

/**
 * A register row's vote as the minutes keep it: each filled cell under its printed heading, in the columns' order
 * ("Prop: DR, Sec: EA, For: 5, Agst: 0, Abs: 0"); '' when every cell is blank.
 */
export function printedVote(votes: Map<VotePart, string[]>, columns: Map<VotePart, number>, headings: readonly string[]): string {
  return [...columns.values()]
    .sort((a, b) => a - b)
    .flatMap((column) => {
      const part = [...columns].find(([, at]) => at === column)?.[0];
      const cell = part === undefined ? '' : (votes.get(part)?.join(' ') ?? '');
      return cell === '' ? [] : [`${headings[column] ?? ''}: ${cell}`];
    })
    .join(', ');
}

/**
 * A register row's vote as the vote reader reads one in prose: "Proposed by DR, seconded by EA. 5 for, 0 against, 0
 * abstentions." The movers as printed (initials or names); a blank cell says nothing, so its part is left out (null,
 * never 0); '' when every cell is blank.
 */
export function spokenVote(votes: Map<VotePart, string[]>): string {
  const cell = (part: VotePart) => votes.get(part)?.join(' ') ?? '';
  const movers = [
    ['Proposed by', cell('proposed')],
    ['seconded by', cell('seconded')],
  ].filter(([, who]) => who !== '');
  const tally = (['for', 'against', 'abstentions'] as const).filter((part) => cell(part) !== '').map((part) => `${cell(part)} ${part}`);
  const sentences = [movers.map((words) => words.join(' ')).join(', '), tally.join(', ')].filter((sentence) => sentence !== '');
  return sentences.length === 0 ? '' : `${sentences.join('. ')}.`;
}
