import { createHash } from 'node:crypto';
import { buildHandoverPage } from '../../src/adf/handover-page';
import type { HandoverDraft, HandoverItem, SectionDraft, SectionStatus } from '../../src/engine/model';
import { KT_DEFAULT_TEMPLATE } from '../../src/engine/template/kt-default';
import { deriveHandoverState, recount } from '../../src/handover/derive-state';
import { SIGN_OFF_SECTION, SYSTEM_NAME_FIELD } from '../../src/handover/draft-facts';
import type { HandoverState, HandoverStatus } from '../../src/handover/state';

/**
 * Synthetic but realistic handovers for the "many handovers" demo: a draft per system built
 * from the KT template, its state derived by the app's own code (deriveHandoverState), some
 * sections verified by an incoming owner, and the page body built by the app's page builder.
 * Deterministic for a given seed, so two runs give the same demo.
 */

export const SEED_PEOPLE = [
  { accountId: 'user-outgoing', displayName: 'Priya Raman' },
  { accountId: 'user-incoming', displayName: 'Alex Chen' },
  { accountId: 'user-admin', displayName: 'Sam Rivera' },
  { accountId: 'user-kofi', displayName: 'Kofi Mensah' },
  { accountId: 'user-ines', displayName: 'Inês Carvalho' },
  { accountId: 'user-marta', displayName: 'Marta Kowalska' },
  { accountId: 'user-hiro', displayName: 'Hiroshi Tanaka' },
  { accountId: 'user-amara', displayName: 'Amara Okafor' },
  { accountId: 'user-lucas', displayName: 'Lucas Moreau' },
  { accountId: 'user-sofia', displayName: 'Sofia Lindqvist' },
  { accountId: 'user-dev', displayName: 'Dev Patel' },
  { accountId: 'user-noor', displayName: "Noor O'Brien" },
] as const;

/** DEMO, OPS and FIN exist in every sandbox; the others are added by the seed (none visible to the outsider). */
export const SEED_SPACES = [
  { id: 131073, key: 'DEMO', name: 'Order Platform', everyone: true, systems: ['Order API', 'Checkout Service', 'Cart Service', 'Order Events Bus', 'Pricing Engine'] },
  { id: 131074, key: 'OPS', name: 'Operations', everyone: false, systems: ['Alerting Pipeline', 'Kubernetes Platform', 'Log Shipping', 'Backup Scheduler', 'Incident Bot'] },
  { id: 131075, key: 'FIN', name: 'Finance Systems', everyone: false, systems: ['Payments Ledger', 'Invoice Generator', 'Tax Calculator', 'Reconciliation Jobs', 'Payroll Export'] },
  { id: 131076, key: 'DATA', name: 'Data Platform', everyone: false, systems: ['Event Warehouse', 'Airflow Scheduler', 'Customer 360', 'Feature Store'] },
  { id: 131077, key: 'IDP', name: 'Identity & Access', everyone: false, systems: ['SSO Gateway', 'Directory Sync', 'Access Reviews'] },
] as const;

export interface SeedHandover {
  spaceKey: string;
  title: string;
  /** The ADF body as stored (a string), and the same document as built. */
  body: string;
  doc: object;
  state: HandoverState;
}

/** Small fast PRNG (mulberry32): the seed must not depend on Math.random. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 24 * 60 * 60 * 1000;
const STATUSES: HandoverStatus[] = ['draft', 'in-verification', 'verified', 'signed-off'];

function pickOne<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function sectionDraft(random: () => number, index: number, status: SectionStatus, system: string): SectionDraft {
  const template = KT_DEFAULT_TEMPLATE.sections[index];
  const fields = template.fields.map((f) => f.label);
  let stated: string[] = fields;
  if (status === 'missing') stated = [];
  if (status === 'partial') stated = fields.length > 1 ? fields.slice(0, 1 + Math.floor(random() * (fields.length - 1))) : [];
  const items: HandoverItem[] = stated.map((field) => ({
    text: field === SYSTEM_NAME_FIELD ? system : `${field} for ${system}: as agreed in the KT call.`,
    field,
    evidence: [],
  }));
  // A partial one-field section: something was said, but not the field itself.
  if (status === 'partial' && stated.length === 0) items.push({ text: `Some notes on ${template.title.toLowerCase()} for ${system}.`, evidence: [] });
  return { id: template.id, title: template.title, status, items, missing: fields.filter((f) => !stated.includes(f)) };
}

function identity(i: number, seed: number) {
  const random = rng(seed * 100_003 + i);
  const space = SEED_SPACES[i % SEED_SPACES.length];
  const system = `${pickOne(random, space.systems)} ${Math.floor(i / SEED_SPACES.length) + 1}`;
  return { random, space, system };
}

/** Space and page title of the i-th handover, without building it (to skip ones already seeded). */
export function seedHandoverPlace(i: number, seed = 2026): { spaceKey: string; title: string } {
  const { space, system } = identity(i, seed);
  return { spaceKey: space.key, title: `Handover: ${system}` };
}

