import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import TextField from '@atlaskit/textfield';
import AsyncSelect from '@atlaskit/select/async-select';
import { searchPages, searchUsers } from '../api';
import type { MacroConfig, PageOption } from '../types';

interface Props {
  config: MacroConfig;
  /** Confluence's names for the owners' account ids, when the app has looked them up. */
  people?: Record<string, string>;
  saving: boolean;
  onSave(config: MacroConfig): void;
}

interface Opt {
  value: string;
  label: string;
}

const HTTP_URL = /^https?:\/\/\S+$/i;

const noPeople = ({ inputValue }: { inputValue: string }) => (inputValue.trim() ? 'Nobody by that name' : 'Type the first letters of a name');

/** The app's own message when it gave one (it says what to do), else a plain one. */
function messageOf(e: unknown): string {
  const m = (e as { message?: unknown } | null)?.message;
  return typeof m === 'string' && m ? m : 'The search did not work; try again in a moment.';
}

/**
 * The macro's settings, saved into the macro's own config with `view.submit`: the
 * architecture page (found by title or pasted as a link) and the outgoing and incoming
 * owners (found by name; their names are saved too, so the macro shows people, not ids).
 */
export default function SettingsForm({ config, people, saving, onSave }: Props) {
  const names = config.ownerNames ?? {};
  const [archUrl, setArchUrl] = useState(config.architectureUrl ?? '');
  const [archTitle, setArchTitle] = useState(config.architectureTitle ?? '');
  const [pageQuery, setPageQuery] = useState('');
  const [pageHits, setPageHits] = useState<PageOption[] | null>(null);
  const [pageSearchError, setPageSearchError] = useState<string | null>(null);
  const [userSearchError, setUserSearchError] = useState<string | null>(null);
  const [outgoing, setOutgoing] = useState<Opt | null>(
    config.outgoingOwner ? { value: config.outgoingOwner, label: names[config.outgoingOwner] ?? config.outgoingOwner } : null,
  );
  const [incoming, setIncoming] = useState<Opt[]>(
    (config.incomingOwners ?? []).map((id) => ({ value: id, label: names[id] ?? id })),
  );
  // Owners saved before names were known (or set elsewhere) show as ids until the names arrive.
  useEffect(() => {
    if (!people) return;
    const named = (o: Opt): Opt => (o.label === o.value && people[o.value] ? { ...o, label: people[o.value] } : o);
    setOutgoing((o) => (o ? named(o) : o));
    setIncoming((list) => list.map(named));
  }, [people]);
  const urlInvalid = archUrl.trim() !== '' && !HTTP_URL.test(archUrl.trim());

  async function loadUsers(query: string): Promise<Opt[]> {
    try {
      const users = await searchUsers(query);
      setUserSearchError(null);
      return users.map((u) => ({ value: u.accountId, label: u.displayName }));
    } catch (e) {
      setUserSearchError(messageOf(e));
      return [];
    }
  }

  async function findPages() {
    try {
      setPageHits(await searchPages(pageQuery.trim()));
      setPageSearchError(null);
    } catch (e) {
      setPageHits(null);
      setPageSearchError(messageOf(e));
    }
  }

  function save() {
    const outgoingId = outgoing?.value;
    const incomingIds = incoming.map((o) => o.value);
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
          <Button onClick={() => void findPages()} isDisabled={pageQuery.trim().length < 2} testId="page-search-button">
            Search
          </Button>
        </div>
        {pageSearchError ? (
          <p className="kt-invalid" data-testid="page-search-error">
            {pageSearchError}
          </p>
        ) : null}
        {pageHits ? (
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
                    {p.spaceKey ? ` (${p.spaceKey})` : ''}
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
        <label htmlFor="kt-outgoing" className="kt-label">Outgoing owner</label>
        <AsyncSelect
          inputId="kt-outgoing"
          classNamePrefix="kt-outgoing"
          cacheOptions
          isClearable
          loadOptions={loadUsers}
          noOptionsMessage={noPeople}
          value={outgoing}
          onChange={(o) => setOutgoing((o as Opt | null) ?? null)}
          placeholder="Who is handing over: type a name"
        />
        <label htmlFor="kt-incoming" className="kt-label">Incoming owners</label>
        <AsyncSelect
          inputId="kt-incoming"
          classNamePrefix="kt-incoming"
          isMulti
          cacheOptions
          loadOptions={loadUsers}
          noOptionsMessage={noPeople}
          value={incoming}
          onChange={(o) => setIncoming([...((o as readonly Opt[] | null) ?? [])])}
          placeholder="Who takes over (their ticks count): type a name"
        />
        {userSearchError ? (
          <p className="kt-invalid" data-testid="user-search-error">
            {userSearchError}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" appearance="primary" isLoading={saving} isDisabled={urlInvalid} testId="save-settings">
        Save settings
      </Button>
    </form>
  );
}
