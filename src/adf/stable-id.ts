import { createHash } from 'node:crypto';

/**
 * A UUID-shaped id derived from `parts`. The page body must come out byte-identical for the
 * same draft and state, because the app hashes what it wrote to notice hand edits later;
 * random ids for macros or task lists would defeat that.
 */
export function stableId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
