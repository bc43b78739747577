/**
 * How far rendering may run ahead of Pagefind (pagefind-feed.ts): the page HTML sent to Pagefind and
 * not yet answered, the parts closed and not yet written, and the renders waiting for them to fall
 * (`ready`, awaited in ordered-prerenderer.ts). Apart from the feed, which sends the pages and
 * writes the parts, because this reads only what Pagefind has still to answer and write.
 */

/**
 * How far, in page HTML not yet answered, rendering may run ahead of Pagefind: past it, each page's
 * render waits (`ready`). At 10,000 meetings Pagefind indexes more slowly than the pages render, and
 * every page sent is held in the build's memory, encoded for Pagefind, until Pagefind reads it: left
 * unbounded, the backlog grew with the archive (BENCHMARKS.md, round 13). A part of the index is at
 * most 20 MB of HTML (pagefind.ts), and rendering goes on while Pagefind writes one: about that long.
 * Rendering also waits while more parts are closed and not yet written than there are services
 * (`services`): Pagefind holds each part's index until it has written it, and at 100,000 meetings it
 * fell behind with its writes and held more and more of them.
 */
export const UNANSWERED = 32 * 2 ** 20;

/** Past what the backlog holds renders back (the feed's options: FeedOptions in pagefind-feed.ts). */
export interface BacklogLimits {
  /** Page HTML sent to Pagefind and not yet answered, in UTF-16 code units (UNANSWERED unless given). */
  unanswered?: number;
  /** Pagefind services writing the parts (1 unless given): one part closed and not yet written each. */
  services?: number;
}

/** What Pagefind has still to answer and write, and the renders waiting for it to catch up. */
export class PagefindBacklog {
  /** Page HTML sent to Pagefind and not yet answered (UTF-16 code units), parts closed and not yet written, and the renders waiting for them to fall (`ready`). */
  private unanswered = 0;
  private unwritten = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly limits: BacklogLimits;

  constructor(limits: BacklogLimits) {
    this.limits = limits;
  }

  /**
   * Resolves once Pagefind has caught up enough (UNANSWERED): it has answered the pages sent to it
   * but `unanswered` (in the options) of HTML, and written the parts closed but one per service; at
   * once (undefined) unless it is behind. The build's renders wait for it (ordered-prerenderer.ts).
   */
  ready(): Promise<void> | undefined {
    if (!this.behind()) return undefined;
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Page HTML (`length` UTF-16 code units) was sent to Pagefind. */
  sent(length: number): void {
    this.unanswered += length;
  }

  /** Pagefind answered a page sent (or failed to). */
  answered(length: number): void {
    this.unanswered -= length;
    this.caughtUp();
  }

  /** A part closed, to be written. */
  closed(): void {
    this.unwritten += 1;
  }

  /** A part was written (or failed to be). */
  written(): void {
    this.unwritten -= 1;
    this.caughtUp();
  }

  private behind(): boolean {
    return this.unanswered > (this.limits.unanswered ?? UNANSWERED) || this.unwritten > (this.limits.services ?? 1);
  }

  /** Pagefind answered a page, or wrote a part: the renders waiting go on once it is no longer behind. */
  private caughtUp(): void {
    if (!this.behind()) for (const wake of this.waiting.splice(0)) wake();
  }
}
