import SectionMessage from '@atlaskit/section-message';
import type { PreviewResult } from '../types';
import { SectionCard } from './SectionCard';

/** The draft as the page will carry it: counts, the 13 sections, and the missing list. */
export function PreviewPanel({ result }: { result: PreviewResult }) {
  const { draft, text } = result;
  const count = (s: string) => draft.sections.filter((x) => x.status === s).length;
  return (
    <section data-testid="preview" aria-label="Preview">
      <p className="kt-summary" data-testid="preview-summary">
        {draft.sections.length} sections: {count('covered')} covered, {count('partial')} partial, {count('missing')} missing.
      </p>
      <div className="kt-sections">
        {draft.sections.map((s) => (
          <SectionCard key={s.id} section={s} text={text} />
        ))}
      </div>
      {draft.missing.length > 0 ? (
        <div data-testid="missing-list">
          <SectionMessage appearance="warning" title={`Missing before sign-off (${draft.missing.length})`}>
            <ul>
              {draft.missing.map((m, i) => {
                const title = draft.sections.find((s) => s.id === m.section)?.title ?? m.section;
                return (
                  <li key={i}>
                    {title}: {m.field}
                  </li>
                );
              })}
            </ul>
          </SectionMessage>
        </div>
      ) : null}
    </section>
  );
}
