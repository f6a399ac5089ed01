/**
 * A linear-chain model over K sections + "none": emission and transition scores are
 * weighted sums of features, decoded exactly by Viterbi. Deterministic: ties resolve
 * to the lower label index.
 */
import { type FeatureList, type SentenceFeatures, denseWeights, transitionFeatures } from './features';

export type Weights = Record<string, number>;

export function dot(f: FeatureList, w: Weights): number {
  let s = 0;
  for (const [name, v] of f) s += (w[name] ?? 0) * v;
  return s;
}

/** Transition score table [from+1][to]; row 0 is the start. */
export function transitionTable(K: number, w: Weights): Float64Array[] {
  const L = K + 1;
  const t: Float64Array[] = [];
  for (let a = -1; a < L; a++) {
    const row = new Float64Array(L);
    for (let b = 0; b < L; b++) row[b] = dot(transitionFeatures(a, b, K), w);
    t.push(row);
  }
  return t;
}

/**
 * Best label sequence. `allowed`, when given, restricts each position to a set of
 * labels (used in training to find the best path that agrees with the gold labels).
 */
/** Emission score of every (sentence, label). */
export function emissions(feats: SentenceFeatures[], w: Weights): Float64Array[] {
  const { sec, none } = denseWeights(w);
  const SF = sec.length;
  const NF = none.length;
  let v = new Float64Array(0);
  // Rows are views into shared buffers: one allocation per call instead of one per sentence.
  let slab = new Float64Array(0);
  let used = 0;
  return feats.map((f) => {
    if (v.length !== f.size) v = new Float64Array(f.size);
    f.writeValues(v);
    const K = (v.length - NF) / SF;
    if (used + K + 1 > slab.length) {
      slab = new Float64Array(Math.max(K + 1, (feats.length + 1) * (K + 1)));
      used = 0;
    }
    const out = slab.subarray(used, used + K + 1);
    used += K + 1;
    // Summed in feature order, as `dot` over the sparse list would: features that did not fire add 0.
    for (let s = 0; s < K; s++) {
      let e = 0;
      for (let k = 0, o = s * SF; k < SF; k++) e += sec[k] * v[o + k];
      out[s] = e;
    }
    let e = 0;
    for (let k = 0, o = K * SF; k < NF; k++) e += none[k] * v[o + k];
    out[K] = e;
    return out;
  });
}

export function viterbi(
  feats: SentenceFeatures[],
  K: number,
  w: Weights,
  allowed?: Array<Set<number> | null>,
  emit: Float64Array[] = emissions(feats, w),
): number[] {
  const n = feats.length;
  const L = K + 1;
  if (n === 0) return [];
  // Flat [from + 1][to] table: one typed-array read per step in the inner loop.
  const trans = new Float64Array((L + 1) * L);
  transitionTable(K, w).forEach((row, r) => trans.set(row, r * L));
  const back = new Int32Array(n * L);
  let prev = new Float64Array(L);
  let cur = new Float64Array(L);
  for (let y = 0; y < L; y++) {
    const ok = !allowed?.[0] || allowed[0].has(y);
    prev[y] = ok ? trans[y] + emit[0][y] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const allow = allowed?.[i];
    for (let y = 0; y < L; y++) {
      if (allow && !allow.has(y)) {
        cur[y] = -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = prev[p] + trans[(p + 1) * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[y] = best + emit[i][y];
      back[i * L + y] = arg;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  let y = 0;
  for (let k = 1; k < L; k++) if (prev[k] > prev[y]) y = k;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = y;
    y = back[i * L + y];
  }
  return path;
}

/** Sum of all features along a labelled path (for perceptron updates). */
export function pathFeatures(feats: SentenceFeatures[], path: number[], K: number): Map<string, number> {
  const phi = new Map<string, number>();
  const add = (f: FeatureList) => {
    for (const [k, v] of f) phi.set(k, (phi.get(k) ?? 0) + v);
  };
  path.forEach((y, i) => {
    add(transitionFeatures(i === 0 ? -1 : path[i - 1], y, K));
    add(feats[i].perLabel[y]);
  });
  return phi;
}
