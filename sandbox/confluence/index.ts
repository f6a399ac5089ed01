export { createSandboxApp, createSandboxServer } from './server';
export type { SandboxApp, SandboxServer, SandboxOptions, RequestLogEntry } from './server';
export type { FaultRule } from './faults';
export type { TaskEvent } from './store';
export type { PropertyIndexSpec } from './property-index';
export { DEFAULT_PROPERTY_INDEXES } from './property-index';
export { APP_ACCOUNT_ID, DEMO_USERS, DEMO_SPACES } from './principals';
