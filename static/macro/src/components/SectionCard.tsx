import type { Evidence, SectionDraft } from '../types';
import { StatusLozenge } from './StatusLozenge';

const QUOTE_LIMIT = 280;

function quoteOf(text: string | undefined, ev: Evidence): string {
  if (!text) return '';
  const q = text.slice(ev.start, ev.end).replace(/\s+/g, ' ').trim();
  return q.length > QUOTE_LIMIT ? `${q.slice(0, QUOTE_LIMIT - 1)}…` : q;
}

/** One of the 13 sections: its status, what was said, and the words behind each item. */
export function SectionCard({ section, text, open }: { section: SectionDraft; text?: string; open: boolean }) {
  const counts = `${section.items.length} item${section.items.length === 1 ? '' : 's'}${section.missing.length ? ` · ${section.missing.length} missing` : ''}`;
  return (
    <details className="kt-section" data-testid="section" data-section-id={section.id} open={open}>
      <summary className="kt-section-head">
        <h3>{section.title}</h3>
        <span className="kt-section-meta">
          <span className="kt-muted">{counts}</span>
          <StatusLozenge status={section.status} />
        </span>
      </summary>
      {section.items.length > 0 ? (
        <ul className="kt-items">
          {section.items.map((item, i) => (
            <li key={i} data-testid="item">
              {item.field ? <strong>{item.field}: </strong> : null}
              <span>{item.text}</span>
              {item.evidence.slice(0, 2).map((ev, j) => {
                const quote = quoteOf(text, ev);
                return (
                  <blockquote key={j} className="kt-evidence" data-testid="evidence">
                    {quote ? <q>{quote}</q> : null}
                    <cite>
                      {[ev.speaker, ev.time].filter(Boolean).join(' · ') || 'no speaker or time in the transcript'}
                    </cite>
                  </blockquote>
                );
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="kt-muted">Nothing in the transcript covers this section.</p>
      )}
      {section.missing.length > 0 ? (
        <p className="kt-missing" data-testid="section-missing">
          Still missing: {section.missing.join(', ')}
        </p>
      ) : null}
    </details>
  );
}
