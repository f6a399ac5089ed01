/**
 * The section weights are fitted on labelled transcripts (scripts/train-sections.ts).
 * What matters to users is how the model does on a call it never saw: fitted without
 * the seed transcript, it must still place the seed's sentences.
 */
import { basename } from 'node:path';
import { featureExtractorFor } from '../../src/engine/sections/features';
import { accuracy, trainPerceptron } from '../../src/engine/sections/training';
import { KT_DEFAULT_TEMPLATE } from '../../src/engine/template/kt-default';
import PRIOR from '../../scripts/section-prior-weights.json';
import { countVocabulary, docsFor, goldFiles, loadCalls } from '../../scripts/train-sections';
import { SEED_GOLD } from './reference';

const SECTIONS = KT_DEFAULT_TEMPLATE.sections;
const K = SECTIONS.length;

test('fitted on the other labelled transcripts, the model places ≥ 90% of the unseen seed transcript', async () => {
  // The fitting set alone: fitting every labelled call takes minutes, and the claim is the same.
  const calls = await loadCalls(goldFiles(false));
  const seedName = basename(SEED_GOLD, '.gold.json');
  const seedCall = calls.find((c) => c.name === seedName);
  if (!seedCall) throw new Error(`the seed transcript's gold (${SEED_GOLD}) was not loaded`);
  // Neither the weights nor the learned vocabulary may have heard the seed.
  const heldOut = new Set([seedName]);
  const counter = countVocabulary(calls);
  const w = trainPerceptron(docsFor(calls, counter, heldOut), K, { epochs: 40, init: PRIOR as Record<string, number> });
  const extractor = featureExtractorFor(SECTIONS).withVocabulary(counter.learn(heldOut));
  const seed = { name: seedName, feats: extractor.extract(seedCall.sentences), allowed: seedCall.allowed };
  const fitted = accuracy(seed, K, w);
  const handSet = accuracy(seed, K, PRIOR as Record<string, number>);
  console.log(`seed, unseen: ${handSet.toFixed(3)} hand-set -> ${fitted.toFixed(3)} fitted`);
  expect(fitted).toBeGreaterThanOrEqual(0.9);
  expect(fitted).toBeGreaterThan(handSet);
});
