/**
 * The speech-to-text repairs no gold asked for: for each labelled call, every repair the engine
 * makes that is not one of the gold's listed garbles. The scorer's asr figure only checks the
 * listed garbles, so a repair that invents a name ("called Folio" → Cloudflare) is only seen here.
 *
 *   npx tsx scripts/unasked-repairs.ts [name-filter]
 *
 * Prints `call  "heard" -> "repaired"`, once per distinct repair per call. Repairs that only
 * re-case or re-space the words ("api gateway" → "API Gateway") are left out. The repairs are
 * read off what the pipeline made of each sentence (its words before and after), so the call's
 * own knowledge (its speakers, the people it names, hearings it confirmed) counts as it does in
 * an extraction.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readTranscript, splitSentences } from '../src/engine/input';

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
        for (const fix of replacedWords(s.raw, s.text)) {
          const from = fix.from.toLowerCase();
          const line = `${JSON.stringify(fix.from)} -> ${JSON.stringify(fix.to)}`;
          if (seen.has(line) || listed.some((w) => from.includes(w) || w.includes(from))) continue;
          const heard = from.replace(/[^a-z0-9]/g, '');
          const repaired = fix.to.toLowerCase().replace(/[^a-z0-9]/g, '');
          // Re-cased or re-spaced only, or a filler or a repeat dropped before the same words ("Um, how's").
          if (heard === repaired || (repaired && heard.endsWith(repaired))) continue;
          seen.add(line);
          console.log(name.padEnd(44), line);
        }
      }
    }
  }
}

/**
 * The runs of words the cleaned sentence says differently from what was heard, by a longest
 * common subsequence of the words: dropped fillers are no repair, so only runs replaced by
 * other words are returned.
 */
function replacedWords(raw: string, text: string): { from: string; to: string }[] {
  const a = raw.split(/\s+/).filter(Boolean);
  const b = text.split(/\s+/).filter(Boolean);
  const same = (x: string, y: string) => x.replace(/[.,;:!?]+$/, '') === y.replace(/[.,;:!?]+$/, '');
  const lcs = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = same(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const out: { from: string; to: string }[] = [];
  let from: string[] = [];
  let to: string[] = [];
  const flush = () => {
    if (from.length && to.length) out.push({ from: from.join(' '), to: to.join(' ') });
    from = [];
    to = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(a[i], b[j])) {
      flush();
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) to.push(b[j++]);
    else from.push(a[i++]);
  }
  flush();
  return out.map((r) => ({ from: r.from.replace(/[.,;:!?]+$/, ''), to: r.to.replace(/[.,;:!?]+$/, '') }));
}

void main(process.argv[2]);
