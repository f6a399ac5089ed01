/**
 * Announcements: "Now, the danger zones", "Next is, hand-work completion", "Devons are
 * well-checked". Matched fuzzily against each section's title, aliases and the
 * lexicon's paraphrases, on words first and then on spelling and sound, because ASR
 * garbles the very titles people read out.
 */
import type { TemplateSection } from '../template/schema';
import { ANNOUNCE_CUES, SECTION_LEXICON } from './lexicon';
import { containment, normalize, skeleton, spellNumbers, stem, words } from './text';

interface Phrase {
  stems: string[];
  letters: string;
  sound: string;
}

const STOP = new Set(['the', 'and', 'of', 'a', 'an', 'to', 'on', 'your', 'our', 'we', 'is', 'are', 'for', 'in', 'about', 'it']);

export interface AnnouncementMatcher {
  /** Strength in 0..1 per section index; all zeros when the sentence announces nothing. */
  match(text: string): Float64Array;
}

export function buildAnnouncementMatcher(sections: TemplateSection[]): AnnouncementMatcher {
  const phrases: Phrase[][] = sections.map((s) => {
    const all = new Set([s.title, ...s.aliases, ...(SECTION_LEXICON[s.id]?.announce ?? [])].map((p) => normalize(p)));
    return [...all].filter(Boolean).map((p) => {
      const ws = spellNumbers(words(p));
      return {
        stems: ws.filter((w) => !STOP.has(w)).map(stem),
        letters: ws.filter((w) => !STOP.has(w)).join(''),
        sound: skeleton(ws.filter((w) => !STOP.has(w)).join(' ')),
      };
    });
  });
  const cache = new Map<string, Float64Array>();
  return {
    match(text: string): Float64Array {
      const ws = spellNumbers(words(text));
      const key = ws.slice(0, 12).join(' ');
      const hit = cache.get(key);
      if (hit) return hit;
      // Announcements are short or open with a cue ("now", "next is", "let's talk about").
      const short = ws.length <= 8;
      const cued = ANNOUNCE_CUES.test(normalize(text));
      const head = ws.slice(0, short ? 8 : 10);
      const fuzzyHead = short ? ws : cued ? ws.slice(0, 7) : [];
      const headStems = new Set(head.map(stem));
      const letters = fuzzyHead.filter((w) => !STOP.has(w)).join('');
      const sound = skeleton(fuzzyHead.join(' '));
      const out = new Float64Array(sections.length);
      phrases.forEach((list, si) => {
        let best = 0;
        for (const p of list) {
          if (p.stems.length === 0) continue;
          const present = p.stems.every((w) => headStems.has(w));
          let score = 0;
          if (present) score = short || cued ? 1 : p.stems.length > 1 ? 0.6 : 0;
          if (score < 1 && fuzzyHead.length > 0) {
            if (p.letters.length >= 6) {
              const c = containment(p.letters, letters);
              if (c >= 0.8) score = Math.max(score, c);
            }
            if (p.sound.length >= 8) {
              const c = containment(p.sound, sound);
              if (c >= 0.75) score = Math.max(score, c * 0.95);
            }
          }
          // A multi-word title is more telling than one shared word.
          const weight = Math.min(1, 0.5 + 0.125 * p.stems.length);
          best = Math.max(best, score * weight);
        }
        out[si] = best;
      });
      if (cache.size < 5000) cache.set(key, out);
      return out;
    },
  };
}
