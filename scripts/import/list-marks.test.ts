import { describe, expect, it } from 'vitest';
import { BULLET_LINE, isWrappedFigure, LONE_GLYPH_BULLET } from './list-marks.ts';

describe('list marks', () => {
  it('reads each glyph, dash and star bullet before a space as an entry', () => {
    for (const mark of ['•', '·', '▪', '◦', '‣', '○', '●', '■', '∙', '\uf0b7', '\uf0a7', '-', '–', '*']) {
      expect(BULLET_LINE.exec(`  ${mark} Repair the bridge`)?.[1], mark).toBe('Repair the bridge');
    }
  });

  it('takes no dash touching its text, nor a number, as a bullet', () => {
    expect(BULLET_LINE.test('-5 degrees overnight')).toBe(false);
    expect(BULLET_LINE.test('*Draft')).toBe(false);
    expect(BULLET_LINE.test('5. Repair the bridge')).toBe(false);
  });

  it('knows a glyph alone on its line, but not a dash, which may be a table rule', () => {
    expect(LONE_GLYPH_BULLET.test('   ■  ')).toBe(true);
    expect(LONE_GLYPH_BULLET.test(' - ')).toBe(false);
  });
});

describe('isWrappedFigure', () => {
  const at1 = (text: string) => isWrappedFigure(text.split('\n'), 1);
  it('reads a time, a percentage or a length wrapped onto a line after a sentence that runs on as a figure', () => {
    expect(at1('the kiosk may trade until\n 9.45 pm on match days')).toBe(true);
    expect(at1('fees rise by no more than\n4.2 per cent')).toBe(true);
    expect(at1('the hedge be cut back by about 1,\n1.5 metres')).toBe(true);
    expect(at1('the hall closes at\n10.00 pm.')).toBe(true);
  });

  it('reads a point after a heading, a colon or a stop, before a capital, or beside its sibling as a number', () => {
    expect(at1('2. Recommendations\n2.1 That the Panel notes the report.')).toBe(false);
    expect(at1('RESOLVED that:\n4.1 the fees rise;')).toBe(false);
    expect(at1('The report was noted.\n4.2 the Clerk reported.')).toBe(false);
    expect(at1('That the Board\n2.1 notes the accounts;\n2.2 approves the budget.')).toBe(false);
    expect(at1('the report by\n£1.5m in total')).toBe(false);
  });
});
