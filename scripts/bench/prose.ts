/**
 * Prose for the synthetic archive: paragraphs and lists recombined from real sentences,
 * so lengths and words look like council records while no two texts are the same.
 */
import type { Corpus } from './corpus.ts';
import type { Rng } from './prng.ts';

export function paragraph(rng: Rng, corpus: Corpus, min = 1, max = 5): string {
  const count = rng.int(min, max);
  return Array.from({ length: count }, () => rng.pick(corpus.sentences)).join(' ');
}

/** Several paragraphs, sometimes with a bullet list, as Markdown. */
export function prose(rng: Rng, corpus: Corpus, minParagraphs: number, maxParagraphs: number): string {
  const blocks = Array.from({ length: rng.int(minParagraphs, maxParagraphs) }, () => paragraph(rng, corpus));
  if (rng.chance(0.15)) {
    const list = Array.from({ length: rng.int(2, 5) }, () => `- ${rng.pick(corpus.sentences)}`).join('\n');
    blocks.splice(rng.int(0, blocks.length), 0, list);
  }
  return blocks.join('\n\n');
}

/** A resolution in the form the minutes use: "That ..." built on a real sentence. */
export function resolution(rng: Rng, corpus: Corpus): string {
  const sentence = rng.pick(corpus.sentences);
  return `That ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

/** A person's name as the records give it: "Councillor A Goggin" or "Ray Gooding". */
export function personName(rng: Rng, corpus: Corpus, councillor: boolean): string {
  const name = `${rng.pick(corpus.firstNames)} ${rng.pick(corpus.surnames)}`;
  return councillor ? `Councillor ${name}` : name;
}

/** An officer as attendance lists give them: "Name, Role". */
export function officer(rng: Rng, corpus: Corpus): string {
  return `${personName(rng, corpus, false)}, ${rng.pick(corpus.roles)}`;
}
