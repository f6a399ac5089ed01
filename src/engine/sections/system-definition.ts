import { matchFields } from '../items/fields';
import { normalizeSpeech } from './text';

/**
 * The sentence that names the system as what it is or does ("so herder is the dispatcher for
 * the robot fleet", "Porterline is how the hospital asks for a porter", "this is the KT for
 * Switchboard, which is the thing that routes the website chats"). Said at the door of a call,
 * before any topic has started, the sequence model leaves it in no section, and the overview
 * loses its name.
 */
export function definesTheSystem(text: string): boolean {
  const norm = normalizeSpeech(text);
  if (!DEFINITION.test(norm)) return false;
  const fields = matchFields(OVERVIEW, text, norm);
  return fields.some((f) => !f.asked && (f.field === 'system-name' || f.field === 'purpose'));
}

export const OVERVIEW = 'system-overview';

const LEAD = '(?:yeah|yes|so|okay|ok|right|well|sorry|and|basically|now)';
/** A word of the name: not a lead-in word, nor one that points at the call or a person. */
const NAME_WORD = `(?!(?:${LEAD}|this|today|that|it|here|there|which|what|who|he|she)\\b)[a-z0-9]+`;
/**
 * A name of one or two words as the subject ("this is the KT for Tradeline" opens the call, it
 * defines nothing), or a name glossed as the thing that does the work.
 */
const DEFINITION = new RegExp(
  `^(?:${LEAD} )*${NAME_WORD}(?: ${NAME_WORD})? is (?:the|our|a|an|how|what|where|basically)\\b` +
    '|\\b(?:which|that) is (?:the|our) (?:thing|service|system|platform|app|application|tool)\\b',
);
