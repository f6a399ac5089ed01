/** `--explain`: why each sentence landed where it did, one line per sentence. */
import type { ExtractionTrace } from '../engine/extract';

export function renderExplanation(trace: ExtractionTrace): string {
  const out: string[] = ['# sentence  time  section  (score | runner-up)  top features  | text'];
  trace.decisions.forEach((d, i) => {
    const s = trace.sentences[i];
    const reasons = d.reasons.map((r) => `${r.feature}=${r.contribution >= 0 ? '+' : ''}${r.contribution}`).join(' ');
    out.push(
      `#${d.index} ${s.time ?? '-'} ${d.section ?? 'none'} (${d.score} | ${d.runnerUp.section ?? 'none'} ${d.runnerUp.score}) ` +
        `${reasons} | ${s.text.slice(0, 100)}`,
    );
  });
  return out.join('\n') + '\n';
}
