import type { Sentence } from '../model';

/**
 * Speakers restart: "The rollback trigger is failed. ... Let me say it again. The
 * rollback trigger is ...". The restart phrase itself carries nothing (its text becomes
 * empty) and the later sentence points at the one it restates via `repeatOf`, so the
 * item distiller can keep one and cite both.
 */
const RESTART =
  /^(?:sorry,?\s*|okay,?\s*|so,?\s*)*(?:let me|let's|i'll|i will|i'm going to|i am going to)\s+(?:\w+\s+){0,2}(?:it|that|this)?\s*(?:again|once more|over|differently)[.!]?$|^(?:scratch that|sorry,? (?:i mean|let me rephrase)|let me rephrase|i'll rephrase)[.!]?$/i;

const STOP = new Set(
  'the a an is are was were be to of in on at for and or it this that these those we you i our your its there here so then'.split(' '),
);
const LOOKBACK = 5;

export function isRestartPhrase(text: string): boolean {
  return RESTART.test(text.trim());
}

const NON_WORD = /[^a-z0-9\u00c0-\uffff]+/;

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  if (!text) return out;
  for (const w of text.toLowerCase().split(NON_WORD)) {
    if (!w || STOP.has(w)) continue;
    // "errors" and "error" are the same word here.
    out.add(w.length > 4 && w.endsWith('s') ? w.slice(0, w.endsWith('es') ? -2 : -1) : w);
  }
  return out;
}

/** Sets `repeatOf` on sentences that restate one of the few before them (same speaker). */
export function markRepeats(sentences: Sentence[]): void {
  const words = sentences.map((s) => contentWords(s.text));
  for (let j = 1; j < sentences.length; j++) {
    const later = words[j];
    if (later.size === 0) continue;
    for (let i = j - 1; i >= Math.max(0, j - LOOKBACK); i--) {
      const earlier = words[i];
      if (earlier.size === 0 || sentences[i].speaker !== sentences[j].speaker) continue;
      let shared = 0;
      for (const w of earlier) if (later.has(w)) shared++;
      const covered = shared / earlier.size;
      const similar = earlier.size === 1 ? shared === 1 && later.size === 1 : covered >= 0.75 && shared >= 2;
      if (similar && later.size <= earlier.size + 3) {
        sentences[j].repeatOf = sentences[i].repeatOf ?? i;
        break;
      }
    }
  }
}
