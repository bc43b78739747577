import { describe, expect, it } from 'vitest';
import { toMarkdown } from './minutes-markdown.ts';

describe('minutes to Markdown', () => {
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
