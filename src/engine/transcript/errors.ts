/** Why a file could not be read as a transcript; `message` tells the user what to do next. */
export type TranscriptErrorCode = 'empty' | 'binary' | 'not-a-transcript' | 'too-large' | 'unreadable';

export class TranscriptError extends Error {
  readonly code: TranscriptErrorCode;

  constructor(code: TranscriptErrorCode, message: string) {
    super(message);
    this.name = 'TranscriptError';
    this.code = code;
  }
}

/** 25 MB: a 10-hour call is about 0.6 MB of text, so anything larger is not one transcript. */
export const MAX_TRANSCRIPT_BYTES = 25 * 1024 * 1024;

const EXPORT_HINT = 'Export the transcript as .txt, .vtt, .srt or .docx and try again.';

export const errors = {
  empty: () =>
    new TranscriptError(
      'empty',
      'The transcript is empty. Paste the transcript text, or export it as .txt, .vtt, .srt or .docx, and try again.',
    ),
  tooLarge: (bytes: number) =>
    new TranscriptError(
      'too-large',
      `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; transcripts up to ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB are accepted. ` +
        'Split the recording\'s transcript into parts and create one handover from each part.',
    ),
  binary: (what: string) => new TranscriptError('binary', `The file is ${what}, not a transcript. ${EXPORT_HINT}`),
  notTranscript: (why: string) => new TranscriptError('not-a-transcript', `${why} ${EXPORT_HINT}`),
  unreadable: (why: string) => new TranscriptError('unreadable', `The file could not be read: ${why}. ${EXPORT_HINT}`),
};
