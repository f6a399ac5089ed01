import { errors } from './errors';

/**
 * The text of a Word document as mammoth's raw text (paragraphs separated by blank
 * lines). That text becomes `Transcript.text`, so evidence offsets point into it.
 */
export async function readDocxText(bytes: Uint8Array): Promise<string> {
  // Loaded on the first Word file only: mammoth and its zip and XML libraries are most of
  // the engine's start-up memory, and most transcripts are text, VTT or SRT.
  const { default: mammoth } = await import('mammoth');
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (e) {
    const msg = String((e as Error)?.message ?? e);
    if (/word\/document\.xml|Could not find/i.test(msg)) throw errors.binary('a ZIP archive (not a Word document)');
    throw errors.unreadable('the .docx file is damaged or not a Word document');
  }
  return value;
}
