import type { CallHearings } from './call-hearings';
import { dropFillers } from './fillers';
import { compileLexicon, glossaryEntries, normKey, type CompiledLexicon, type Glossary } from './lexicon';
import { LEXICON } from './lexicon-data';
import { repairTerms, type TermFix } from './repair';
import { writeSpokenAddresses } from './spoken-address';
import { spokenStatusCodes } from './status-codes';

export interface CleanOptions {
  /** Team terms that extend the built-in lexicon. */
  glossary?: Glossary;
  /** Words never changed by sound or context, e.g. the speakers' names. */
  protect?: Iterable<string>;
  /**
   * What the rest of the call settled: garbles ("graph on a") its context confirmed elsewhere,
   * repaired here even without context words nearby, and the terms it names.
   */
  call?: CallHearings;
}

export interface CleanResult {
  text: string;
  fixes: TermFix[];
}

let base: CompiledLexicon | undefined;
const withGlossary = new WeakMap<Glossary, CompiledLexicon>();

/** The lexicon a cleanup with this glossary uses: the built-in one, or the glossary's terms first. */
export function lexiconFor(glossary?: Glossary): CompiledLexicon {
  if (!glossary || glossary.length === 0) return (base ??= compileLexicon(LEXICON));
  let lex = withGlossary.get(glossary);
  if (!lex) {
    // Glossary first: a team's own spelling wins over the built-in one.
    lex = compileLexicon([...glossaryEntries(glossary), ...LEXICON]);
    withGlossary.set(glossary, lex);
  }
  return lex;
}

const protectCache = new WeakMap<object, Set<string>>();

/** Speech-to-text cleanup of one sentence: markup and fillers out, misheard terms repaired. */
export function cleanSpeech(text: string, opts: CleanOptions = {}): CleanResult {
  const plain = text.includes('<') ? text.replace(/<[^>\n]{0,80}>/g, ' ') : text;
  // Addresses first: "slash slash" is not a stutter, and "dot net" in "acme dot atlassian dot net" is not .NET.
  const unfilled = dropFillers(writeSpokenAddresses(plain));
  if (!unfilled) return { text: '', fixes: [] };
  // Codes first, so term guards see "503" beside a garbled gateway name.
  const coded = spokenStatusCodes(unfilled);
  const repaired = repairTerms(coded.text, lexiconFor(opts.glossary), protectSet(opts.protect), opts.call);
  if (!coded.fixes.length) return repaired;
  return { text: repaired.text, fixes: [...coded.fixes, ...repaired.fixes.map((f) => backThrough(coded.fixes, f))].sort((a, b) => a.start - b.start) };
}

/**
 * A later fix's offsets, which point into the text after `earlier` were applied, moved
 * back onto the text before them: every fix in a result points into the same text.
 */
function backThrough(earlier: TermFix[], f: TermFix): TermFix {
  const back = (at: number, edge: 'start' | 'end') => {
    let shift = 0;
    for (const e of earlier) {
      const to = e.start + shift;
      if (at <= to) break;
      // Inside a replacement: widen to the whole original words.
      if (at < to + e.to.length) return edge === 'start' ? e.start : e.end;
      shift += e.to.length - (e.end - e.start);
    }
    return at - shift;
  };
  return { ...f, start: back(f.start, 'start'), end: back(f.end, 'end') };
}

function protectSet(p?: Iterable<string>): Set<string> {
  if (!p) return EMPTY;
  if (p instanceof Set && protectCache.has(p)) return protectCache.get(p)!;
  const s = new Set<string>();
  for (const name of p) for (const w of name.split(/\s+/)) if (w) s.add(normKey(w));
  if (p instanceof Set) protectCache.set(p, s);
  return s;
}

const EMPTY = new Set<string>();
