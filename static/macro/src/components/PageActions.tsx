import Button from '@atlaskit/button/new';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import { router } from '@forge/bridge';
import type { PageResult } from '../types';

/** Opens a Confluence page from inside the macro's iframe the way Forge allows: through the host. */
export function PageLink({ url, children, testId }: { url: string; children: React.ReactNode; testId?: string }) {
  return (
    <a
      href={url}
      target="_top"
      data-testid={testId}
      onClick={(e) => {
        e.preventDefault();
        void router.navigate(url).catch(() => window.open(url, '_top'));
      }}
    >
      {children}
    </a>
  );
}

export function Progress({ label }: { label: string }) {
  return (
    <div className="kt-progress" data-testid="progress" role="status">
      <ProgressBar isIndeterminate ariaLabel={label} />
      <p>{label}</p>
    </div>
  );
}

export function DoneMessage({ result }: { result: PageResult }) {
  return (
    <div data-testid="done">
      <SectionMessage appearance="success" title={result.status === 'created' ? 'Handover page created' : 'Handover page updated'}>
        <p>
          {result.url ? (
            <PageLink url={result.url} testId="page-link">
              Open “{result.title ?? 'the handover page'}”
            </PageLink>
          ) : (
            (result.title ?? 'The handover page is ready.')
          )}
        </p>
        <p className="kt-muted">Ticks and verification records already on the page are kept.</p>
      </SectionMessage>
    </div>
  );
}

/** The app never replaces hand edits silently: the user decides. */
export function ConfirmReplace({ message, onReplace, onCancel }: { message?: string; onReplace(): void; onCancel(): void }) {
  return (
    <div data-testid="confirm-replace">
      <SectionMessage appearance="warning" title="Someone edited the handover page by hand">
        <p>
          {message ??
            'The page changed since the app last wrote it. Replacing it keeps every tick and verification record but overwrites the text they changed.'}
        </p>
        <div className="kt-row">
          <Button appearance="warning" onClick={onReplace} testId="confirm-replace-button">
            Replace with the new version
          </Button>
          <Button appearance="subtle" onClick={onCancel}>
            Keep their edits
          </Button>
        </div>
      </SectionMessage>
    </div>
  );
}
