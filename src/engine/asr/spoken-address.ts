/**
 * Web addresses read out loud: "wiki dot acme dot com slash display slash orders" is
 * wiki.acme.com/display/orders, and "h t t p s colon slash slash" opens it. Speech-to-text
 * writes the words, so without this an architecture link that was really said would be
 * reported missing.
 *
 * "dot" and "slash" are ordinary words too ("we use dot net", "the dot com days"), so a
 * run is an address only when its host ends in a known top-level domain and it is plainly
 * one: a scheme or "www" was said, it has a path, or its host has three or more parts.
 */

const TOP_LEVEL_DOMAINS = new Set([
  'com', 'org', 'net', 'io', 'dev', 'app', 'cloud', 'ai', 'co', 'uk', 'us', 'eu', 'de', 'fr', 'nl', 'es', 'it', 'in', 'au',
  'ca', 'jp', 'br', 'ch', 'se', 'pl', 'info', 'biz', 'tech', 'site', 'internal', 'local', 'corp', 'intra', 'lan',
  'ie', 'nz', 'za', 'be', 'at', 'dk', 'no', 'fi', 'pt', 'gov', 'nhs', 'ac',
]);

/** A label spelled out as words and then "all one word": "dot atlantic blood all one word dot ie". */
const ONE_WORD_LABEL = /\b([a-z0-9]+) ([a-z0-9]+) (?:all )?(?:in )?one word(?= dot )/gi;

/** Words that never open a host name: "the dot com bubble" is not an address. */
const NOT_A_HOST = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'your', 'their', 'its', 'to', 'of', 'in', 'on', 'at', 'it', 'is', 'and', 'or', 'use', 'using']);

const LABEL = '[a-z0-9]+(?: dash [a-z0-9]+)*';
const SPOKEN_ADDRESS = new RegExp(
  // After a scheme, the host's first label may be heard as two or three words ("git tea dot acme dot local").
  `\\b(?:(https?|h t t p s?|h t t p) (?:colon )?(?:(?:forward )?slash (?:forward )?slash |//)((?:(?!dot\\b|dash\\b|slash\\b)[a-z0-9]+ ){1,2}(?=(?!dot\\b)${LABEL} dot ))?|(?:https?://))?` +
    `(${LABEL}(?: dot ${LABEL})+)` +
    `((?: (?:forward )?slash ${LABEL})*)`,
  'gi',
);

export function writeSpokenAddresses(text: string): string {
  if (!/\bdot\b/i.test(text)) return text;
  const joined = /\bone word\b/i.test(text) ? text.replace(ONE_WORD_LABEL, '$1$2') : text;
  return joined.replace(SPOKEN_ADDRESS, (said: string, scheme: string | undefined, split: string | undefined, host: string, path: string) => {
    const labels = host.split(/ dot /i).map(joinDashes);
    if (split) labels[0] = split.replace(/ /g, '') + labels[0];
    const tld = labels[labels.length - 1].toLowerCase();
    if (!TOP_LEVEL_DOMAINS.has(tld) || NOT_A_HOST.has(labels[0].toLowerCase())) return said;
    const segments = path ? path.trim().split(/ ?(?:forward )?slash /i).filter(Boolean).map(joinDashes) : [];
    const plainlyAnAddress = scheme !== undefined || labels[0].toLowerCase() === 'www' || segments.length > 0 || labels.length >= 3;
    if (!plainlyAnAddress) return said;
    const prefix = scheme ? `${scheme.replace(/ /g, '').toLowerCase()}://` : '';
    return `${prefix}${labels.join('.')}${segments.map((s) => `/${s}`).join('')}`;
  });
}

const joinDashes = (label: string): string => label.replace(/ dash /gi, '-');
