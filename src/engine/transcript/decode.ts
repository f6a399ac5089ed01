import { errors } from './errors';

/**
 * Turns file bytes into text. Offsets everywhere else are into this decoded string, so
 * nothing is normalised here except the byte-order mark (line endings stay as they are).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), true);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), false);
  const bomless = sniffUtf16(bytes);
  if (bomless) return utf16(bytes, bomless === 'le');
  const what = binaryKind(bytes);
  if (what) throw errors.binary(what);
  return utf8(bytes);
}

/** A binary signature we can name, or a generic description when the bytes are not text. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('%PDF')) return 'a PDF';
  if (head.startsWith('\x89PNG')) return 'a PNG image';
  if (head.startsWith('\xff\xd8\xff')) return 'a JPEG image';
  if (head.startsWith('GIF8')) return 'a GIF image';
  if (head.startsWith('PK\x03\x04')) return 'a ZIP archive';
  if (head.startsWith('\xd0\xcf\x11\xe0')) return 'an old Office document (.doc)';
  if (head.startsWith('ID3') || head.startsWith('RIFF') || head.slice(4, 8) === 'ftyp') return 'an audio or video file';
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'binary data';
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > n * 0.05 ? 'binary data' : undefined;
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  return new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes);
}

/** UTF-16 without a BOM: ASCII-heavy text shows a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'be';
  return undefined;
}
