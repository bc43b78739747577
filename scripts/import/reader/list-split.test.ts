import { describe, expect, it } from 'vitest';
import { initialledNames, splitList } from './list-split.ts';

describe('splitList', () => {
  it('splits at commas, semicolons, "and", "&" and full stops, each piece with the separator before it', () => {
    expect(splitList('Ann Bell & Cy Dunn; Eve Ford and Gus Hart. Ida Kemp')).toEqual([
      { text: 'Ann Bell', before: ', ' },
      { text: 'Cy Dunn', before: ' & ' },
      { text: 'Eve Ford', before: '; ' },
      { text: 'Gus Hart', before: ' and ' },
      { text: 'Ida Kemp', before: '. ' },
    ]);
  });

  it('never splits inside brackets or at the full stop of an initial or title', () => {
    expect(splitList('Dr. J. Ford (Planning, Highways and Estates), Kay Lund')).toEqual([
      { text: 'Dr. J. Ford (Planning, Highways and Estates)', before: ', ' },
      { text: 'Kay Lund', before: ', ' },
    ]);
  });

  it('splits after a closing bracket followed by a capital', () => {
    expect(splitList('Amy Lark (Chair) Ben Moss').map((piece) => piece.text)).toEqual(['Amy Lark (Chair)', 'Ben Moss']);
  });
});

describe('initialledNames: names printed with no commas', () => {
  it('takes apart a run in which every name has its initials', () => {
    expect(initialledNames('P J Bell J Carr Mrs E A Dunn Miss K Egan')).toEqual(['P J Bell', 'J Carr', 'Mrs E A Dunn', 'Miss K Egan']);
    expect(initialledNames('J A Young (Chief Executive) M Zane')).toEqual(['J A Young (Chief Executive)', 'M Zane']);
  });

  it('leaves alone one name, full names, and a run ending in letters after a name', () => {
    expect(initialledNames('Mrs E A Dunn')).toBeNull();
    expect(initialledNames('John Bell Mary Carr')).toBeNull();
    expect(initialledNames('P Bell J Carr MBE')).toBeNull();
  });
});
