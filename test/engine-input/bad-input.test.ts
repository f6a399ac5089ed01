import { MAX_TRANSCRIPT_BYTES, TranscriptError, parseTranscriptText, readTranscript, splitSentences } from '../../src/engine/input';
import JSZip from 'jszip';

async function failure(bytes: Uint8Array | string, name?: string): Promise<TranscriptError> {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  try {
    await readTranscript(data, name);
  } catch (e) {
    expect(e).toBeInstanceOf(TranscriptError);
    return e as TranscriptError;
  }
  throw new Error('expected the file to be refused');
}

describe('bad input gets a clear error that says what to do', () => {
  test.each([
    ['an empty file', ''],
    ['whitespace only', ' \n\r\n\t  \n'],
  ])('%s -> empty', async (_label, content) => {
    const e = await failure(content, 'call.txt');
    expect(e.code).toBe('empty');
    expect(e.message).toMatch(/empty/i);
    expect(e.message).toMatch(/\.txt, \.vtt, \.srt or \.docx/);
  });

  test('a PDF is named as a PDF', async () => {
    const e = await failure(Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.alloc(200, 7)]), 'call.pdf');
    expect(e.code).toBe('binary');
    expect(e.message).toBe('The file is a PDF, not a transcript. Export the transcript as .txt, .vtt, .srt or .docx and try again.');
  });

  test('a PNG named .txt is still refused as an image', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const e = await failure(png, 'notes.txt');
    expect(e.code).toBe('binary');
    expect(e.message).toMatch(/PNG image/);
  });

  test('bytes with NULs and control characters are binary', async () => {
    const junk = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    expect((await failure(junk)).code).toBe('binary');
  });

  test('a ZIP that is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const e = await failure(await zip.generateAsync({ type: 'uint8array' }), 'call.docx');
    expect(e.code).toBe('binary');
    expect(e.message).toMatch(/ZIP archive/);
  });

  test('a damaged .docx is unreadable', async () => {
    const bytes = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(100, 1)]);
    const e = await failure(bytes, 'call.docx');
    expect(['unreadable', 'binary']).toContain(e.code);
    expect(e.message).toMatch(/try again/);
  });

  test('a VTT with timings but no words', async () => {
    const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n\n2\n00:00:03.000 --> 00:00:04.000\n\n';
    const e = await failure(vtt, 'call.vtt');
    expect(e.code).toBe('not-a-transcript');
    expect(e.message).toMatch(/timings but no spoken words/);
  });

  test('a VTT with broken cues still yields the words it has, without crashing', async () => {
    const vtt = [
      'WEBVTT',
      '',
      '1',
      '00:00:01.000 --> 00:00:0x',
      'Ana: first words survive',
      '2',
      '00:00:03.000 -> 00:00:04.000',
      'Ana: a broken arrow line joins the cue before',
      '',
      '00:00:05.000 -->',
      '',
      '<v Ben>unclosed voice tag',
      '4',
      '99:99:99.999 --> 00:00:07.000',
      'Ben: an impossible time',
    ].join('\n');
    const t = await readTranscript(Buffer.from(vtt), 'broken.vtt');
    expect(t.segments.map((s) => [s.speaker, s.time, t.text.slice(s.start, s.end)])).toEqual([
      // A line that is not a timing stays words of the cue before: nothing is lost.
      ['Ana', '00:00:01', 'first words survive\n2\n00:00:03.000 -> 00:00:04.000\nAna: a broken arrow line joins the cue before'],
      // Words after a lost timing line are kept, without a time.
      ['Ben', undefined, 'unclosed voice tag'],
      ['Ben', undefined, 'an impossible time'],
    ]);
    expect(splitSentences(t).length).toBeGreaterThan(0);
  });

  test('JSON, HTML and RTF are not transcripts', async () => {
    expect((await failure('{"sections": [1, 2, 3]}', 'x.txt')).message).toMatch(/JSON data/);
    expect((await failure('<!DOCTYPE html><html><body>hi</body></html>', 'x.txt')).message).toMatch(/web page/);
    expect((await failure('{\\rtf1\\ansi hello}', 'x.txt')).message).toMatch(/RTF/);
  });

  test('a file without any words', async () => {
    expect((await failure('12:30 -- 14:00 ... 42 !', 'x.txt')).code).toBe('not-a-transcript');
  });

  test(`files over ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB are refused with the limit and what to do`, async () => {
    const e = await failure(new Uint8Array(MAX_TRANSCRIPT_BYTES + 1), 'huge.txt');
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/up to 25 MB/);
    expect(e.message).toMatch(/Split/);
    expect(() => parseTranscriptText('a'.repeat(MAX_TRANSCRIPT_BYTES + 1))).toThrow(TranscriptError);
  });

  test('a 20 MB transcript is read, not refused', async () => {
    const turn = 'Ana Souza  0:03\nThe deploy runs on merge to main and the rollback approver is the on-call lead.\n\n';
    const text = turn.repeat(Math.ceil((20 * 1024 * 1024) / turn.length));
    const t = await readTranscript(Buffer.from(text, 'utf8'), 'long.txt');
    expect(t.segments.length).toBe(Math.ceil((20 * 1024 * 1024) / turn.length));
    const last = t.segments[t.segments.length - 1];
    expect(t.text.slice(last.start, last.end)).toBe('The deploy runs on merge to main and the rollback approver is the on-call lead.');
  });
});
