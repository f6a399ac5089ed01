import { useState } from 'react';
import Button from '@atlaskit/button/new';
import TextField from '@atlaskit/textfield';
import AsyncSelect from '@atlaskit/select/async-select';
import { searchPages, searchUsers } from '../api';
import type { MacroConfig, PageOption } from '../types';

interface Props {
  config: MacroConfig;
  saving: boolean;
  onSave(config: MacroConfig): void;
}

interface Opt {
  value: string;
  label: string;
}

const HTTP_URL = /^https?:\/\/\S+$/i;

function splitIds(s: string): string[] {
  return s
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * The macro's settings, saved into the macro's own config with `view.submit`: the
 * architecture page (found by title or pasted as a link) and the outgoing and incoming
 * owners. When the app offers no user search, owners are entered as account ids.
 */
export default function SettingsForm({ config, saving, onSave }: Props) {
  const names = config.ownerNames ?? {};
  const [archUrl, setArchUrl] = useState(config.architectureUrl ?? '');
  const [archTitle, setArchTitle] = useState(config.architectureTitle ?? '');
  const [pageQuery, setPageQuery] = useState('');
  const [pageHits, setPageHits] = useState<PageOption[] | null>(null);
  const [pageSearchMissing, setPageSearchMissing] = useState(false);
  const [userSearchMissing, setUserSearchMissing] = useState(false);
  const [outgoing, setOutgoing] = useState<Opt | null>(
    config.outgoingOwner ? { value: config.outgoingOwner, label: names[config.outgoingOwner] ?? config.outgoingOwner } : null,
  );
  const [incoming, setIncoming] = useState<Opt[]>(
    (config.incomingOwners ?? []).map((id) => ({ value: id, label: names[id] ?? id })),
  );
  const [outgoingText, setOutgoingText] = useState(config.outgoingOwner ?? '');
  const [incomingText, setIncomingText] = useState((config.incomingOwners ?? []).join(', '));
  const urlInvalid = archUrl.trim() !== '' && !HTTP_URL.test(archUrl.trim());

  async function loadUsers(query: string): Promise<Opt[]> {
    const users = await searchUsers(query);
    if (users === null) {
      setUserSearchMissing(true);
      return [];
    }
    return users.map((u) => ({ value: u.accountId, label: u.displayName }));
  }

  async function findPages() {
    const hits = await searchPages(pageQuery.trim());
    if (hits === null) setPageSearchMissing(true);
    setPageHits(hits ?? []);
  }

  function save() {
    const outgoingId = userSearchMissing ? outgoingText.trim() : outgoing?.value;
    const incomingIds = userSearchMissing ? splitIds(incomingText) : incoming.map((o) => o.value);
    const ownerNames: Record<string, string> = {};
    if (outgoing) ownerNames[outgoing.value] = outgoing.label;
    for (const o of incoming) ownerNames[o.value] = o.label;
    onSave({
      architectureUrl: archUrl.trim() || undefined,
      architectureTitle: archUrl.trim() ? archTitle || undefined : undefined,
      outgoingOwner: outgoingId || undefined,
      incomingOwners: incomingIds,
      ownerNames,
    });
  }

  return (
    <form
      className="kt-settings"
      data-testid="settings"
      onSubmit={(e) => {
        e.preventDefault();
        if (!urlInvalid) save();
      }}
    >
      <fieldset>
        <legend>Architecture page</legend>
        {!pageSearchMissing ? (
          <div className="kt-row">
            <TextField
              aria-label="Search pages by title"
              placeholder="Search pages by title"
              testId="page-search"
              value={pageQuery}
              onChange={(e) => setPageQuery(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void findPages();
                }
              }}
            />
            <Button onClick={() => void findPages()} isDisabled={!pageQuery.trim()}>
              Search
            </Button>
          </div>
        ) : (
          <p className="kt-muted">Page search is not available here: paste the page's link below.</p>
        )}
        {pageHits && !pageSearchMissing ? (
          pageHits.length ? (
            <ul className="kt-hits" data-testid="page-hits">
              {pageHits.map((p) => (
                <li key={p.id}>
                  <Button
                    appearance="subtle"
                    onClick={() => {
                      setArchUrl(p.url);
                      setArchTitle(p.title);
                    }}
                  >
                    {p.title}
                    {p.space ? ` (${p.space})` : ''}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="kt-muted">No page with that title. Try fewer words, or paste the link.</p>
          )
        ) : null}
        <label htmlFor="kt-arch-url" className="kt-label">
          Link to the architecture page
        </label>
        <TextField
          id="kt-arch-url"
          testId="architecture-url"
          placeholder="https://your-site.atlassian.net/wiki/spaces/…"
          value={archUrl}
          isInvalid={urlInvalid}
          onChange={(e) => {
            setArchUrl(e.currentTarget.value);
            setArchTitle('');
          }}
        />
        {urlInvalid ? <p className="kt-invalid">A link starts with https:// (copy it from the browser's address bar).</p> : null}
        {archTitle ? <p className="kt-muted">Chosen: {archTitle}</p> : null}
      </fieldset>
      <fieldset>
        <legend>Owners</legend>
        {userSearchMissing ? (
          <>
            <p className="kt-muted">People search is not available here: enter Atlassian account ids.</p>
            <label htmlFor="kt-outgoing-id" className="kt-label">Outgoing owner (account id)</label>
            <TextField id="kt-outgoing-id" testId="outgoing-id" value={outgoingText} onChange={(e) => setOutgoingText(e.currentTarget.value)} />
            <label htmlFor="kt-incoming-id" className="kt-label">Incoming owners (account ids, comma separated)</label>
            <TextField id="kt-incoming-id" testId="incoming-id" value={incomingText} onChange={(e) => setIncomingText(e.currentTarget.value)} />
          </>
        ) : (
          <>
            <label htmlFor="kt-outgoing" className="kt-label">Outgoing owner</label>
            <AsyncSelect
              inputId="kt-outgoing"
              classNamePrefix="kt-outgoing"
              cacheOptions
              defaultOptions
              isClearable
              loadOptions={loadUsers}
              value={outgoing}
              onChange={(o) => setOutgoing((o as Opt | null) ?? null)}
              placeholder="Who is handing over"
            />
            <label htmlFor="kt-incoming" className="kt-label">Incoming owners</label>
            <AsyncSelect
              inputId="kt-incoming"
              classNamePrefix="kt-incoming"
              isMulti
              cacheOptions
              defaultOptions
              loadOptions={loadUsers}
              value={incoming}
              onChange={(o) => setIncoming([...((o as readonly Opt[] | null) ?? [])])}
              placeholder="Who takes over (their ticks count)"
            />
          </>
        )}
      </fieldset>
      <Button type="submit" appearance="primary" isLoading={saving} isDisabled={urlInvalid} testId="save-settings">
        Save settings
      </Button>
    </form>
  );
}
