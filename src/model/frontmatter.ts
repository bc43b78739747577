/** A record file: YAML frontmatter between two `---` lines, then the Markdown body. */

export interface SplitRecord {
  /** The YAML text between the `---` lines. */
  yaml: string;
  /** Everything after the closing `---` line. */
  body: string;
}

const FRONTMATTER = /^---\r?\n([^]*?)\r?\n---\r?\n?/;

/** Splits a record file; null when it does not start with frontmatter. */
export function splitFrontmatter(text: string): SplitRecord | null {
  const match = FRONTMATTER.exec(text);
  return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : null;
}
