/**
 * Keyword evidence per section. Each term's weight is damped by how many sentences of
 * the whole transcript contain it, so a word that is everywhere in a KT about a release
 * process ("deploy") stops pulling every sentence into one section.
 */
import type { TemplateSection } from '../template/schema';
import { SECTION_LEXICON } from './lexicon';
import { normalize, spellNumbers, stem } from './text';
import { anyOfPatterns } from './alternation';

interface Term {
  id: number;
  stems: string[];
  section: number;
  weight: number;
}

export interface TermIndex {
  /** Term ids found in a sentence (each once): phrases from its stems, patterns from its normalised text. */
  find(stems: string[], norm?: string): number[];
  terms: Term[];
}

export function sentenceStems(text: string): string[] {
  return stemsOfNormalized(normalize(text));
}

/** Stems of already normalised text (saves normalising the same sentence twice). */
export function stemsOfNormalized(norm: string): string[] {
  if (!norm) return [];
  const ws = spellNumbers(norm.split(' '));
  for (let i = 0; i < ws.length; i++) ws[i] = stem(ws[i]);
  return ws;
}

export function buildTermIndex(sections: TemplateSection[]): TermIndex {
  const terms: Term[] = [];
  const byFirst = new Map<string, Term[]>();
  const patterns: Array<[RegExp, Term]> = [];
  sections.forEach((s, si) => {
    for (const [re, weight] of SECTION_LEXICON[s.id]?.patterns ?? []) {
      const t: Term = { id: terms.length, stems: [], section: si, weight };
      terms.push(t);
      patterns.push([re, t]);
    }
    const entries: Record<string, number> = { ...(SECTION_LEXICON[s.id]?.terms ?? {}) };
    // A template without a lexicon still has its titles and aliases as terms.
    for (const p of [s.title, ...s.aliases]) {
      const k = normalize(p);
      if (k && !(k in entries)) entries[k] = 2;
    }
    for (const [phrase, weight] of Object.entries(entries)) {
      const stems = sentenceStems(phrase);
      if (stems.length === 0) continue;
      const t: Term = { id: terms.length, stems, section: si, weight };
      terms.push(t);
      const list = byFirst.get(stems[0]) ?? [];
      list.push(t);
      byFirst.set(stems[0], list);
    }
  });
  // Most sentences match no pattern: one joined test rules them out.
  const anyPattern = patterns.length ? anyOfPatterns(patterns.map(([re]) => re)) : null;
  return {
    terms,
    find(stems: string[], norm?: string): number[] {
      const found = new Set<number>();
      if (norm && anyPattern?.test(norm)) for (const [re, t] of patterns) if (re.test(norm)) found.add(t.id);
      for (let i = 0; i < stems.length; i++) {
        const list = byFirst.get(stems[i]);
        if (!list) continue;
        for (const t of list) {
          let ok = true;
          for (let k = 1; k < t.stems.length; k++) {
            if (stems[i + k] !== t.stems[k]) {
              ok = false;
              break;
            }
          }
          if (ok) found.add(t.id);
        }
      }
      return [...found];
    },
  };
}

/**
 * Keyword score per sentence and section. `damp` = 1 / (1 + ln(share)), where share is
 * the term's sentence frequency relative to what a section-specific word would have.
 */
export function keywordScores(index: TermIndex, found: number[][], sectionCount: number): Float64Array[] {
  const n = found.length;
  const df = new Map<number, number>();
  for (const ids of found) for (const id of ids) df.set(id, (df.get(id) ?? 0) + 1);
  const expected = Math.max(3, n / 40);
  // Views into one buffer: one allocation instead of one per sentence.
  const all = new Float64Array(n * sectionCount);
  return found.map((ids, i) => {
    const out = all.subarray(i * sectionCount, (i + 1) * sectionCount);
    for (const id of ids) {
      const t = index.terms[id];
      const share = (df.get(id) ?? 1) / expected;
      const damp = share > 1 ? 1 / (1 + Math.log(share)) : 1;
      out[t.section] += t.weight * damp;
    }
    return out;
  });
}
