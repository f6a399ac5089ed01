/**
 * The speech-to-text repairs no gold asked for: for each labelled call, every repair the engine
 * makes that is not one of the gold's listed garbles. The scorer's asr figure only checks the
 * listed garbles, so a repair that invents a name ("called Folio" → Cloudflare) is only seen here.
 *
 *   npx tsx scripts/unasked-repairs.ts [name-filter]
 *
 * Prints `call  "heard" -> "repaired"`, once per distinct repair per call. Repairs that only
 * re-case or re-space the words ("api gateway" → "API Gateway") are left out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readTranscript, splitSentences, cleanSpeech } from '../src/engine/input';

const FIXTURES = join(__dirname, '../test/fixtures');

interface Gold {
  transcript: string;
  format?: string;
  asr_must_not_appear?: string[];
}

async function main(filter = ''): Promise<void> {
  for (const dir of ['', 'holdout']) {
    for (const f of readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.gold.json') && f.includes(filter)).sort()) {
      const gold = JSON.parse(readFileSync(join(FIXTURES, dir, f), 'utf8')) as Gold;
      const file = join(FIXTURES, dir, gold.format === 'docx' ? gold.transcript.replace(/\.txt$/, '') : gold.transcript);
      const listed = (gold.asr_must_not_appear ?? []).map((w) => w.toLowerCase());
      const seen = new Set<string>();
      const name = (dir ? `${dir}/` : '') + f.replace('.gold.json', '');
      for (const s of splitSentences(await readTranscript(readFileSync(file), basename(file)))) {
        for (const fix of cleanSpeech(s.raw).fixes) {
          const from = fix.from.toLowerCase();
          const line = `${JSON.stringify(fix.from)} -> ${JSON.stringify(fix.to)}`;
          if (seen.has(line) || listed.some((w) => from.includes(w) || w.includes(from))) continue;
          if (from.replace(/[^a-z0-9]/g, '') === fix.to.toLowerCase().replace(/[^a-z0-9]/g, '')) continue;
          seen.add(line);
          console.log(name.padEnd(44), line);
        }
      }
    }
  }
}

void main(process.argv[2]);
