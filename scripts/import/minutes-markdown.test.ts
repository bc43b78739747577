import { describe, expect, it } from 'vitest';
import { toMarkdown } from './minutes-markdown.ts';

describe('minutes to Markdown', () => {
  it("keeps a typed table's wrapped cells in their row and leaves its dash rule out", () => {
    const text = [
      'Body\tSeats\tChair\tMembers',
      '----\t-----\t-----\t-------',
      'Licensing\t3\tCllr Fry\tAmes, Birt,',
      'Panel\t\t\tCole',
      'Audit\t2\tCllr Gee\tDent',
    ].join('\n');
    expect(toMarkdown(text)).toBe(
      [
        '| Body | Seats | Chair | Members |',
        '| --- | --- | --- | --- |',
        '| Licensing Panel | 3 | Cllr Fry | Ames, Birt, Cole |',
        '| Audit | 2 | Cllr Gee | Dent |',
      ].join('\n'),
    );
  });

  it('makes bullets a list and drops empty bullets and blank-looking lines', () => {
    expect(toMarkdown('Points:\n\n·       One.\n·       Two.\n  •  \n \nEnd.')).toBe('Points:\n\n- One.\n- Two.\n\nEnd.');
  });

  it("keeps a bullet's wrapped line in its entry, and a line in capitals after the list as its own", () => {
    expect(
      toMarkdown(
        'Points made:\n• The new crossing would help pupils\nwalking to school.\n• Lighting was poor.\nThe Chair thanked officers.',
      ),
    ).toBe(
      'Points made:\n\n- The new crossing would help pupils\n  walking to school.\n- Lighting was poor.\n\nThe Chair thanked officers.',
    );
  });

  it("reads Word's private-use bullets in a text export as bullets", () => {
    expect(toMarkdown('Noted:\n\uf0b7 Bus times.\n\uf0b7 Fares.\n\uf0b7')).toBe('Noted:\n\n- Bus times.\n- Fares.');
  });

  it('keeps numbered labels as published instead of renumbering lists', () => {
    expect(toMarkdown('1)    First\n2)    Second')).toBe('1\\) First\\\n2\\) Second');
  });

  it('escapes raw HTML and heading marks from the record', () => {
    expect(toMarkdown('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
    expect(toMarkdown('# not a heading')).toBe('\\# not a heading');
  });
});

describe('a table in the minutes', () => {
  it('keeps tab-parted rows under a header row as a Markdown table, a blank cell kept and a "|" escaped', () => {
    const text = [
      'RESOLVED to pay the following:',
      'Paid\tSupplier\tAmount',
      '2/9/25\tMoss & Reed | Glaziers\t310.00',
      '2/9/25\tCounty Water\t88.40',
      '\tTotal\t398.40',
      'Proposed Cllr Vane.',
    ].join('\n');
    expect(toMarkdown(text)).toBe(
      [
        'RESOLVED to pay the following:',
        '',
        '| Paid | Supplier | Amount |',
        '| --- | --- | --- |',
        '| 2/9/25 | Moss & Reed \\| Glaziers | 310.00 |',
        '| 2/9/25 | County Water | 88.40 |',
        '|  | Total | 398.40 |',
        '',
        'Proposed Cllr Vane.',
      ].join('\n'),
    );
  });

  it('takes the lines after the rows up to a blank line as rows with their first cell alone, when each can be one', () => {
    const text = ['Yes\tNo', 'Cllr Amos\tCllr Bell', 'Cllr Cole\tCllr Eyre', 'Cllr Dunn', '', 'Carried.'].join('\n');
    expect(toMarkdown(text)).toBe(
      ['| Yes | No |', '| --- | --- |', '| Cllr Amos | Cllr Bell |', '| Cllr Cole | Cllr Eyre |', '| Cllr Dunn |  |', '', 'Carried.'].join(
        '\n',
      ),
    );
  });

  it('leaves prose, a numbered list parted by tabs and a table of one row alone', () => {
    expect(toMarkdown('The Clerk said the hall is booked.\nMembers agreed.')).toBe('The Clerk said the hall is booked.\\\nMembers agreed.');
    expect(toMarkdown('1.\tThat the budget be set.\n2.\tThat the tax rise.\n3.\tThat fees rise.')).toBe(
      '1\\. That the budget be set.\\\n2\\. That the tax rise.\\\n3\\. That fees rise.',
    );
    expect(toMarkdown('Item\tNote\n1\tNone.')).toBe('Item Note\\\n1 None.');
  });
});

describe("Word's letter bullet", () => {
  it('shows "o" opening a line after a lead-in as a bullet, and keeps "o" that carries prose on', () => {
    expect(toMarkdown('The Panel noted:\no The Chair welcomed the update.\no Officers would report in May.')).toBe(
      'The Panel noted:\n\n- The Chair welcomed the update.\n- Officers would report in May.',
    );
    expect(toMarkdown('Croesawodd y Cadeirydd aelodau\no Gyngor Tref Aberllyn.')).toBe(
      'Croesawodd y Cadeirydd aelodau\\\no Gyngor Tref Aberllyn.',
    );
  });
});

describe('a second level of bullets', () => {
  it('nests "o" answers under "•" questions, set deeper or not, a wrapped line staying in its entry', () => {
    const indented = [
      'Members asked:',
      '• Councillor Rudd asked how long the repairs would take.',
      '  o Mr Pike said the roof would be done by March, the gutters',
      '    by April.',
      '• Councillor Vane asked who would pay.',
      '  o Ms Lowe said the insurer would.',
    ];
    expect(toMarkdown(indented.join('\n'))).toBe(
      [
        'Members asked:',
        '',
        '- Councillor Rudd asked how long the repairs would take.',
        '  - Mr Pike said the roof would be done by March, the gutters',
        '    by April.',
        '- Councillor Vane asked who would pay.',
        '  - Ms Lowe said the insurer would.',
      ].join('\n'),
    );
    // A text export that lost the indent still marks the second level with Word's hollow "o".
    const flush = ['• Where will the bins go?', 'o Behind the hall.', '• When?', 'o In May.'];
    expect(toMarkdown(flush.join('\n'))).toBe(['- Where will the bins go?', '  - Behind the hall.', '- When?', '  - In May.'].join('\n'));
  });
  it('keeps one level where the marks and the indent do not change', () => {
    expect(toMarkdown('• One point.\n• Another point.')).toBe('- One point.\n- Another point.');
    // An item's first line comes without its indent: the same mark set deeper under it is the same list.
    expect(toMarkdown('- Payments approved, total £410.\n   - Audit report received.')).toBe(
      '- Payments approved, total £410.\n- Audit report received.',
    );
    expect(toMarkdown('The Panel noted:\no The Chair welcomed it.\no Officers would report.')).toBe(
      'The Panel noted:\n\n- The Chair welcomed it.\n- Officers would report.',
    );
  });
});
