/**
 * The nearest filled line beside a line: how the readers of page furniture find what is printed beside a line (a page's
 * number beside its running header, a signer's words beside the blank to sign on). Apart so that the signature block's
 * reader and the running headers' reader share it without needing each other.
 */
/** How far (in lines) a page number may stand from the header or footer it is printed beside. */
const BESIDE = 3;

/** The nearest filled line from `from` going by `step`, within BESIDE lines; -1 when none. */
export function nearestFilled(texts: readonly string[], from: number, step: 1 | -1): number {
  for (let index = from, seen = 0; index >= 0 && index < texts.length && seen < BESIDE; index += step, seen += 1) {
    if (texts[index] !== '') return index;
  }
  return -1;
}
