import { readFileSync } from 'node:fs';
import { parseTranscriptText, splitSentences } from '../../src/engine/input';
const base = readFileSync('/work/shared/fixtures/seed-order-platform.txt', 'utf8');
const big = Array.from({ length: 80 }, () => base).join('\n\n');
const t = parseTranscriptText(big);
splitSentences(parseTranscriptText(base));
const t0 = performance.now();
const ss = splitSentences(t);
console.log('words', big.split(/\s+/).length, 'split ms', (performance.now() - t0).toFixed(1), ss.length);
