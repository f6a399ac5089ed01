/**
 * Who is acting, on which page, with which macro settings: always taken from the Forge
 * context by the resolvers, never from a payload.
 */
export interface MacroContext {
  /** The page the macro sits on; the handover page becomes its child. */
  pageId: string;
  spaceId: string;
  accountId: string;
  config: MacroConfig;
}

export interface MacroConfig {
  /** The architecture document chosen in the macro's config (an http(s) URL). */
  architectureUrl?: string;
  outgoingOwner?: string;
  incomingOwners: string[];
}
