/**
 * The marks that open an entry of a bulleted list, in one place for every reader: the minutes' Markdown,
 * resolutions, decisions, a report's recommendations and the PDF's lines all meet the same bullets,
 * since councils print them with whatever their word processor or PDF writer chose.
 */

/** A bullet drawn as a glyph a font prints: "•", "·", "▪", "◦", "‣", "○", "●", "■", "∙". Regex source, one character. */
export const PRINTED_GLYPH_BULLET = String.raw`[·•▪◦‣○●■∙]`;

/**
 * The Symbol and Wingdings bullets a Word export keeps as private-use characters (U+F0B7, U+F0A7), which a
 * text file shows as they are (the PDF reader turns them into "•" itself). Regex source, one character.
 */
export const SYMBOL_FONT_BULLET = String.raw`[\uf0b7\uf0a7]`;

/** A glyph bullet of either kind, as regex source. */
export const GLYPH_BULLET = String.raw`(?:${PRINTED_GLYPH_BULLET}|${SYMBOL_FONT_BULLET})`;

/** A hyphen, an en dash or a star: a bullet only when a space follows it ("- Text", not "-5"). Regex source, one character. */
export const DASH_BULLET = String.raw`[\-–*]`;

/** Any bullet, as regex source. */
export const BULLET_MARK = String.raw`(?:${GLYPH_BULLET}|${DASH_BULLET})`;

/** A bullet a font prints, or a dash: any but Word's private-use ones. Regex source. */
export const PRINTED_BULLET_MARK = String.raw`(?:${PRINTED_GLYPH_BULLET}|${DASH_BULLET})`;

/** A line of a bulleted list, its text after the mark: "• Text", "- Text", "◦ Text". */
export const BULLET_LINE = new RegExp(String.raw`^\s*${BULLET_MARK}\s+(.*)$`);

/** A glyph bullet alone on a line, which a flattened list leaves when its entry's text went elsewhere. */
export const LONE_GLYPH_BULLET = new RegExp(String.raw`^\s*${GLYPH_BULLET}\s*$`);
