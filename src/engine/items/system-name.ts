/**
 * The name a call gives its system ("Tollgate", "haar", "the Orchard"). A made-up name fits no
 * list of words: what marks it is that the call defines it ("tollgate is basically the front door
 * of kobocrest", "the whole fleet's called the Orchard") and keeps coming back to it. With the
 * name known, the overview sentence that defines it states the system's name, however the
 * definition goes on.
 */
import { isCommonWord } from '../asr/english';
import { FUNCTION_WORDS } from '../asr/tokens';

const LEAD = '(?:(?:so|okay|ok|well|right|yeah|yes|basically|and|now|first|vale|sure|look|honestly|in short) )*';
/** "tollgate is basically the front door", "haar is our own self hosted sentry", "sesame, it means ...". */
const SUBJECT_DEFINED = new RegExp(`^${LEAD}(?:the )?([a-z][a-z0-9]+)(?: s| is) (?:basically |really |just |actually |simply |kind of )?(?:the|our|a|an|everything|what|where|how)\\b`);
/**
 * "the whole fleet's called the Orchard", "what we call haar", "so it's Kamalig, that's the shared
 * database platform", "so the system is Sarto, like the tailor", "what is Lamplighter exactly?",
 * "so Benthyg, it means borrow in Welsh".
 */
const CALLED = new RegExp(
  '\\b(?:called|named|we call|everyone calls|we all call|people call) (?:it )?(?:the )?([a-z][a-z0-9]+)\\b|' +
    `^${LEAD}(?:it s|it is|this is) ([a-z][a-z0-9]+)(?: that s| that is| which is|$)|` +
    `^${LEAD}the (?:system|service|platform|tool|thing|app) (?:is|s) (?:called )?([a-z][a-z0-9]+)\\b|` +
    `\\bwhat (?:is|s) (?:the )?([a-z][a-z0-9]+)(?: (?:exactly|actually|really|then))?(?: in (?:your|one|a) (?:own )?(?:words|sentence))?$|` +
    `(?:^${LEAD}|\\b(?:so|and) )([a-z][a-z0-9]+) (?:it )?means\\b`,
);

/** Words a call opens a definition with that are not names: roles, parts of the system, places in time. */
const NOT_NAMES = new Set(
  (
    'it this that there here what which who everything nothing something everyone everybody nobody somebody someone ' +
    'prod production staging dev test uat environment environments deployment deploy deploys release rollback monitoring ' +
    'database db queue cache api frontend backend platform service system app application team manager lead owner ' +
    'monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday morning night weekend ' +
    'january february march april may june july august september october november december ' +
    'first second third last next main worst best business problem issue risk reason impact idea plan point thing rule part rest'
  ).split(' '),
);

/** The fewest sentences a name is said in before it is the call's name for its system. */
const MIN_MENTIONS = 3;

/**
 * The word the call names its system by (`norms`: the call's sentences normalised): defined somewhere as what it is, and said in at least
 * three sentences. A name found by any list of words (a common word, a role, a day) is not taken
 * from its definition alone: "prod is the one that matters" defines no system.
 */
export function callSystemName(norms: readonly string[]): string | undefined {
  const defined = new Set<string>();
  for (const n of norms) {
    const name = definedName(n);
    if (name && name.length >= 3 && !FUNCTION_WORDS.has(name) && !NOT_NAMES.has(name) && !isCommonWord(name)) defined.add(name);
  }
  if (!defined.size) return undefined;
  // One pass over the call's words, whatever the number of names defined: a long call defines many.
  const mentions = new Map<string, number>();
  for (const n of norms) {
    const said = new Set(n.split(' ').filter((w) => defined.has(w)));
    for (const w of said) mentions.set(w, (mentions.get(w) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = MIN_MENTIONS - 1;
  for (const [name, count] of mentions) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/** Whether a sentence defines the call's system by its name ("so tollgate is basically the front door"). */
export function definesByName(norm: string, name: string): boolean {
  return definedName(norm) === name;
}

function definedName(norm: string): string | undefined {
  const m = SUBJECT_DEFINED.exec(norm) ?? CALLED.exec(norm);
  return m?.slice(1).find((g) => g !== undefined);
}
