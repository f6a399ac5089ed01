/**
 * Timestamps as they appear in transcripts (`0:03`, `00:02:33.480`, `0:0:5.100`,
 * `00:00:01,000`) become `HH:MM:SS`, the form `SpeechSegment.time` promises.
 */
const CLOCK = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,]\d{1,3})?$/;

export function toClock(stamp: string): string | undefined {
  const m = CLOCK.exec(stamp.trim());
  if (!m) return undefined;
  const h = Number(m[1] ?? 0);
  const min = Number(m[2]);
  const s = Number(m[3]);
  if (min > 59 || s > 59) return undefined;
  return `${pad(h)}:${pad(min)}:${pad(s)}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
