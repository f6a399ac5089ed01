import type { LexiconEntry } from './lexicon';
import seed from './lexicon-seed.json';

/** The built-in lexicon (data files under this folder). */
export const LEXICON: LexiconEntry[] = [...(seed.terms as LexiconEntry[])];