/**
 * The i-th handover. Statuses rotate so every one is present; about one handover in eight was
 * regenerated after someone verified it, and generation dates spread over the last 60 days.
 */
export function seedHandover(i: number, now: Date, seed = 2026): SeedHandover {
  const { random, space, system } = identity(i, seed);
  const wanted = STATUSES[Math.floor(i / SEED_SPACES.length) % STATUSES.length];
  const outgoing = pickOne(random, SEED_PEOPLE);
  const others = SEED_PEOPLE.filter((p) => p.accountId !== outgoing.accountId);
  const incoming = [pickOne(random, others)];
  if (random() < 0.3) incoming.push(pickOne(random, others.filter((p) => p !== incoming[0])));
  const regenerated = wanted !== 'draft' && random() < 0.125;

  const statuses: SectionStatus[] = KT_DEFAULT_TEMPLATE.sections.map((s, idx) => {
    if (idx === 0) return 'covered'; // the system overview names the system
    if (s.id === SIGN_OFF_SECTION) return wanted === 'signed-off' ? 'covered' : wanted === 'verified' ? 'partial' : pickOne(random, ['covered', 'partial', 'missing'] as const);
    const r = random();
    return r < 0.6 ? 'covered' : r < 0.85 ? 'partial' : 'missing';
  });
  const sections = statuses.map((status, idx) => sectionDraft(random, idx, status, system));
  const draft: HandoverDraft = {
    template: KT_DEFAULT_TEMPLATE.id,
    sections,
    missing: sections.flatMap((s) => s.missing.map((field) => ({ section: s.id, field }))),
  };

  const generatedAt = new Date(now.getTime() - Math.floor(random() * 60 * DAY) - DAY);
  const base = deriveHandoverState({
    draft,
    owners: { outgoing: outgoing.accountId, incoming: incoming.map((p) => p.accountId) },
    generatedAt: generatedAt.toISOString(),
    generatedBy: outgoing.accountId,
    appVersion: '0.1.0',
    pageVersion: 1,
    bodyHash: '',
  });

  const toVerify =
    wanted === 'draft' ? 0 : wanted === 'in-verification' ? 1 + Math.floor(random() * (sections.length - 1)) : sections.length;
  const verifiedState = verify(base, toVerify, incoming[0].accountId, generatedAt, now, regenerated, random);
  const users = Object.fromEntries(SEED_PEOPLE.map((p) => [p.accountId, p.displayName]));
  const page = buildHandoverPage(draft, verifiedState, { users });
  const body = JSON.stringify(page.body);
  const state = { ...verifiedState, bodyHash: createHash('sha256').update(body).digest('hex') };
  return { spaceKey: space.key, title: page.title, body, doc: page.body, state };
}

/** Ticks `count` sections as the incoming owner; `regenerated` puts the ticks before generation. */
function verify(
  state: HandoverState,
  count: number,
  by: string,
  generatedAt: Date,
  now: Date,
  regenerated: boolean,
  random: () => number,
): HandoverState {
  const start = regenerated ? generatedAt.getTime() - 10 * DAY : generatedAt.getTime();
  const end = regenerated ? generatedAt.getTime() - DAY : now.getTime();
  const history: HandoverState['history'] = [];
  const sections = state.sections.map((s, idx) => {
    if (idx >= count) return s;
    const at = new Date(start + Math.floor(random() * Math.max(1, end - start))).toISOString();
    history.push({ section: s.id, action: 'verified', by, at });
    return { ...s, taskState: 'DONE' as const, verified: { by, at } };
  });
  history.sort((a, b) => a.at.localeCompare(b.at));
  return recount({ ...state, sections, history });
}
