/**
 * Leave-one-out, end to end: for each labelled transcript, fit the section model on the
 * others, extract with those weights and score the draft with ../shared/eval/score.py.
 * Sentence accuracy (train-sections.ts) says how well the model places sentences; this says
 * what a user of an unseen KT would get, statuses and facts included.
 *
 *   npx tsx scripts/loo-score.ts [name-filter] [--epochs N] [--margin M] [--orders R] [--folds K]
 *
 * With --folds K the calls are dealt into K groups (call i into group i mod K) and each group
 * is scored by a model fitted on the others: K fits instead of one per call, a quicker and
 * harsher figure.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { extractWithTrace } from '../src/engine/extract';
import { readTranscript } from '../src/engine/input';
import { KT_DEFAULT_TEMPLATE } from '../src/engine/template/kt-default';
import type { LearnedVocabulary } from '../src/engine/sections/learned-vocabulary';
import { trainPerceptron } from '../src/engine/sections/training';
import { parseScoreLine } from '../test/fixtures/tools/score-line';
import { countVocabulary, docsFor, fitOptions, goldFiles, inputFileOf, loadCalls, weighted } from './train-sections';

const SCORER = join(__dirname, '..', '..', 'shared', 'eval', 'score.py');
const FIGURES = ['F1', 'status', 'facts', 'asr'] as const;

async function main(): Promise<void> {
  const filter = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '';
  const K = KT_DEFAULT_TEMPLATE.sections.length;
  const golds = goldFiles();
  const calls = await loadCalls();
  const opts = fitOptions(process.argv, calls.length);
  const counter = countVocabulary(calls);
  const fi = process.argv.indexOf('--folds');
  const folds = fi > 0 ? Number(process.argv[fi + 1]) : 0;
  const groupOf = (d: number) => (folds > 0 ? String(d % folds) : calls[d].name);
  const fits = new Map<string, { weights: Record<string, number>; vocabulary: LearnedVocabulary }>();
  const out = mkdtempSync(join(tmpdir(), 'kt-loo-'));
  const sums: Record<string, number> = {};
  let n = 0;
  for (let d = 0; d < calls.length; d++) {
    const name = calls[d].name;
    if (filter && !name.includes(filter)) continue;
    const group = groupOf(d);
    let fit = fits.get(group);
    if (!fit) {
      const heldOut = new Set(calls.filter((_, e) => groupOf(e) === group).map((c) => c.name));
      fit = {
        weights: trainPerceptron(weighted(docsFor(calls, counter, heldOut, opts.vocabulary)), K, opts),
        vocabulary: counter.learn(heldOut, opts.vocabulary),
      };
      fits.set(group, fit);
    }
    const { weights, vocabulary } = fit;
    const input = inputFileOf(golds[d]);
    const transcript = await readTranscript(readFileSync(input), basename(input));
    const file = join(out, `${name}.json`);
    writeFileSync(file, JSON.stringify(extractWithTrace(transcript, { weights, vocabulary }).draft));
    const last = execFileSync('python3', [SCORER, golds[d], file], { encoding: 'utf8' }).trim().split('\n').pop() ?? '';
    console.log(`${name.padEnd(30)} ${last}`);
    const score = parseScoreLine(last);
    for (const f of FIGURES) sums[f] = (sums[f] ?? 0) + score[f];
    n++;
  }
  console.log(`${'mean'.padEnd(30)} ${FIGURES.map((f) => `${f}=${(sums[f] / n).toFixed(3)}`).join(' ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
