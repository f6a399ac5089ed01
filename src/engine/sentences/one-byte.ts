/**
 * V8 stores a string one byte per character when every character fits in Latin-1, and two
 * bytes otherwise; a slice or replace of a two-byte string stays two-byte whatever it holds.
 * One curly apostrophe or "ś" in a call makes the whole file's text two-byte, and then every
 * regular expression the engine runs is compiled twice, once per width, and the field cues'
 * large alternations are megabytes of machine code each time. Sentences are therefore copied
 * into one-byte strings where their characters allow it.
 */

const WIDE = /[^\u0000-\u00ff]/;

/** Whether `s` holds a character outside Latin-1, so it can only be stored two bytes wide. */
export function hasWideCharacter(s: string): boolean {
  return WIDE.test(s);
}

/**
 * `s`, stored one byte per character when its characters allow it. The same characters
 * either way. JSON.parse builds its strings from their content, not from where they came.
 */
export function asOneByte(s: string): string {
  return WIDE.test(s) ? s : (JSON.parse(JSON.stringify(s)) as string);
}
