import { describe, expect, it } from 'vitest';
import { BULLET_LINE, LONE_GLYPH_BULLET } from './list-marks.ts';

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
