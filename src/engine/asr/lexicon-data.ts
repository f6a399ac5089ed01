import type { LexiconEntry } from './lexicon';
import context from './lexicon-context.json';
import domains from './lexicon-domains.json';
import products from './lexicon-products.json';
import catalogue from './lexicon-catalogue.json';
import heardCloud from './lexicon-heard-cloud.json';
import heardOps from './lexicon-heard-ops.json';
import heardStack from './lexicon-heard-stack.json';
import heardDomain from './lexicon-heard-domain.json';
import heardPipelines from './lexicon-heard-pipelines.json';
import terms from './lexicon-terms.json';
import toolWords from './lexicon-tool-words.json';

/** The built-in lexicon: the data files beside this module. */
export const LEXICON: LexiconEntry[] = [
  ...(terms.terms as LexiconEntry[]),
  ...(context.terms as LexiconEntry[]),
  ...(toolWords.terms as LexiconEntry[]),
  ...(domains.terms as LexiconEntry[]),
  ...(products.terms as LexiconEntry[]),
  ...(catalogue.terms as LexiconEntry[]),
  ...(heardCloud.terms as LexiconEntry[]),
  ...(heardOps.terms as LexiconEntry[]),
  ...(heardStack.terms as LexiconEntry[]),
  ...(heardDomain.terms as LexiconEntry[]),
  ...(heardPipelines.terms as LexiconEntry[]),
];
