/** The input side of the engine: files in, clean sentences out. */
export { readTranscript, parseTranscriptText } from './transcript/read';
export { TranscriptError, MAX_TRANSCRIPT_BYTES, type TranscriptErrorCode } from './transcript/errors';
export { splitSentences, type SplitOptions } from './sentences/split';
export { cleanSpeech, type CleanOptions, type CleanResult } from './asr/clean';
export type { Glossary, LexiconEntry } from './asr/lexicon';
