import { isCommonWord } from './english';
import { normKey, type CompiledLexicon } from './lexicon';
import { FUNCTION_WORDS } from './tokens';

/** "is called furtka", "we call it Folio", "got its name haar", "the name is Conch", wrapped over lines as a caption file has them. */
const NAME_GIVEN = /\b(?:(?:is|s|was|were)\s+called|we\s+call\s+it|(?:its|the|his|her|their)\s+name(?:\s+is|\s+was)?|(?:is|was)\s+named)\s+([A-Za-z][A-Za-z0-9-]{2,})\b/gi;

/**
 * Names the call gives its system or its parts ("the system is called furtka"): said as given all
 * call long, so "if furtka is down" is no Vertex AI and "the first haar of the spring" no
 * Firestore. Everyday words after "called" ("called twice", "called by the job") name nothing,
 * and a listed term keeps its own spelling.
 */
export function namesGiven(text: string, lex: CompiledLexicon): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(NAME_GIVEN)) {
    const word = m[1].toLowerCase();
    if (FUNCTION_WORDS.has(word) || isCommonWord(word) || lex.exact.has(normKey(word))) continue;
    out.add(word);
  }
  return [...out];
}
