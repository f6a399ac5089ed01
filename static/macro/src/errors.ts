/**
 * Turns whatever went wrong (a resolver's error code, a thrown bridge error, a network
 * failure) into words a user understands and the one thing to do next.
 */
export interface UserError {
  title: string;
  detail: string;
  code: string;
}

const MESSAGES: Record<string, Omit<UserError, 'code'>> = {
  EMPTY: {
    title: 'The transcript is empty',
    detail: 'Paste the text of your KT call into the Transcript box, or choose a transcript attached to this page.',
  },
  TOO_LARGE: {
    title: 'This transcript is too large',
    detail: 'Split the call into parts (for example one file per hour) and create a handover from each part.',
  },
  NOT_TRANSCRIPT: {
    title: 'This does not look like a transcript',
    detail: 'Use the text of the call: a .txt, .vtt, .srt or .docx export from Zoom, Teams or Otter, or paste the words themselves.',
  },
  UNSUPPORTED_FILE: {
    title: 'This file type cannot be read',
    detail: 'Choose a .txt, .vtt, .srt or .docx transcript. Images, PDFs and recordings are not supported.',
  },
  NO_PERMISSION: {
    title: "You don't have permission to do this",
    detail: 'Ask a space admin for edit access to this page and its space, then try again.',
  },
  NOT_FOUND: {
    title: 'That page or file no longer exists',
    detail: 'Reload the page; if it was moved or deleted, choose another one.',
  },
  BUSY: {
    title: 'Confluence is busy right now',
    detail: 'Nothing was lost. Wait a minute and try again.',
  },
  CONFLICT: {
    title: 'Someone changed the page at the same time',
    detail: 'Nothing was lost. Try again: the app will merge with their change.',
  },
  SETUP: {
    title: "KT Handover can't run here",
    detail: "Open KT Handover from its macro on a saved Confluence page, and check the macro's settings.",
  },
  INVALID_CONFIG: {
    title: 'Some settings are not valid',
    detail: 'Check the architecture page link (it must start with https://) and the owners, then save again.',
  },
};

const FALLBACK: Omit<UserError, 'code'> = {
  title: 'Something went wrong',
  detail: 'Try again. If it keeps happening, reload the page and tell your Confluence admin.',
};

/** Maps HTTP-ish statuses and loose codes onto ours. */
function normaliseCode(raw: unknown, status?: number): string {
  const code = typeof raw === 'string' ? raw.toUpperCase().replace(/[^A-Z]+/g, '_').replace(/^_|_$/g, '') : '';
  if (code in MESSAGES) return code;
  if (/EMPTY/.test(code)) return 'EMPTY';
  if (/TOO_(LARGE|BIG|LONG)|PAYLOAD|SIZE/.test(code) || status === 413) return 'TOO_LARGE';
  if (/NOT_A?_?TRANSCRIPT|UNREADABLE|NO_SPEECH/.test(code)) return 'NOT_TRANSCRIPT';
  if (/UNSUPPORTED|MEDIA_TYPE|FORMAT|BINARY/.test(code) || status === 415) return 'UNSUPPORTED_FILE';
  if (/PERMISSION|FORBIDDEN|UNAUTHORI[SZ]ED/.test(code) || status === 403 || status === 401) return 'NO_PERMISSION';
  if (/NOT_FOUND/.test(code) || status === 404) return 'NOT_FOUND';
  if (/BUSY|RATE|THROTTL|UNAVAILABLE|TIMEOUT/.test(code) || status === 429 || status === 503) return 'BUSY';
  if (/CONFLICT|STALE/.test(code) || status === 409) return 'CONFLICT';
  if (/BAD_CONTEXT/.test(code)) return 'SETUP';
  if (/INVALID|VALIDATION/.test(code)) return 'INVALID_CONFIG';
  return '';
}

export function toUserError(err: unknown): UserError {
  const e = (err ?? {}) as { code?: unknown; status?: number; message?: unknown; error?: unknown };
  const nested = (typeof e.error === 'object' && e.error) as { code?: unknown; status?: number; message?: unknown } | false;
  const status = nested ? nested.status : e.status;
  let code = normaliseCode(nested ? nested.code : e.code, status);
  const message = String((nested ? nested.message : e.message) ?? (typeof e.error === 'string' ? e.error : ''));
  if (!code) code = normaliseCode(message.match(/\b[A-Z][A-Z_]{3,}\b/)?.[0]) || messageCode(message);
  const known = MESSAGES[code];
  // The app's own messages for known problems are specific ("The file is a PNG image…") and
  // already say what to do; anything else stays behind our plain wording.
  const specific = nested ? nested.message : e.message;
  if (known) return { ...known, detail: typeof specific === 'string' && specific.length > 20 && !/HTTP \d|Error:|undefined|\n\s+at /.test(specific) ? specific : known.detail, code };
  return { ...FALLBACK, code: 'UNKNOWN' };
}

/** Last resort: recognise well-known phrases in a plain error message. */
function messageCode(message: string): string {
  const m = message.toLowerCase();
  if (!m) return '';
  if (/empty|no text/.test(m)) return 'EMPTY';
  if (/too (large|big|long)|exceeds/.test(m)) return 'TOO_LARGE';
  if (/not (look like )?a transcript|no speech/.test(m)) return 'NOT_TRANSCRIPT';
  if (/unsupported|cannot read this file|file type/.test(m)) return 'UNSUPPORTED_FILE';
  if (/permission|forbidden|not allowed/.test(m)) return 'NO_PERMISSION';
  if (/rate limit|busy|unavailable|429|503|timed? ?out/.test(m)) return 'BUSY';
  return '';
}
