/**
 * The "not" contractions as raw speech-to-text writes them, without their apostrophe ("dont",
 * "didnt"): spellings that are never other words. The section text restores them to the spaced
 * form cue patterns are written in; speech-to-text repair takes them as words said whole.
 */
export const BARE_NOT_CONTRACTIONS: readonly string[] = ['dont', 'didnt', 'doesnt', 'cant', 'wont', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'hadnt', 'shouldnt', 'wouldnt', 'couldnt', 'mustnt', 'neednt'];

/**
 * The other contractions raw speech-to-text writes without an apostrophe, each never another
 * word ("theyre", "thats"; not "were", "well" or "ill"), with the spaced form they stand for.
 */
export const BARE_OTHER_CONTRACTIONS: ReadonlyMap<string, string> = new Map([
  ['thats', 'that s'], ['whats', 'what s'], ['theres', 'there s'], ['heres', 'here s'], ['im', 'i m'], ['ive', 'i ve'],
  ['youre', 'you re'], ['youve', 'you ve'], ['youll', 'you ll'], ['theyre', 'they re'], ['theyve', 'they ve'], ['weve', 'we ve'],
  ['itll', 'it ll'], ['wholl', 'who ll'], ['whos', 'who s'], ['wheres', 'where s'], ['shes', 'she s'], ['hes', 'he s'],
  ['theyll', 'they ll'], ['thatll', 'that ll'], ['nobodys', 'nobody s'], ['somebodys', 'somebody s'], ['everybodys', 'everybody s'],
  ['everyones', 'everyone s'], ['someones', 'someone s'],
]);
