import femaleFirstNames from 'human-names/data/female-human-names-en.json';
import maleFirstNames from 'human-names/data/male-human-names-en.json';
import { isCommonWord, isEnglishWord } from './english';
import { normKey, type CompiledLexicon } from './lexicon';

/** Two capitalised words in a row, each of three letters or more. */
const TWO_NAMES = /\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b/g;
/** Each lower-case word and the next, as raw speech-to-text writes a full name ("and ruth cadogan": both pairs). */
const TWO_WORDS = /\b([a-z]{3,})(?= ([a-z]{3,})\b)/g;

let firstNames: Set<string> | undefined;

/**
 * First names the call gives with a surname ("under Aroha Ngata, the operations manager"): a
 * person all call long, so "once Aroha's had a read" is no Aurora misheard. Both words must be
 * neither English nor the opening of a listed term ("Azure Functions", "Ops Jenny" are no one's name).
 * Raw speech-to-text has no capitals to say "name": there a known first name before such a
 * surname ("ruth cadogan is our head", "siobhan kerr") names the person, so "goes to ruth" stays.
 * Both words are the person's.
 */
export function peopleNamed(text: string, lex: CompiledLexicon): string[] {
  const out = new Set<string>();
  // The surname too: "its kenny macrae and for the vehicles" is no Micronaut.
  for (const m of text.matchAll(TWO_NAMES)) if (nameLike(m[1], lex) && nameLike(m[2], lex)) out.add(m[1]).add(m[2]);
  for (const m of text.matchAll(TWO_WORDS)) if (knownFirstName(m[1], lex) && nameLike(m[2], lex)) out.add(m[1]).add(m[2]);
  return [...out];
}

/** Neither English nor the start of a listed spelling ("Ops Jenny" opens Opsgenie heard). */
function nameLike(word: string, lex: CompiledLexicon): boolean {
  return !isEnglishWord(word.toLowerCase()) && !lex.prefixes.has(normKey(word));
}

/** A common first name that is no everyday word ("will", "mark") and no listed spelling ("katie" is KT heard). */
function knownFirstName(word: string, lex: CompiledLexicon): boolean {
  firstNames ??= new Set([...femaleFirstNames, ...maleFirstNames].map((n) => n.toLowerCase()));
  return firstNames.has(word) && !isCommonWord(word) && !lex.exact.has(word);
}
