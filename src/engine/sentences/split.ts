import { hearingsConfirmedBy, hearingsInCall, type CallHearings } from '../asr/call-hearings';
import { cleanSpeech, lexiconFor, type CleanOptions } from '../asr/clean';
import { isCommonWord } from '../asr/english';
import { normKey, type Glossary } from '../asr/lexicon';
import { peopleNamed } from '../asr/people-named';
import { namesGiven } from '../asr/system-named';
import type { Sentence, Transcript } from '../model';
import { speechBoundaries, words } from './boundary-model';
import { punctuationEnds } from './punctuation';
import { isRestartPhrase, markRepeats } from './repeats';
import { asOneByte, hasWideCharacter } from './one-byte';
import { collapseWhitespace, countWordRuns } from './whitespace';

export interface SplitOptions {
  glossary?: Glossary;
}

/** A transcript with fewer sentence marks than one per this many words is raw speech-to-text. */
const RAW_SPEECH_WORDS_PER_MARK = 30;
/** Longer than this, even a punctuated stretch is checked for unmarked boundaries. */
const LONG_RUN_WORDS = 45;

/**
 * Cuts every segment into sentences (never across segments), keeping exact offsets,
 * and cleans each one (fillers, misheard terms). Restart phrases come out with empty
 * text and restated sentences carry `repeatOf`.
 */
export function splitSentences(t: Transcript, opts: SplitOptions = {}): Sentence[] {
  const rawSpeech = isRawSpeech(t);
  const lexicon = lexiconFor(opts.glossary);
  const clean: CleanOptions = { glossary: opts.glossary, protect: new Set([...speakerNames(t), ...peopleNamed(t.text, lexicon), ...namesGiven(t.text, lexicon)]) };
  const out: Sentence[] = [];
  const confirmed = new Set<string>();
  const heard = new Set<string>();
  // One ordinary word its context made a term, and how often: heard so three times, the call has
  // settled what it means ("the errors go to century", "in century we had the alert", ...).
  const wordsInContext = new Map<string, { heard: string; times: number }>();
  // Slices of a two-byte text are two-byte too (./one-byte).
  const wide = hasWideCharacter(t.text);
  t.segments.forEach((seg, segIndex) => {
    for (const [start, end] of sentenceRanges(t.text, seg.start, seg.end, rawSpeech)) {
      const spoken = collapseWhitespace(t.text.slice(start, end));
      const raw = wide ? asOneByte(spoken) : spoken;
      const result = cleanSpeech(raw, clean);
      for (const f of result.fixes) {
        if (f.contextual) {
          for (const h of hearingsConfirmedBy(f.from, f.to, lexicon)) {
            confirmed.add(normKey(h));
            heard.add(h);
          }
        } else if (f.wordInContext) {
          const key = normKey(f.from);
          const seen = wordsInContext.get(key);
          wordsInContext.set(key, { heard: f.from.toLowerCase(), times: (seen?.times ?? 0) + 1 });
        }
      }
      const cleaned = result.text;
      const s: Sentence = {
        index: out.length,
        start,
        end,
        raw,
        text: isRestartPhrase(cleaned) ? '' : cleaned,
        segment: segIndex,
      };
      if (seg.speaker) s.speaker = seg.speaker;
      if (seg.time) s.time = seg.time;
      out.push(s);
    }
  });
  for (const [key, word] of wordsInContext) {
    // "get" heard as git beside "clone" three times is still "you get errors" elsewhere.
    if (word.times < SETTLED_AFTER || (word.heard.length <= 3 && isCommonWord(word.heard))) continue;
    confirmed.add(key);
    heard.add(word.heard);
  }
  const inCall = hearingsInCall(out.map((s) => s.text), lexicon);
  secondLook(out, [...heard], inCall.heardIn, { ...clean, call: { confirmed, named: inCall.named } });
  markRepeats(out);
  return out;
}

/**
 * Second pass, only over sentences that still hold a garble confirmed elsewhere in the call,
 * or a hearing of a term the call names elsewhere. A hearing this pass confirms ("where Loki
 * and graph on a live" once "low key" is Loki) settles the same hearing in the sentences
 * already looked at, so the pass repeats over those while it confirms new ones.
 */
