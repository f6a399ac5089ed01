/**
 * A listed garble of ordinary words is believed only where its guard holds: a word it needs
 * right before or after it, or near it; and never where the words around make it English.
 */
import { normKey, type CompiledLexicon, type GuardedVariants } from './lexicon';
import { soundJoinIndex } from './sound-join';
import { technicalNear } from './stack-talk';
import { NEAR, type Token } from './tokens';

interface GuardWordSets {
  near?: Set<string>;
  before?: Set<string>;
  after?: Set<string>;
  notAfter?: Set<string>;
  notBefore?: Set<string>;
  notNear?: Set<string>;
}
const guardSets = new WeakMap<GuardedVariants, GuardWordSets>();

/** A guard's word lists as sets of keys, built once per guard. */
export function wordSetsOf(g: GuardedVariants): GuardWordSets {
  let sets = guardSets.get(g);
  if (!sets) {
    const mk = (l?: string[]) => (l ? new Set(l.map(normKey)) : undefined);
    sets = { near: mk(g.near), before: mk(g.before), after: mk(g.after), notAfter: mk(g.notAfter), notBefore: mk(g.notBefore), notNear: mk(g.notNear) };
    guardSets.set(g, sets);
  }
  return sets;
}

/**
 * The words right around say it is English ("come under review", "first work day"), context or
 * not; only words said in the same breath, since a comma ends the phrase ("key fault, we watch it").
 * A word of the everyday sense a few words off says so too ("the cloud bill" beside "costs").
 */
export function vetoed(g: GuardedVariants, tokens: Token[], i: number, n: number): boolean {
  if (!g.notAfter && !g.notBefore && !g.notNear) return false;
  const sets = wordSetsOf(g);
  if (sets.notAfter && i + n < tokens.length && sets.notAfter.has(tokens[i + n].key) && sameBreath(tokens[i + n - 1], tokens[i + n])) return true;
  if (sets.notBefore && i > 0 && sets.notBefore.has(tokens[i - 1].key) && sameBreath(tokens[i - 1], tokens[i])) return true;
  if (sets.notNear) {
    for (let k = Math.max(0, i - NEAR); k < Math.min(tokens.length, i + n + NEAR); k++) {
      if ((k < i || k >= i + n) && (sets.notNear.has(tokens[k].key) || baseFormListed(tokens[k].key, sets.notNear))) return true;
    }
  }
  return false;
}

/** Two words with nothing but one space between them: the cleaned sentence's whitespace is already folded. */
function sameBreath(a: Token, b: Token): boolean {
  return b.start - a.end === 1;
}

export function guardHolds(lex: CompiledLexicon, term: string, g: GuardedVariants, seen: string[], tokens: Token[], i: number, n: number, throughNext = true): boolean {
  if (g.technicalTalk && technicalNear(soundJoinIndex(lex).context, seen, i, n)) return true;
  const sets = wordSetsOf(g);
  if (sets.before && i > 0 && sets.before.has(seen[i - 1])) return true;
  if (sets.after && i + n < tokens.length && (sets.after.has(seen[i + n]) || (throughNext && heardAs(lex, term, seen, tokens, i + n, sets.after)))) return true;
  if (sets.near) {
    for (let k = Math.max(0, i - NEAR); k < Math.min(tokens.length, i + n + NEAR); k++) {
      if ((k < i || k >= i + n) && (sets.near.has(seen[k]) || baseFormListed(seen[k], sets.near))) return true;
    }
  }
  return false;
}

/**
 * A listed context word said in another form: "secrets live in key fault", "monitoring is
 * data dock", "the infrastructure's all biceps" confirm as "secret", "monitor" and
 * "infrastructure" do. Only towards the form listed: where a list names "secrets", the
 * "secret garden" is no context.
 */
function baseFormListed(key: string, listed: ReadonlySet<string>): boolean {
  if (key.length < 5) return false;
  const has = (stem: string) => listed.has(stem);
  if (key.endsWith('ies')) return has(key.slice(0, -3) + 'y');
  if (key.endsWith('ing')) return has(key.slice(0, -3)) || has(key.slice(0, -3) + 'e');
  if (key.endsWith('ed')) return has(key.slice(0, -2)) || has(key.slice(0, -1));
  if (key.endsWith('es') && has(key.slice(0, -2))) return true;
  return key.endsWith('s') && !key.endsWith('ss') && has(key.slice(0, -1));
}

/**
 * The word at `at` is itself a listed hearing of one of the words wanted, so a garble and the
 * word that confirms it can be misheard together: "as your sequel" is Azure SQL, since "as
 * your" wants SQL after it and "sequel" wants Azure before it. Two garbles confirming each
 * other are believed only in technical talk ("as your sequel to the book" stays).
 */
function heardAs(lex: CompiledLexicon, term: string, seen: string[], tokens: Token[], at: number, wanted: ReadonlySet<string>): boolean {
  for (const r of lex.exact.get(seen[at]) ?? []) {
    if (!wanted.has(normKey(r.term))) continue;
    if (!r.guard || guardHolds(lex, r.term, r.guard, seen, tokens, at, 1, false)) return true;
    if (wordSetsOf(r.guard).before?.has(normKey(term)) && technicalNear(soundJoinIndex(lex).context, seen, at, 1)) return true;
  }
  return false;
}
