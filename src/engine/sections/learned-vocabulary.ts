/**
 * Words and word pairs that labelled KT calls used in each section, learned from their
 * gold labels by scripts/train-sections.ts. The hand lexicon (lexicon.ts) holds the
 * wordings we thought of; this holds the ones people actually said ("must not touch",
 * "in flight", "nobody writes"). Only a word heard in a section in several different
 * calls is kept, so a system's own names ("licence ledger", "firmware") never become a
 * section's vocabulary.
 */

export interface LearnedVocabulary {
  /** Section ids, then "none" (small talk and talk about the call). */
  labels: string[];
  /** Token → [label index, weight] pairs for the labels the token speaks for. */
  terms: Record<string, number[][]>;
}

export const NONE_LABEL = 'none';

/** Words too common to say anything alone; still kept inside word pairs ("in flight", "sign off"). */
const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'it', 'its',
  'is', 'are', 'was', 'were', 'be', 'been', 's', 't', 'that', 'this', 'these', 'those', 'there', 'i', 'you', 'we',
  'they', 'he', 'she', 'me', 'us', 'them', 'my', 'your', 'our', 'their', 'so', 'then', 'um', 'uh', 'yeah', 'okay',
  'ok', 'like', 'just', 'do', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'what', 'which', 'if', 're',
  'll', 've', 'm', 'd', 'also', 'very', 'really', 'one',
]);

/** The tokens a sentence offers: its content stems and every pair of neighbouring stems. */
export function vocabularyTokens(stems: readonly string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < stems.length; i++) {
    const w = stems[i];
    if (!w) continue;
    if (!STOP.has(w)) out.add(w);
    const next = stems[i + 1];
    if (next && !(STOP.has(w) && STOP.has(next))) out.add(`${w} ${next}`);
  }
  return [...out];
}

export interface VocabularyOptions {
  /** A token speaks for a label only after this many different calls used it there. */
  minCalls?: number;
  /** Smoothing towards the label's base rate, in sentences. */
  smoothing?: number;
  /** Smallest log lift over the base rate that is kept. */
  minLift?: number;
  maxWeight?: number;
}

interface CallCounts {
  /** Sentences per label (a sentence of two labels counts half to each). */
  labelTotals: Float64Array;
  tokens: Map<string, Float64Array>;
}

/**
 * Counts per call, so a vocabulary can be learned without some calls: the call being
 * scored in leave-one-out, and each training call when its own features are written
 * (otherwise its own words would look more telling to the fit than they are on new calls).
 */
export class VocabularyCounter {
  private readonly calls = new Map<string, CallCounts>();
  private readonly L: number;

  constructor(readonly labels: string[]) {
    this.L = labels.length;
  }

  /** One labelled call: each sentence's tokens and the label indices the gold allows it. */
  add(call: string, tokens: string[][], labels: Array<Iterable<number>>): void {
    const counts: CallCounts = { labelTotals: new Float64Array(this.L), tokens: new Map() };
    tokens.forEach((ts, i) => {
      const ls = [...labels[i]];
      if (ls.length === 0) return;
      const share = 1 / ls.length;
      for (const l of ls) counts.labelTotals[l] += share;
      for (const t of ts) {
        let row = counts.tokens.get(t);
        if (!row) counts.tokens.set(t, (row = new Float64Array(this.L)));
        for (const l of ls) row[l] += share;
      }
    });
    this.calls.set(call, counts);
  }

  learn(excluding: ReadonlySet<string> = new Set(), opts: VocabularyOptions = {}): LearnedVocabulary {
    const minCalls = opts.minCalls ?? 3;
    const alpha = opts.smoothing ?? 4;
    const minLift = opts.minLift ?? 0.4;
    const maxWeight = opts.maxWeight ?? 3;
    const L = this.L;
    const labelTotals = new Float64Array(L);
    const sums = new Map<string, { n: Float64Array; calls: Int32Array }>();
    const names = [...this.calls.keys()].filter((c) => !excluding.has(c)).sort();
    for (const name of names) {
      const c = this.calls.get(name)!;
      for (let l = 0; l < L; l++) labelTotals[l] += c.labelTotals[l];
      for (const [t, row] of c.tokens) {
        let s = sums.get(t);
        if (!s) sums.set(t, (s = { n: new Float64Array(L), calls: new Int32Array(L) }));
        for (let l = 0; l < L; l++) {
          if (row[l] > 0) {
            s.n[l] += row[l];
            s.calls[l]++;
          }
        }
      }
    }
    let total = 0;
    for (let l = 0; l < L; l++) total += labelTotals[l];
    const terms: Record<string, number[][]> = {};
    for (const t of [...sums.keys()].sort()) {
      const { n, calls } = sums.get(t)!;
      let nw = 0;
      for (let l = 0; l < L; l++) nw += n[l];
      const row: number[][] = [];
      for (let l = 0; l < L; l++) {
        if (calls[l] < minCalls || labelTotals[l] === 0) continue;
        const base = labelTotals[l] / total;
        const lift = Math.log((n[l] + alpha * base) / (nw + alpha) / base);
        if (lift >= minLift) row.push([l, Math.round(Math.min(lift, maxWeight) * 1000) / 1000]);
      }
      if (row.length) terms[t] = row;
    }
    return { labels: this.labels, terms };
  }
}

/** The vocabulary as a lookup for one template's labels (sections in order, then none). */
export interface VocabularyIndex {
  /**
   * Adds one sentence's score per label (sections in template order, then none) into
   * `out[at + label]`, so a whole call's scores can live in one array.
   */
  score(stems: readonly string[], out: Float64Array, at?: number): void;
}

export function indexVocabulary(vocabulary: LearnedVocabulary, sectionIds: string[]): VocabularyIndex {
  const K = sectionIds.length;
  // Labels the template does not have are dropped; "none" maps to K.
  const to = vocabulary.labels.map((id) => (id === NONE_LABEL ? K : sectionIds.indexOf(id)));
  // Word → its own row and the rows of the pairs it opens, so scoring builds no strings.
  // A row is flat [label, weight, label, weight, ...]: read with indices, it allocates nothing.
  const byWord = new Map<string, { row?: Float64Array; next?: Map<string, Float64Array> }>();
  for (const [token, pairs] of Object.entries(vocabulary.terms)) {
    const kept = pairs.filter(([l]) => to[l] >= 0);
    if (kept.length === 0) continue;
    const row = Float64Array.from(kept.flatMap(([l, w]) => [to[l], w]));
    const space = token.indexOf(' ');
    const first = space < 0 ? token : token.slice(0, space);
    let entry = byWord.get(first);
    if (!entry) byWord.set(first, (entry = {}));
    if (space < 0) entry.row = row;
    else (entry.next ??= new Map()).set(token.slice(space + 1), row);
  }
  // A token said twice in a sentence counts once, as when the vocabulary was learned.
  const seen: Float64Array[] = [];
  const add = (row: Float64Array, out: Float64Array, at: number) => {
    for (let k = 0; k < seen.length; k++) if (seen[k] === row) return;
    seen.push(row);
    for (let k = 0; k < row.length; k += 2) out[at + row[k]] += row[k + 1];
  };
  return {
    score(stems, out, at = 0) {
      seen.length = 0;
      for (let i = 0; i < stems.length; i++) {
        const entry = byWord.get(stems[i]);
        if (!entry) continue;
        if (entry.row) add(entry.row, out, at);
        const pair = entry.next && i + 1 < stems.length ? entry.next.get(stems[i + 1]) : undefined;
        if (pair) add(pair, out, at);
      }
    },
  };
}
