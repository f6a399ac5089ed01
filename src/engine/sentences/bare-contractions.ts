/**
 * The "not" contractions as raw speech-to-text writes them, without their apostrophe ("dont",
 * "didnt"): spellings that are never other words. The section text restores them to the spaced
 * form cue patterns are written in; speech-to-text repair takes them as words said whole.
 */
export const BARE_NOT_CONTRACTIONS: readonly string[] = ['dont', 'didnt', 'doesnt', 'cant', 'wont', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'hadnt', 'shouldnt', 'wouldnt', 'couldnt', 'mustnt', 'neednt'];
