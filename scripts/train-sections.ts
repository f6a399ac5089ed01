/**
 * Fit the section model on every labelled transcript and write
 * src/engine/sections/weights.json and learned-vocabulary.json. Prints leave-one-out accuracy
 * first, so the figure for unseen transcripts is known before the weights are replaced.
 *
 * Every labelled call is fitted: the fitting set, the recorded call and the held-out calls,
 * once their first score is recorded (a held-out call measures the engine once, unseen; after
 * that its labels teach the model more than its score tells). Against the weights fitted on the
 * 52 calls of the fitting set alone: four-fold over 259 calls, F1 0.933 -> 0.949 on the 201 older
 * held-out calls (unseen either way); on seven fresh calls fitted on nothing and read by no one,
 * F1 0.912 -> 0.943, status 0.802 -> 0.846, falsely covered sections 4 -> 2.
 *
 *   npx tsx scripts/train-sections.ts [--dry-run] [--skip-loo] [--fitting-only] [--without a,b]
 *                                     [--epochs N] [--margin M] [--orders R] [--vocab-min-calls C]
 *
 * `--fitting-only` fits on test/fixtures and the recorded call alone; `--without a,b` leaves
 * those calls out, to score them blind afterwards.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { readTranscript, splitSentences } from '../src/engine/input';
import { KT_DEFAULT_TEMPLATE } from '../src/engine/template/kt-default';
import { featureExtractorFor } from '../src/engine/sections/features';
import { accuracy, alignGold, trainPerceptron, type TrainingDoc } from '../src/engine/sections/training';
import { NONE_LABEL, VocabularyCounter, vocabularyTokens, type LearnedVocabulary, type VocabularyOptions } from '../src/engine/sections/learned-vocabulary';
import { stemsOfNormalized } from '../src/engine/sections/terms';
import { normalizeSpeech } from '../src/engine/sections/text';
import type { Sentence } from '../src/engine/model';
// The hand-set starting point; training never overwrites it, so runs are reproducible.
import HAND_WEIGHTS from './section-prior-weights.json';

const ROOT = join(__dirname, '..');
/**
 * Recorded calls (../shared, or the repo's copy of the seed in test/engine/reference for a clone
 * without it) and the transcripts we wrote ourselves (test/fixtures).
 */
const SHARED_FIXTURES = join(ROOT, '../shared/fixtures');
const RECORDED_DIR = existsSync(SHARED_FIXTURES) ? SHARED_FIXTURES : join(ROOT, 'test/engine/reference');
const GOLD_DIRS = [join(ROOT, 'test/fixtures'), RECORDED_DIR];
/** Calls written to be held out, fitted once scored (see above). */
const HELD_OUT_DIR = join(ROOT, 'test/fixtures/holdout');

/** The file the engine reads for a gold: the transcript, or the .docx its text came from. */
export function inputFileOf(goldPath: string): string {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const t = join(dirname(goldPath), gold.transcript);
  if (gold.format === 'docx' && t.endsWith('.docx.txt')) return t.slice(0, -4);
  return t;
}

export function goldFiles(withHeldOut = !process.argv.includes('--fitting-only'), without = namesAfter('--without')): string[] {
  return [...GOLD_DIRS, ...(withHeldOut ? [HELD_OUT_DIR] : [])].filter(existsSync).flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.gold.json') && !without.has(basename(f, '.gold.json')))
      .sort()
      .map((f) => join(d, f)),
  );
}

/** Calls named after a flag, comma-separated ("--without a,b": fit without them, to score them blind). */
function namesAfter(flag: string): Set<string> {
  const i = process.argv.indexOf(flag);
  return new Set(i > 0 ? process.argv[i + 1].split(',') : []);
}

/** A labelled call as the fit needs it: its features are written per fold (see `docsFor`). */
export interface LabelledCall {
  name: string;
  sentences: Sentence[];
  allowed: Array<Set<number>>;
}

export async function loadCalls(golds: string[] = goldFiles()): Promise<LabelledCall[]> {
  const ids = KT_DEFAULT_TEMPLATE.sections.map((s) => s.id);
  const calls: LabelledCall[] = [];
  for (const g of golds) {
    const gold = JSON.parse(readFileSync(g, 'utf8'));
    const input = inputFileOf(g);
    const transcript = await readTranscript(readFileSync(input), basename(input));
    const sentences = splitSentences(transcript);
    calls.push({ name: basename(g, '.gold.json'), sentences, allowed: alignGold(sentences, gold.sentences, ids) });
  }
  return calls;
}

/** Counts of the words each call used per label, to learn vocabularies without some calls. */
export function countVocabulary(calls: LabelledCall[]): VocabularyCounter {
  const counter = new VocabularyCounter([...KT_DEFAULT_TEMPLATE.sections.map((s) => s.id), NONE_LABEL]);
  for (const c of calls) {
    counter.add(c.name, c.sentences.map((s) => vocabularyTokens(stemsOfNormalized(normalizeSpeech(s.text)))), c.allowed);
  }
  return counter;
}

/**
 * Training documents for a fit that leaves out `heldOut`. Each call's features score a
 * vocabulary learned without it (and without the held-out calls), so the fit weighs the
 * learned vocabulary as it will do on a call it has never seen.
 */
export function docsFor(
  calls: LabelledCall[],
  counter: VocabularyCounter,
  heldOut: ReadonlySet<string> = new Set(),
  opts: VocabularyOptions = {},
): TrainingDoc[] {
  const base = featureExtractorFor(KT_DEFAULT_TEMPLATE.sections);
  return calls
    .filter((c) => !heldOut.has(c.name))
    .map((c) => ({
      name: c.name,
      feats: base.withVocabulary(counter.learn(new Set([...heldOut, c.name]), opts)).extract(c.sentences),
      allowed: c.allowed,
    }));
}

