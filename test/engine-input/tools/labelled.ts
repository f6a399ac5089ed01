import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readTranscript } from '../../../src/engine/input';
import type { Transcript } from '../../../src/engine/model';

/** The gold files the boundary tools learn from: the seed and the fitting set (never holdout/). */
export function fittingGoldPaths(): string[] {
  return [
    '../shared/fixtures/seed-order-platform.gold.json',
    ...readdirSync('test/fixtures').filter((f) => f.endsWith('.gold.json')).map((f) => join('test/fixtures', f)),
  ];
}

/** A gold file's transcript, read as the engine reads it (a .docx gold points at mammoth's text). */
export async function readLabelled(goldPath: string): Promise<{ gold: any; transcript: Transcript }> {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  let file = join(dirname(goldPath), gold.transcript);
  if (file.endsWith('.docx.txt')) file = file.slice(0, -4);
  return { gold, transcript: await readTranscript(readFileSync(file), file) };
}
