/**
 * Training and evaluation data for the unpunctuated-speech boundary model.
 *
 * Only a few labelled transcripts come without punctuation, so every punctuated one is
 * also rendered the way a speech-to-text service without punctuation would deliver it:
 * lower case, sentence marks gone, apostrophes sometimes dropped ("dont", "its"), the
 * speaker turns run together into one paragraph (a plain raw export hides who speaks),
 * and again as subtitle-like cues that hold several sentences each. The labelled
 * sentence starts stay the expected boundaries in every rendering.
 */
import { fittingGoldPaths, readLabelled } from './labelled';
import type { Word } from '../../../src/engine/sentences/boundary-model';

/** One run of words the model cuts, with the labelled boundary and section-change flags. */
export interface Run {
  ws: Word[];
  gold: boolean[];
  change: boolean[];
}

export interface BoundaryDoc {
  name: string;
  /** Truly unpunctuated speech-to-text: the kind the model is used on in the engine. */
  raw: boolean;
  /** The runs as the engine sees them (one per segment); only these are scored. */
  segments: Run[];
  /** Extra renderings used for fitting only. */
  renderings: Run[];
}

const SENTENCE_MARKS = /[.?!…](?=\s|$)/g;
/** Roughly a four-line subtitle cue. */
const CUE_WORDS = 28;

interface Token {
  start: number;
  end: number;
  text: string;
  gold: boolean;
  change: boolean;
  /** Index of the labelled sentence it belongs to, for per-sentence rendering choices. */
  sentence: number;
}

const norm = (s: string) => s.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, '').replace(/’/g, "'");

function word(t: Token, dropApostrophe: boolean, keepComma: boolean): Word {
  let w = norm(t.text);
  if (dropApostrophe) w = w.replace(/'/g, '');
  const raw = keepComma && /,$/.test(t.text) ? `${w},` : w;
  return { start: t.start, end: t.end, w, raw };
}

function run(tokens: Token[], dropApostrophe: (t: Token) => boolean, keepComma: boolean): Run {
  return {
    ws: tokens.map((t) => word(t, dropApostrophe(t), keepComma)),
    gold: tokens.map((t) => t.gold),
    change: tokens.map((t) => t.change),
  };
}

/** Consecutive labelled sentences grouped into cues of about CUE_WORDS words, cut at sentence ends. */
function cues(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (const t of tokens) {
    if (t.gold && cur.length >= CUE_WORDS) {
      out.push(cur);
      cur = [];
    }
    cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out;
}

export async function loadBoundaryDocs(): Promise<BoundaryDoc[]> {
  const docs: BoundaryDoc[] = [];
  for (const g of fittingGoldPaths()) {
    const { gold, transcript: t } = await readLabelled(g);
    const sentences = gold.sentences as { start: number; sections: string[] }[];
    const sentenceAt = new Map<number, number>(sentences.map((s, k) => [s.start, k]));
    // Sentence starts where the labelled sections change: a missed cut there merges sections.
    const changes = new Set<number>();
    sentences.forEach((s, k) => {
      const prev = sentences[k - 1];
      if (prev && [...s.sections].sort().join() !== [...prev.sections].sort().join()) changes.add(s.start);
    });
    const body = t.segments.map((s) => t.text.slice(s.start, s.end)).join(' ');
    const raw = (body.match(SENTENCE_MARKS) ?? []).length * 30 < body.split(/\s+/).length;
    const doc: BoundaryDoc = { name: g.split('/').pop()!, raw, segments: [], renderings: [] };
    const all: Token[] = [];
    let sentence = 0;
    for (const seg of t.segments) {
      const tokens: Token[] = [];
      const re = /\S+/g;
      re.lastIndex = seg.start;
      let m: RegExpExecArray | null;
      while ((m = re.exec(t.text)) && m.index < seg.end) {
        const start = m.index;
        if (sentenceAt.has(start)) sentence = sentenceAt.get(start)!;
        // A segment always opens a sentence: sentences never cross segments.
        const opens = sentenceAt.has(start) || tokens.length === 0;
        tokens.push({ start, end: start + m[0].length, text: m[0], gold: opens, change: changes.has(start), sentence });
      }
      if (!tokens.length) continue;
      all.push(...tokens);
      if (tokens.length >= 3) doc.segments.push(run(tokens, () => false, raw));
    }
    if (!all.length) continue;
    // Raw speech-to-text drops apostrophes in some exports and keeps them in others.
    const oddDrops = (tk: Token) => tk.sentence % 2 === 1;
    const evenDrops = (tk: Token) => tk.sentence % 2 === 0;
    doc.renderings.push(run(all, oddDrops, false));
    for (const c of cues(all)) if (c.length >= 3) doc.renderings.push(run(c, evenDrops, true));
    docs.push(doc);
  }
  return docs;
}
