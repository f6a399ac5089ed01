import type { Inline } from '@atlaskit/adf-schema';
import { date, link, mention, strong, text } from '@atlaskit/adf-utils/builders';
import { findHttpUrls } from '../handover/http-url';

/**
 * Inline pieces of the page. Untrusted strings (transcript words, display names) only ever
 * pass through `plain`/`textOf`: they end up as text nodes, never as marks or other nodes,
 * except real http(s) URLs when a caller explicitly asks for links.
 */

export type Users = Record<string, string>;

// Control characters and lone surrogates break renderers and JSON consumers; drop them.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `s` as one line of display text: unsafe characters removed, whitespace folded. */
export function plain(s: string): string {
  return s.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
}

/** At most `max` characters of `plain(s)`, cut at a word when possible, with an ellipsis. */
export function truncate(s: string, max: number): string {
  const p = plain(s);
  if (p.length <= max) return p;
  const cut = p.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Text nodes for `s` (none when it is empty: ADF forbids empty text). */
export function textOf(s: string): Inline[] {
  const p = plain(s);
  return p ? [text(p)] : [];
}

/** Text nodes for `s`, where only valid http(s) URLs become links. */
export function textWithLinks(s: string): Inline[] {
  const p = plain(s);
  const out: Inline[] = [];
  let at = 0;
  for (const m of findHttpUrls(p)) {
    if (m.start > at) out.push(text(p.slice(at, m.start)));
    out.push(link({ href: m.url })(p.slice(m.start, m.end)) as Inline);
    at = m.end;
  }
  if (at < p.length) out.push(text(p.slice(at)));
  return out;
}

export function bold(s: string): Inline {
  return strong(plain(s) || '—') as Inline;
}

/** A mention of `accountId`, labelled with the display name when it is known. */
export function person(accountId: string, users: Users): Inline {
  const name = users[accountId] ? plain(users[accountId]) : '';
  return mention(name ? { id: accountId, text: `@${name}` } : { id: accountId });
}

/** People as mentions separated by commas; `none` when the list is empty. */
export function people(accountIds: readonly string[], users: Users, none: string): Inline[] {
  if (accountIds.length === 0) return textOf(none);
  return accountIds.flatMap((id, i) => (i === 0 ? [person(id, users)] : [text(', '), person(id, users)]));
}

/** A date node for an ISO date-time, or the string itself as text when it is not a date. */
export function when(iso: string): Inline[] {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? [date({ timestamp: String(ms) })] : textOf(iso);
}
