/**
 * Unpunctuated speech is cut by the boundary model's fast scorer, which sums the weights
 * without building feature strings. It must cut exactly where the model's listed features
 * (what the trainer fits) would, on every labelled transcript.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  decodeBoundaries,
  gapFeatures,
  gapProbability,
  speechBoundaries,
  words,
} from '../../src/engine/sentences/boundary-model';

const FIXTURES = join(__dirname, '..', 'fixtures');
const texts = readdirSync(FIXTURES)
  .filter((f) => /\.(txt|vtt|srt)$/.test(f))
  .map((f) => [f, readFileSync(join(FIXTURES, f), 'utf8').toLowerCase().replace(/[.?!]/g, ' ')] as const);

test.each(texts)('%s, its punctuation stripped, is cut where the listed features cut it', (_name, text) => {
  const ws = words(text, 0, text.length);
  for (const threshold of [0.3, 0.5, 0.7]) {
    const listed = decodeBoundaries(ws, (i, len) => gapProbability(gapFeatures(ws, i, len)), threshold);
    expect(speechBoundaries(ws, threshold)).toEqual(listed);
  }
});
