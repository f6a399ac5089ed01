import type { Attachment } from '../confluence';

/** The file kinds the engine reads; anything else on the page is not offered. */
export const TRANSCRIPT_EXTENSIONS = ['.txt', '.vtt', '.srt', '.docx'] as const;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function isTranscriptAttachment(a: Pick<Attachment, 'title' | 'mediaType'>): boolean {
  const name = a.title.toLowerCase();
  if (TRANSCRIPT_EXTENSIONS.some((ext) => name.endsWith(ext))) return true;
  const type = (a.mediaType ?? '').toLowerCase();
  return type === 'text/vtt' || type === 'application/x-subrip' || type === DOCX_TYPE;
}

/** What people call the files they most often attach by mistake, by media type. */
const KINDS: Array<[RegExp, string]> = [
  [/^image\/png$/, 'a PNG image'],
  [/^image\/jpe?g$/, 'a JPEG image'],
  [/^image\/gif$/, 'a GIF image'],
  [/^image\/svg\+xml$/, 'an SVG image'],
  [/^image\//, 'an image'],
  [/^application\/pdf$/, 'a PDF document'],
  [/^video\//, 'a video recording'],
  [/^audio\//, 'an audio recording'],
  [/^application\/msword$/, 'an old Word document (.doc)'],
  [/^application\/(rtf|x-rtf)$|^text\/rtf$/, 'an RTF document'],
  [/spreadsheet|ms-excel|^text\/csv$/, 'a spreadsheet'],
  [/presentation|ms-powerpoint/, 'a presentation'],
  [/json$/, 'JSON data'],
  [/zip|x-7z|x-rar|x-tar|gzip/, 'an archive'],
];

/** The same kinds by file name, for when Confluence only says `application/octet-stream`. */
const KINDS_BY_EXTENSION: Record<string, string> = {
  png: 'a PNG image', jpg: 'a JPEG image', jpeg: 'a JPEG image', gif: 'a GIF image', svg: 'an SVG image', webp: 'an image',
  pdf: 'a PDF document', mp4: 'a video recording', mov: 'a video recording', webm: 'a video recording',
  mp3: 'an audio recording', m4a: 'an audio recording', wav: 'an audio recording',
  doc: 'an old Word document (.doc)', rtf: 'an RTF document', xlsx: 'a spreadsheet', csv: 'a spreadsheet',
  pptx: 'a presentation', json: 'JSON data', zip: 'an archive',
};

/** "a PNG image", "a video recording", "a .xyz file": what the user attached, in their words. */
export function fileKind(a: Pick<Attachment, 'title' | 'mediaType'>): string {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(a.title)?.[1]?.toLowerCase();
  const type = (a.mediaType ?? '').toLowerCase();
  const byType = KINDS.find(([pattern]) => pattern.test(type))?.[1];
  return byType ?? (ext ? (KINDS_BY_EXTENSION[ext] ?? `a .${ext} file`) : 'a file without a type');
}

/** Why a file is not offered, and what to attach instead. */
export function whyNotTranscript(a: Pick<Attachment, 'title' | 'mediaType'>): string {
  return `${a.title} is ${fileKind(a)}, not a transcript: attach the call's .txt, .vtt, .srt or .docx export`;
}
