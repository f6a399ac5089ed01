/**
 * The engine's domain model. Every offset is a JavaScript string (UTF-16) offset into
 * `Transcript.text`, the text of the file as it was read, so evidence can be shown and
 * scored against the original words.
 */

export type TranscriptFormat = 'text' | 'vtt' | 'srt' | 'docx';

/** One piece of speech as the file delimits it: a cue, a speaker turn, or a paragraph. */
export interface SpeechSegment {
  start: number;
  end: number;
  speaker?: string;
  /** Start time as `HH:MM:SS`, when the file carries timestamps. */
  time?: string;
}

export interface Transcript {
  format: TranscriptFormat;
  /** The file's text exactly as decoded (BOM removed); offsets point into it. */
  text: string;
  segments: SpeechSegment[];
}

/** A sentence of speech; never crosses a segment boundary. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** The words as spoken (a slice of `Transcript.text`, whitespace folded). */
  raw: string;
  /** After speech-to-text repair and filler removal; empty when nothing is left. */
  text: string;
  segment: number;
  speaker?: string;
  time?: string;
  /** Index of an earlier sentence this one restates or corrects ("let me say it again"). */
  repeatOf?: number;
}

export interface Evidence {
  start: number;
  end: number;
  time?: string;
  speaker?: string;
}

export interface HandoverItem {
  text: string;
  /** Label of the template field this item states, e.g. "Rollback approver". */
  field?: string;
  evidence: Evidence[];
}

export type SectionStatus = 'covered' | 'partial' | 'missing';

export interface SectionDraft {
  id: string;
  title: string;
  status: SectionStatus;
  items: HandoverItem[];
  /** Labels of the required fields nobody stated. */
  missing: string[];
}

export interface MissingField {
  section: string;
  field: string;
}

/** The engine's output and the JSON contract of `extract --format json`. */
export interface HandoverDraft {
  template: string;
  sections: SectionDraft[];
  missing: MissingField[];
}
