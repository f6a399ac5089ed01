/**
 * Fit the section model on every labelled transcript and write
 * src/engine/sections/weights.json. Prints leave-one-out accuracy first, so the
 * figure for unseen transcripts is known before the weights are replaced.
 *
 *   npx tsx scripts/train-sections.ts [--dry-run] [--epochs N] [--margin M]
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { readTranscript, splitSentences } from '../src/engine/input';
import { KT_DEFAULT_TEMPLATE } from '../src/engine/template/kt-default';
import { buildFeatureExtractor } from '../src/engine/sections/features';
import { accuracy, alignGold, trainPerceptron, type TrainingDoc } from '../src/engine/sections/training';
// The hand-set starting point; training never overwrites it, so runs are reproducible.
import HAND_WEIGHTS from './section-prior-weights.json';

const ROOT = join(__dirname, '..');
/** Recorded calls (../shared) and the transcripts we wrote ourselves (test/fixtures). */
const RECORDED_DIR = join(ROOT, '../shared/fixtures');
const GOLD_DIRS = [join(ROOT, 'test/fixtures'), RECORDED_DIR];

/** The file the engine reads for a gold: the transcript, or the .docx its text came from. */
export function inputFileOf(goldPath: string): string {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const t = join(dirname(goldPath), gold.transcript);
  if (gold.format === 'docx' && t.endsWith('.docx.txt')) return t.slice(0, -4);
  return t;
}

export function goldFiles(): string[] {
  return GOLD_DIRS.filter(existsSync).flatMap((d) =>
    readdirSync(d).filter((f) => f.endsWith('.gold.json')).sort().map((f) => join(d, f)),
  );
}

export async function loadDocs(): Promise<TrainingDoc[]> {
  const sections = KT_DEFAULT_TEMPLATE.sections;
  const extractor = buildFeatureExtractor(sections);
  const docs: TrainingDoc[] = [];
  for (const g of goldFiles()) {
    const gold = JSON.parse(readFileSync(g, 'utf8'));
    const input = inputFileOf(g);
    const transcript = await readTranscript(readFileSync(input), basename(input));
    const sentences = splitSentences(transcript);
    docs.push({
      name: basename(g, '.gold.json'),
      feats: extractor.extract(sentences),
      allowed: alignGold(sentences, gold.sentences, sections.map((s) => s.id)),
    });
  }
  return docs;
}

/**
 * A recorded call counts RECORDED_CALL_WEIGHT times: the other transcripts were written by
 * us, and real speech is what the engine is for.
 */
const RECORDED_CALL_WEIGHT = 3;
const RECORDED_CALLS = new Set(
  existsSync(RECORDED_DIR) ? readdirSync(RECORDED_DIR).filter((f) => f.endsWith('.gold.json')).map((f) => basename(f, '.gold.json')) : [],
);
export function weighted(docs: TrainingDoc[]): TrainingDoc[] {
  return docs.flatMap((d) => (RECORDED_CALLS.has(d.name) ? Array(RECORDED_CALL_WEIGHT).fill(d) : [d]));
}

/** The perceptron's settings; shared with the leave-one-out scorer so both fit the same way. */
export function fitOptions(argv: string[]): { epochs: number; margin: number; init: Record<string, number> } {
  const ei = argv.indexOf('--epochs');
  // With a margin the fit settles more slowly; 80 rounds also fit the seed exactly.
  const epochs = ei > 0 ? Number(argv[ei + 1]) : 80;
  // Leave-one-out is about flat for margins 5-15 (feature weights end near 10-60).
  const mi = argv.indexOf('--margin');
  const margin = mi > 0 ? Number(argv[mi + 1]) : 6;
  return { epochs, margin, init: HAND_WEIGHTS as Record<string, number> };
}

async function main() {
  const dry = process.argv.includes('--dry-run');
  const { epochs, margin, init } = fitOptions(process.argv);
  const K = KT_DEFAULT_TEMPLATE.sections.length;
  const docs = await loadDocs();
  console.log('leave-one-out (sentence accuracy: hand-set -> fitted on the others)');
  let a0 = 0;
  let a1 = 0;
  for (const held of docs) {
    const w = trainPerceptron(weighted(docs.filter((d) => d !== held)), K, { epochs, init, margin });
    const before = accuracy(held, K, init);
    const after = accuracy(held, K, w);
    a0 += before;
    a1 += after;
    console.log(`  ${held.name.padEnd(26)} ${before.toFixed(3)} -> ${after.toFixed(3)}`);
  }
  console.log(`  ${'mean'.padEnd(26)} ${(a0 / docs.length).toFixed(3)} -> ${(a1 / docs.length).toFixed(3)}`);
  const w = trainPerceptron(weighted(docs), K, { epochs, init, margin });
  console.log('fitted on all:', docs.map((d) => `${d.name} ${accuracy(d, K, w).toFixed(3)}`).join(', '));
  if (!dry) {
    writeFileSync(join(ROOT, 'src/engine/sections/weights.json'), JSON.stringify(w, null, 2) + '\n');
    console.log('wrote src/engine/sections/weights.json');
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
