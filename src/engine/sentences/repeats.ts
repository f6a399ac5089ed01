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

/** A sentence's content words, once each, in order of first use (`list`), and as a set for lookups. */
interface ContentWords {
  list: string[];
  set: Set<string>;
}

/**
 * Words are runs of a-z, 0-9 and any code unit from U+00C0 up (as the former split on
 * /[^a-z0-9\u00c0-\uffff]+/ cut them), scanned once instead of split into an array.
 */
function contentWords(text: string): ContentWords {
  const list: string[] = [];
  const set = new Set<string>();
  if (!text) return { list, set };
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : -1;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xc0) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const w = lower.slice(start, i);
    start = -1;
    if (STOP.has(w)) continue;
    // "errors" and "error" are the same word here.
    const key = w.length > 4 && w.endsWith('s') ? w.slice(0, w.endsWith('es') ? -2 : -1) : w;
    if (!set.has(key)) {
      set.add(key);
      list.push(key);
    }
  }
  return { list, set };
}

/** Sets `repeatOf` on sentences that restate one of the few before them (same speaker). */
export function markRepeats(sentences: Sentence[]): void {
  const words = sentences.map((s) => contentWords(s.text));
  for (let j = 1; j < sentences.length; j++) {
    const later = words[j].set;
    if (later.size === 0) continue;
    for (let i = j - 1; i >= Math.max(0, j - LOOKBACK); i--) {
      const earlier = words[i].list;
      if (earlier.length === 0 || sentences[i].speaker !== sentences[j].speaker) continue;
      let shared = 0;
      for (let k = 0; k < earlier.length; k++) if (later.has(earlier[k])) shared++;
      const covered = shared / earlier.length;
      const similar = earlier.length === 1 ? shared === 1 && later.size === 1 : covered >= 0.75 && shared >= 2;
      if (similar && later.size <= earlier.length + 3) {
        sentences[j].repeatOf = sentences[i].repeatOf ?? i;
        break;
      }
    }
  }
}