/**
 * A recorded call counts RECORDED_CALL_WEIGHT times: the other transcripts were written by
 * us, and real speech is what the engine is for. (At three, once 45 calls were fitted, the
 * recorded call's closing recap and "so, let us start" were no longer placed right.)
 */
const RECORDED_CALL_WEIGHT = 4;
const RECORDED_CALLS = new Set(
  existsSync(RECORDED_DIR) ? readdirSync(RECORDED_DIR).filter((f) => f.endsWith('.gold.json')).map((f) => basename(f, '.gold.json')) : [],
);
export function weighted(docs: TrainingDoc[]): TrainingDoc[] {
  return docs.flatMap((d) => (RECORDED_CALLS.has(d.name) ? Array(RECORDED_CALL_WEIGHT).fill(d) : [d]));
}

/**
 * A word speaks for a section once 3% of the calls fitted said it there, and at least eight: a
 * threshold in calls alone let the vocabulary grow with every round of calls (4.9k tokens at 266
 * calls, 5.2k at 280), and with it the engine's memory, for no measurable gain.
 */
const VOCABULARY_MIN_SHARE = 0.03;
const VOCABULARY_MIN_CALLS = 8;
export const vocabularyMinCalls = (calls: number): number => Math.max(VOCABULARY_MIN_CALLS, Math.ceil(calls * VOCABULARY_MIN_SHARE));

/** The perceptron's settings; shared with the leave-one-out scorer so both fit the same way. */
export function fitOptions(
  argv: string[],
  calls: number,
): { epochs: number; margin: number; orders: number; init: Record<string, number>; vocabulary: VocabularyOptions } {
  const ei = argv.indexOf('--epochs');
  // With a margin the fit settles more slowly; 80 rounds also fit the seed exactly.
  const epochs = ei > 0 ? Number(argv[ei + 1]) : 80;
  // Leave-one-out is about flat for margins 5-15 (feature weights end near 10-60).
  const mi = argv.indexOf('--margin');
  const margin = mi > 0 ? Number(argv[mi + 1]) : 6;
  // (At three calls, fitted on all calls, the vocabulary held 14k tokens and the engine's memory passed its bar.)
  const vi = argv.indexOf('--vocab-min-calls');
  const vocabulary = { minCalls: vi > 0 ? Number(argv[vi + 1]) : vocabularyMinCalls(calls) };
  // Three visiting orders averaged: four-fold sentence accuracy 0.9315 -> 0.9333 (end to end,
  // four-fold F1 0.933 -> 0.932: neutral), and the seed's closing recap is placed again.
  const oi = argv.indexOf('--orders');
  const orders = oi > 0 ? Number(argv[oi + 1]) : 3;
  return { epochs, margin, orders, init: HAND_WEIGHTS as Record<string, number>, vocabulary };
}

async function main() {
  const dry = process.argv.includes('--dry-run');
  const K = KT_DEFAULT_TEMPLATE.sections.length;
  const calls = await loadCalls();
  const { epochs, margin, orders, init, vocabulary: vopts } = fitOptions(process.argv, calls.length);
  const counter = countVocabulary(calls);
  const base = featureExtractorFor(KT_DEFAULT_TEMPLATE.sections);
  const docOf = (c: LabelledCall, vocabulary: LearnedVocabulary): TrainingDoc => ({
    name: c.name,
    feats: base.withVocabulary(vocabulary).extract(c.sentences),
    allowed: c.allowed,
  });
  if (!process.argv.includes('--skip-loo')) {
    console.log('leave-one-out (sentence accuracy: hand-set -> fitted on the others)');
    let a0 = 0;
    let a1 = 0;
    for (const held of calls) {
      const out = new Set([held.name]);
      const w = trainPerceptron(weighted(docsFor(calls, counter, out, vopts)), K, { epochs, init, margin, orders });
      const doc = docOf(held, counter.learn(out, vopts));
      const before = accuracy(doc, K, init);
      const after = accuracy(doc, K, w);
      a0 += before;
      a1 += after;
      console.log(`  ${held.name.padEnd(30)} ${before.toFixed(3)} -> ${after.toFixed(3)}`);
    }
    console.log(`  ${'mean'.padEnd(30)} ${(a0 / calls.length).toFixed(3)} -> ${(a1 / calls.length).toFixed(3)}`);
  }
  const w = trainPerceptron(weighted(docsFor(calls, counter, new Set(), vopts)), K, { epochs, init, margin, orders });
  const vocabulary = counter.learn(new Set(), vopts);
  console.log('fitted on all:', calls.map((c) => `${c.name} ${accuracy(docOf(c, vocabulary), K, w).toFixed(3)}`).join(', '));
  console.log(`learned vocabulary: ${Object.keys(vocabulary.terms).length} tokens (a word said there in ${vopts.minCalls} of ${calls.length} calls or more)`);
  if (!dry) {
    writeFileSync(join(ROOT, 'src/engine/sections/weights.json'), JSON.stringify(w, null, 2) + '\n');
    writeFileSync(join(ROOT, 'src/engine/sections/learned-vocabulary.json'), vocabularyJson(vocabulary));
    console.log('wrote src/engine/sections/weights.json and learned-vocabulary.json');
  }
}

/** One token a line, so a refit shows as a readable diff. */
function vocabularyJson(v: LearnedVocabulary): string {
  const rows = Object.entries(v.terms).map(([t, row]) => `    ${JSON.stringify(t)}: ${JSON.stringify(row)}`);
  return `{\n  "labels": ${JSON.stringify(v.labels)},\n  "terms": {\n${rows.join(',\n')}\n  }\n}\n`;
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
