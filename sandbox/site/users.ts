/** The people of the demo, with the role each plays, for the user switcher. */
export const SITE_USERS = [
  { accountId: 'user-outgoing', displayName: 'Priya Raman', role: 'outgoing owner' },
  { accountId: 'user-incoming', displayName: 'Alex Chen', role: 'incoming owner' },
  { accountId: 'user-admin', displayName: 'Sam Rivera', role: 'Confluence admin' },
  { accountId: 'user-outsider', displayName: 'Jordan Blake', role: 'outsider: DEMO space only' },
] as const;

export const USER_COOKIE = 'kt_sandbox_user';
export const DEFAULT_USER = 'user-outgoing';

export function userFromCookie(header: string | undefined): string {
  const m = /(?:^|;\s*)kt_sandbox_user=([^;]+)/.exec(header ?? '');
  const id = m ? decodeURIComponent(m[1]) : '';
  return SITE_USERS.some((u) => u.accountId === id) ? id : DEFAULT_USER;
}
