/**
 * The build's log destination (astro.config.mjs `logger`): Astro's own node log, word for word, but
 * the two lines Astro writes for each page it generates (`├─ /path/index.html`, then `(+2ms)`) reach
 * standard output together, up to BATCH_BYTES at a time, instead of as two writes each. Each write to
 * a file, a pipe or a terminal is a system call on the build's thread: one per line was a sixth of a
 * rebuild's pass over its kept pages (BENCHMARKS.md, round 12). Any other line is written at
 * once, after the page lines before it, and page lines wait at most FLUSH_MS, so the log still shows
 * progress as it happens.
 *
 * One thing is left out: the words "(file not created, response body was empty)", which Astro adds
 * for a page that answered with no body. The page cache writes every HTML page itself, rendered or
 * kept, and answers Astro with no body (src/integrations/kept-pages.ts), so the words would be on
 * nearly every line and true of none; the page cache's own line says how many pages it wrote.
 */
import nodeLog from 'astro/logger/node';

/** A log destination, as Astro's node destination is one. */
type Destination = ReturnType<typeof nodeLog>;
/** What Astro hands a log destination: a line's label, level, text and whether it ends the line. */
export type LogEvent = Parameters<Destination['write']>[0];

/** Page lines written together, at most. */
export const BATCH_BYTES = 16 * 1024;
/** How long a page line may wait for others. */
export const FLUSH_MS = 100;

/** The start of a page's line, and of its time line after it (astro/dist/core/build/generate.js). */
const PAGE_LINE = /^ {2}\S+\u2500 /;
const TIME_LINE = /^ \S*\(\+\d/;
/** Astro's words for a page without a body, coloured or not, at the end of its time line. */
const NOT_CREATED = /(?:\u001b\[[\d;]*m)?\(file not created, response body was empty\)(?:\u001b\[[\d;]*m)?/;

/** Whether Astro wrote `event` for one page it generates: its path, or how long it took. */
export function isPageLine(event: LogEvent): boolean {
  // Colours are codes before the text: its start is matched without them.
  const text = event.message.replace(/\u001b\[[\d;]*m/g, '');
  return (event.label === null && !event.newLine && PAGE_LINE.test(text)) || (event.label === 'SKIP_FORMAT' && TIME_LINE.test(text));
}

/** The destination: Astro's node destination, with the page lines held back and written together. */
export default function pageLinesLog(config?: Parameters<typeof nodeLog>[0]): Destination {
  const node = nodeLog(config);
  let held: string[] = [];
  let bytes = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (held.length === 0) return;
    const text = held.join('');
    held = [];
    bytes = 0;
    process.stdout.write(text);
  };
  // Written as the process ends, whatever ends it.
  process.once('exit', flush);
  return {
    write(event) {
      if (!isPageLine(event)) {
        flush();
        node.write(event);
        return;
      }
      // The text as Astro's node destination writes it (its prefix and time), taken instead of written.
      const write = process.stdout.write;
      process.stdout.write = ((text: string) => {
        held.push(text);
        bytes += text.length;
        return true;
      }) as typeof process.stdout.write;
      try {
        node.write({ ...event, message: event.message.replace(NOT_CREATED, '') });
      } finally {
        process.stdout.write = write;
      }
      if (bytes >= BATCH_BYTES) flush();
      else timer ??= setTimeout(flush, FLUSH_MS).unref();
    },
    flush,
    close: flush,
  };
}
