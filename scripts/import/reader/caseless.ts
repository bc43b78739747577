/**
 * A pattern's words matched in any case, spelled out letter by letter ("members|councillors" as
 * `[Mm][Ee][Mm]…|[Cc][Oo]…`), for a pattern whose other parts keep their case. Never a `(?i:members|councillors)` group:
 * Node's regular expression compiler, once the process has read some records, matches such a group's later branches in
 * their own case only ("Councillors" then fails, "Two" is no count), so a record read differently after another
 * (vote-group-counts-order.test.ts, caseless.test.ts). Nor a `(?-i:fell|FELL)` group in an `i` pattern, whose later
 * branches the compiler then matches in any case: such a pattern drops its `i` flag and spells out its other words here
 * (case-kept-groups-order.test.ts).
 */

/** A letter as a class of both its cases; anything else as it is. */
const bothCases = (char: string): string => {
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  return lower === upper || lower.length > 1 || upper.length > 1 ? char : `[${upper}${lower}]`;
};

/** An escape's length at a position: `\s`, `\.`, or one with braces or angle brackets (`\p{Lu}`, `\u{2019}`, `\k<name>`). */
function escapeLength(source: string, at: number): number {
  const close = { '{': '}', '<': '>' }[source[at + 2] ?? ''];
  return /[pPuk]/.test(source[at + 1] ?? '') && close !== undefined ? source.indexOf(close, at) - at + 1 : 2;
}

/** A character class with each letter's other case added: `[a-z'’-]` as `[a-z'’-A-Z]`… written `[a-zA-Z'’-]`. */
function classBothCases(body: string): string {
  const added: string[] = [];
  for (let at = 0; at < body.length; at += 1) {
    if (body[at] === '\\') {
      at += escapeLength(body, at) - 1;
      continue;
    }
    const char = body[at] ?? '';
    const range = body[at + 1] === '-' && at + 2 < body.length ? body[at + 2] : undefined;
    const swap = (letter: string) => (letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase());
    if (range !== undefined) {
      if (swap(char) !== char && swap(range) !== range) added.push(`${swap(char)}-${swap(range)}`);
      at += 2;
    } else if (swap(char) !== char && swap(char).length === 1) added.push(swap(char));
  }
  const negated = body.startsWith('^');
  return `[${negated ? '^' : ''}${added.join('')}${negated ? body.slice(1) : body}]`;
}

/** A pattern source matching its letters in any case; escapes, classes' other letters and groups' syntax kept. */
export function caseless(source: string): string {
  let out = '';
  for (let at = 0; at < source.length; at += 1) {
    const char = source[at] ?? '';
    if (char === '\\') {
      const length = escapeLength(source, at);
      out += source.slice(at, at + length);
      at += length - 1;
    } else if (char === '[') {
      let end = at + 1;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? escapeLength(source, end) : 1;
      out += classBothCases(source.slice(at + 1, end));
      at = end;
    } else if (char === '(' && source[at + 1] === '?') {
      // A group's syntax, its name too ("(?<name>"), is no word; a case modifier inside is not expected here.
      const syntax = /^\(\?(?:[:=!]|<[=!]|<[\p{L}\d_]+>)/u.exec(source.slice(at))?.[0];
      if (syntax === undefined) throw new Error(`caseless: unexpected group in ${source}`);
      out += syntax;
      at += syntax.length - 1;
    } else out += bothCases(char);
  }
  return out;
}
