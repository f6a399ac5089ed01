import { lazy, Suspense, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import Spinner from '@atlaskit/spinner';
import SectionMessage from '@atlaskit/section-message';
import * as api from './api';
import { toUserError, type UserError } from './errors';
import { linkLabel } from './labels';
import type { AttachmentOption, HandoverStatusInfo, MacroConfig, PageResult, PreviewResult, SkippedFile, TranscriptSource } from './types';
import { ErrorMessage } from './components/ErrorMessage';
import { TranscriptInput, type InputMode } from './components/TranscriptInput';
import { PreviewPanel } from './components/PreviewPanel';
import { ConfirmReplace, DoneMessage, PageLink, Progress } from './components/PageActions';

// The settings form (and its people picker) loads only when someone opens the settings.
const SettingsForm = lazy(() => import('./components/SettingsForm'));

function Loading() {
  return (
    <div className="kt-center">
      <Spinner size="medium" label="Loading settings" />
    </div>
  );
}

/** Rough upper bound matching the app's own limit, so the user hears it before uploading megabytes. */
const MAX_PASTE_CHARS = 2_000_000;

const STATUS_LABEL: Record<string, { label: string; appearance: 'default' | 'inprogress' | 'success' | 'new' }> = {
  draft: { label: 'Draft', appearance: 'default' },
  'in-verification': { label: 'In verification', appearance: 'inprogress' },
  verified: { label: 'Verified', appearance: 'success' },
  'signed-off': { label: 'Signed off', appearance: 'new' },
};

type Busy = null | 'preview' | 'page' | 'settings';

export function App() {
  const [loading, setLoading] = useState(true);
  const [isConfig, setIsConfig] = useState(false);
  const [config, setConfig] = useState<MacroConfig>({});
  const [status, setStatus] = useState<HandoverStatusInfo | null>(null);
  const [attachments, setAttachments] = useState<AttachmentOption[] | null>(null);
  const [otherFiles, setOtherFiles] = useState<SkippedFile[]>([]);
  const [mode, setMode] = useState<InputMode>('paste');
  const [text, setText] = useState('');
  const [attachmentId, setAttachmentId] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<UserError | null>(null);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [pageResult, setPageResult] = useState<PageResult | null>(null);
  const [confirming, setConfirming] = useState<string | undefined | false>(false);
  const [settingsSaved, setSettingsSaved] = useState(false);

  useEffect(() => {
    void (async () => {
      try {
        const ctx = await api.getContext();
        setConfig(ctx.config);
        setIsConfig(ctx.isConfig);
        if (ctx.isConfig) {
          // Only for the owners' names: the form works without them, so it does not wait.
          api.getHandoverStatus().then(setStatus, () => undefined);
        } else {
          // The status call also lets the app reconcile ticks that arrived while nobody looked.
          const [st, att] = await Promise.allSettled([api.getHandoverStatus(), api.listAttachments()]);
          if (st.status === 'fulfilled') setStatus(st.value);
          setAttachments(att.status === 'fulfilled' ? att.value.transcripts : []);
          if (att.status === 'fulfilled') setOtherFiles(att.value.others);
          if (att.status === 'rejected') setError(toUserError(att.reason));
        }
      } catch (e) {
        setError(toUserError(e));
      } finally {
        setLoading(false);
      }
    })();
  }, []);

  const chosen = attachments?.find((a) => a.id === attachmentId) ?? null;

  /** Says what is wrong with the input before asking the app, or returns the source. */
  function source(): TranscriptSource | UserError {
    if (mode === 'paste') {
      if (!text.trim()) return toUserError({ code: 'EMPTY' });
      if (text.length > MAX_PASTE_CHARS) return toUserError({ code: 'TOO_LARGE' });
      return { kind: 'paste', text };
    }
    if (!chosen) return { ...toUserError({ code: 'EMPTY' }), title: 'No transcript file chosen', detail: 'Choose one of the files attached to this page, or paste the text instead.' };
    if (!chosen.supported) return toUserError({ code: 'UNSUPPORTED_FILE' });
    return { kind: 'attachment', attachmentId: chosen.id, title: chosen.title };
  }

  async function run<T>(kind: Busy, work: () => Promise<T>): Promise<T | undefined> {
    setBusy(kind);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(toUserError(e));
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  async function onPreview() {
    const src = source();
    if ('code' in src) return setError(src);
    setPageResult(null);
    const result = await run('preview', () => api.preview(src));
    if (result) setPreview(result);
  }

  async function onCreate(confirmReplace = false) {
    const src = source();
    if ('code' in src) return setError(src);
    setConfirming(false);
    setPageResult(null);
    const result = await run('page', () => api.createOrUpdatePage(src, confirmReplace));
    if (!result) return;
    if (result.status === 'needs-confirmation') return setConfirming(result.message);
    setPageResult(result);
    const st = await api.getHandoverStatus().catch(() => null);
    setStatus(st ?? { exists: true, pageId: result.pageId, title: result.title, url: result.url });
  }

  async function onSaveSettings(next: MacroConfig) {
    const ok = await run('settings', async () => {
      await api.saveConfig(next);
      return true;
    });
    if (ok) {
      setConfig(next);
      setSettingsSaved(true);
    }
  }

  if (loading) {
    return (
      <div className="kt-center">
        <Spinner size="large" label="Loading KT Handover" />
      </div>
    );
  }

  if (isConfig) {
    return (
      <main className="kt-app">
        <h2>KT Handover settings</h2>
        {error ? <ErrorMessage error={error} /> : null}
        {settingsSaved ? (
          <div data-testid="settings-saved">
            <SectionMessage appearance="success">
              <p>Settings saved.</p>
            </SectionMessage>
          </div>
        ) : null}
        <Suspense fallback={<Loading />}>
          <SettingsForm config={config} people={status?.people} saving={busy === 'settings'} onSave={onSaveSettings} />
        </Suspense>
      </main>
    );
  }

  const exists = Boolean(status?.exists);
  // Confluence's current name first (people get renamed), then the name saved with the settings.
  const personName = (id: string) => status?.people?.[id] ?? config.ownerNames?.[id] ?? id;
  const st = status?.status ? STATUS_LABEL[status.status] : undefined;
  const working = busy !== null;

  return (
    <main className="kt-app" data-testid="macro">
      <header className="kt-header">
        <h2>KT Handover</h2>
        {exists ? (
          <div className="kt-status" data-testid="handover-status">
            {st ? <Lozenge appearance={st.appearance}>{st.label}</Lozenge> : null}
            {status?.verified !== undefined ? (
              <span>
                Verified {status.verified}/{status.total ?? 13}
              </span>
            ) : null}
            {status?.url ? <PageLink url={status.url}>{status.title ?? 'Open the handover page'}</PageLink> : null}
          </div>
        ) : (
          <span className="kt-muted">Turn a KT call transcript into a handover page with one task per section.</span>
        )}
      </header>

      <TranscriptInput
        mode={mode}
        onMode={(m) => {
          setMode(m);
          setError(null);
        }}
        text={text}
        onText={setText}
        attachments={attachments}
        others={otherFiles}
        attachmentId={attachmentId}
        onAttachment={(id) => {
          setAttachmentId(id);
          const a = attachments?.find((x) => x.id === id);
          setError(a && !a.supported ? toUserError({ code: 'UNSUPPORTED_FILE' }) : null);
        }}
      />

      <div className="kt-settings-summary" data-testid="settings-summary">
        <span>
          Architecture page:{' '}
          {config.architectureUrl ? (
            <PageLink url={config.architectureUrl}>{config.architectureTitle ?? linkLabel(config.architectureUrl)}</PageLink>
          ) : (
            <em>not chosen (the app looks for a link in the transcript)</em>
          )}
        </span>
        {config.outgoingOwner ? (
          <span>
            Outgoing owner: <span data-testid="outgoing-owner">{personName(config.outgoingOwner)}</span>
          </span>
        ) : null}
        <span>
          Incoming owners:{' '}
          {config.incomingOwners?.length ? (
            <span data-testid="incoming-owners">{config.incomingOwners.map(personName).join(', ')}</span>
          ) : (
            <em>none yet: nobody's ticks count until you choose them</em>
          )}
        </span>
        <span className="kt-muted">Change these in the macro's settings (edit the macro on the page).</span>
      </div>

      <div className="kt-actions">
        <Button onClick={() => void onPreview()} isDisabled={working} isLoading={busy === 'preview'} testId="preview-button">
          Preview
        </Button>
        <Button appearance="primary" onClick={() => void onCreate()} isDisabled={working} isLoading={busy === 'page'} testId="create-button">
          {exists ? 'Update handover page' : 'Create handover page'}
        </Button>
      </div>

      {busy === 'page' ? <Progress label={exists ? 'Updating the handover page…' : 'Writing the handover page…'} /> : null}
      {busy === 'preview' ? <Progress label="Reading the transcript…" /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {confirming !== false ? (
        <ConfirmReplace message={confirming} onReplace={() => void onCreate(true)} onCancel={() => setConfirming(false)} />
      ) : null}
      {pageResult ? <DoneMessage result={pageResult} /> : null}
      {preview ? <PreviewPanel result={preview} /> : null}
    </main>
  );
}
