/**
 * Links on a handover page may only come from real web addresses, never from whatever
 * a transcript happens to contain (`javascript:`, `data:`, markdown, HTML). The URL
 * parser, not a regex, decides what counts.
 */

const MAX_URL_LENGTH = 2048;

/** The normalised URL when `candidate` is an absolute http(s) URL with a host, else undefined. */
export function toHttpUrl(candidate: string | undefined | null): string | undefined {
  if (typeof candidate !== 'string') return undefined;
  const trimmed = candidate.trim();
  if (!trimmed || trimmed.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname || url.username || url.password) return undefined;
  return url.href;
}

/** Candidate URLs as typed or spoken in prose, before validation. */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`\])}]+/gi;
/** Sentence punctuation that follows a URL in prose but is not part of it. */
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

export interface UrlMatch {
  start: number;
  end: number;
  url: string;
}

/** Every valid http(s) URL in `text`, with where it sits, in order. */
export function findHttpUrls(text: string): UrlMatch[] {
  const found: UrlMatch[] = [];
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const raw = m[0].replace(TRAILING_PUNCTUATION, '');
    const url = toHttpUrl(raw);
    if (url && m.index !== undefined) found.push({ start: m.index, end: m.index + raw.length, url });
  }
  return found;
}
