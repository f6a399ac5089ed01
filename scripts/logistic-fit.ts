import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { SentenceJudge } from '../src/engine/items/sentence-judge';

/**
 * The logistic regression both sentence judges are fitted with (scripts/train-non-answer.ts,
 * scripts/train-spoken-question.ts): sparse string features, Adagrad, a deterministic order.
 */

export interface Example {
  /** The call it comes from: a feature speaks only once enough calls said it. */
  call: string;
  /** Features every example has a weight for regardless of the vocabulary (a section, say). */
  fixed?: string[];
  terms: string[];
  positive: boolean;
}

export interface FittedWeights {
  bias: number;
  /** Weight per feature, in sorted order, those under 0.01 left out. */
  weights: Record<string, number>;
}

const EPOCHS = 8;
const L2 = 1e-4;
const RATE = 0.1;

/** Deterministic shuffle, so a refit on the same calls writes the same weights. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function fitLogistic(examples: Example[], minCalls: number): FittedWeights {
  const callsSaying = new Map<string, Set<string>>();
  for (const e of examples) {
    for (const t of e.terms) {
      let calls = callsSaying.get(t);
      if (!calls) callsSaying.set(t, (calls = new Set()));
      calls.add(e.call);
    }
  }
  const vocabulary = new Set([...callsSaying].filter(([, calls]) => calls.size >= minCalls).map(([t]) => t));
  // Adagrad: features seen in a few hundred sentences settle as well as those seen in thousands.
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const BIAS = '\u0000bias';
  const keysOf = (e: Example) => [BIAS, ...(e.fixed ?? []), ...e.terms.filter((t) => vocabulary.has(t))];
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const e of shuffled(examples, epoch + 1)) {
      const keys = keysOf(e);
      let z = 0;
      for (const k of keys) z += w.get(k) ?? 0;
      const err = 1 / (1 + Math.exp(-z)) - (e.positive ? 1 : 0);
      for (const k of keys) {
        const wk = w.get(k) ?? 0;
        const grad = err + L2 * wk;
        const acc = (g2.get(k) ?? 1e-8) + grad * grad;
        g2.set(k, acc);
        w.set(k, wk - (RATE * grad) / Math.sqrt(acc));
      }
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const weights: Record<string, number> = {};
  for (const [k, v] of [...w].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (k !== BIAS && Math.abs(v) >= 0.01) weights[k] = round(v);
  }
  return { bias: round(w.get(BIAS) ?? 0), weights };
}

/** The log-odds of a probability: thresholds are written as the probability they stand for. */
export const logOdds = (p: number): number => Math.round(Math.log(p / (1 - p)) * 1000) / 1000;

/** One entry a line, so a refit shows as a readable diff. */
export function weightsJson(head: Record<string, number>, tables: Record<string, Record<string, number>>): string {
  const rows = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `    ${JSON.stringify(k)}: ${v}`).join(',\n');
  const lines = [
    ...Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${v}`),
    ...Object.entries(tables).map(([k, t]) => `  ${JSON.stringify(k)}: {\n${rows(t)}\n  }`),
  ];
  return `{\n${lines.join(',\n')}\n}\n`;
}

export function namesAfter(flag: string, argv = process.argv): Set<string> {
  const i = argv.indexOf(flag);
  return new Set(i > 0 ? argv[i + 1].split(',') : []);
}

export function valueAfter(flag: string, argv = process.argv): string | undefined {
  const i = argv.indexOf(flag);
  return i > 0 ? argv[i + 1] : undefined;
}

/** Writes the judge to `--out FILE` or its place in the engine, unless `--dry-run`. */
export function writeJudge(enginePath: string, judge: SentenceJudge): void {
  if (process.argv.includes('--dry-run')) return;
  const out = valueAfter('--out') ?? enginePath;
  writeFileSync(out, weightsJson({ bias: judge.bias, threshold: judge.threshold }, { terms: judge.terms }));
  console.log(`wrote ${basename(out)}`);
}

export function runScript(main: () => Promise<void>): void {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
