import { isEnglishWord } from './english';
import { normKey, type CompiledLexicon } from './lexicon';

/** Two capitalised words in a row, each of three letters or more. */
const TWO_NAMES = /\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b/g;

/**
 * First names the call gives with a surname ("under Aroha Ngata, the operations manager"): a
 * person all call long, so "once Aroha's had a read" is no Aurora misheard. Both words must be
 * neither English nor the opening of a listed term ("Azure Functions", "Ops Jenny" are no one's name).
 */
export function peopleNamed(text: string, lex: CompiledLexicon): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(TWO_NAMES)) if (nameLike(m[1], lex) && nameLike(m[2], lex)) out.add(m[1]);
  return [...out];
}

/** Neither English nor the start of a listed spelling ("Ops Jenny" opens Opsgenie heard). */
function nameLike(word: string, lex: CompiledLexicon): boolean {
  return !isEnglishWord(word.toLowerCase()) && !lex.prefixes.has(normKey(word));
}