function secondLook(sentences: Sentence[], heard: string[], heardIn: ReadonlyArray<ReadonlySet<string> | undefined>, opts: CleanOptions & { call: CallHearings }): void {
  const { named } = opts.call;
  const lexicon = lexiconFor(opts.glossary);
  const confirmed = new Set(opts.call.confirmed);
  let looking = [...heard];
  for (let pass = 0; pass < MOST_LOOKS && (looking.length || (pass === 0 && named.size)); pass++) {
    const newly: string[] = [];
    const call = { confirmed, named };
    sentences.forEach((s, i) => {
      if (!s.text) return;
      const hearsNamed = pass === 0 && named.size > 0 && holdsNamed(heardIn[i], named);
      const lower = s.text.toLowerCase();
      if (!hearsNamed && !looking.some((h) => lower.includes(h))) return;
      const result = cleanSpeech(s.raw, { ...opts, call });
      s.text = result.text;
      for (const f of result.fixes) {
        if (!f.contextual) continue;
        for (const h of hearingsConfirmedBy(f.from, f.to, lexicon)) if (!confirmed.has(normKey(h))) newly.push(h);
      }
    });
    for (const h of newly) confirmed.add(normKey(h));
    looking = newly;
  }
}
/** Times one word is heard as a term in its context before the call has settled it as that term. */
const SETTLED_AFTER = 3;
/** Bounds the looks: on the labelled calls the look after a second look never confirmed anything new. */
const MOST_LOOKS = 3;

function sentenceRanges(text: string, from: number, to: number, rawSpeech: boolean): [number, number][] {
  const body = text.slice(from, to);
  const ranges: [number, number][] = [];
  let at = 0;
  const ends = punctuationEnds(body);
  if (ends[ends.length - 1] !== body.length) ends.push(body.length);
  for (const end of ends) {
    const piece = trim(body, at, end);
    at = end;
    if (!piece) continue;
    const minWords = rawSpeech ? 12 : LONG_RUN_WORDS;
    if (!hasMoreWords(body, piece[0], piece[1], minWords)) {
      ranges.push([from + piece[0], from + piece[1]]);
      continue;
    }
    const ws = words(text, from + piece[0], from + piece[1]);
    let first = 0;
    for (const c of [...speechBoundaries(ws), ws.length]) {
      if (c > first) ranges.push([ws[first].start, ws[c - 1].end]);
      first = c;
    }
  }
  return ranges;
}

/** Whether s[a, b) has more than `n` words, without building the word list. */
function hasMoreWords(s: string, a: number, b: number, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let k = a; k < b; k++) {
    const space = s.charCodeAt(k) <= 32;
    if (!space && !inWord && ++count > n) return true;
    inWord = !space;
  }
  return false;
}

function trim(s: string, a: number, b: number): [number, number] | undefined {
  while (a < b && /\s/.test(s[a])) a++;
  while (b > a && /\s/.test(s[b - 1])) b--;
  return a < b ? [a, b] : undefined;
}

/** Decided over the spoken words only, so cue ids and timings do not count as words. */
function isRawSpeech(t: Transcript): boolean {
  let wordCount = 0;
  let marks = 0;
  for (const seg of t.segments) {
    const body = t.text.slice(seg.start, seg.end);
    wordCount += countWordRuns(body);
    marks += countMatches(body, /[.?!\u2026](?=\s|$)/g);
    if (wordCount > 60_000) break;
  }
  return wordCount > 40 && marks * RAW_SPEECH_WORDS_PER_MARK < wordCount;
}

function countMatches(s: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(s)) n++;
  return n;
}

function speakerNames(t: Transcript): Set<string> {
  const names = new Set<string>();
  for (const s of t.segments) if (s.speaker) names.add(s.speaker);
  return names;
}

function holdsNamed(terms: ReadonlySet<string> | undefined, named: ReadonlySet<string>): boolean {
  if (terms) for (const t of terms) if (named.has(t)) return true;
  return false;
}
