/** Forge entry points (the manifest's function handlers). */
export { handler as resolver } from './resolvers/macro';
export { onTaskUpdated } from './triggers/on-task-updated';
export { handler as reportResolver } from './resolvers/report';
