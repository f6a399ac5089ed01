import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { PreviewResult } from '../types';
import { SectionCard } from './SectionCard';
import { PageLink } from './PageActions';
import { linkLabel } from '../labels';

/** The draft as the page will carry it: counts, the 13 sections, and the missing list. */
export function PreviewPanel({ result }: { result: PreviewResult }) {
  const { draft, text } = result;
  const count = (s: string) => draft.sections.filter((x) => x.status === s).length;
  // Thirteen open sections are a long scroll: start folded, one click shows everything.
  const [allOpen, setAllOpen] = useState(false);
  return (
    <section data-testid="preview" aria-label="Preview">
      <div className="kt-summary-row">
        <p className="kt-summary" data-testid="preview-summary">
          {draft.sections.length} sections: {count('covered')} covered, {count('partial')} partial, {count('missing')} missing.
        </p>
        <Button appearance="subtle" onClick={() => setAllOpen((v) => !v)} testId="expand-all">
          {allOpen ? 'Fold all sections' : 'Show every item and quote'}
        </Button>
      </div>
      <p className="kt-muted" data-testid="preview-architecture">
        {result.architectureUrl ? (
          <>
            The page will link to the architecture document:{' '}
            <PageLink url={result.architectureUrl}>{linkLabel(result.architectureUrl)}</PageLink>
          </>
        ) : (
          "No architecture document: the page will show a warning until one is chosen in the macro's settings."
        )}
      </p>
      <div className="kt-sections">
        {draft.sections.map((s) => (
          <SectionCard key={`${s.id}-${allOpen}`} section={s} text={text} open={allOpen} />
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
