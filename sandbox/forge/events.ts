import type { EventEmitter } from 'node:events';
import { SANDBOX_CLOUD_ID, invokeTrigger } from './runtime';

/**
 * Forwards the sandbox's task events to the app's trigger function, one at a time and in order,
 * as Forge delivers `avi:confluence:updated:task`. Tests await `idle()` before asserting.
 */
export interface TaskEventDelivery {
  /** Resolves once every event has been handled, including events the trigger's own writes caused. */
  idle(): Promise<void>;
  stop(): void;
  /** Errors the trigger threw (delivery goes on, as Forge retries are not modelled). */
  errors: Error[];
  delivered: number;
}

export function deliverTaskEvents(
  server: { events: EventEmitter },
  triggerHandler: (event: unknown, context: unknown) => unknown,
  options: { moduleKey?: string } = {},
): TaskEventDelivery {
  let chain: Promise<void> = Promise.resolve();
  const delivery: TaskEventDelivery = {
    idle: async () => {
      let seen: Promise<void>;
      do {
        seen = chain;
        await seen;
      } while (seen !== chain);
    },
    stop: () => server.events.off('task', listener),
    errors: [],
    delivered: 0,
  };
  function listener(event: Record<string, unknown>): void {
    const forgeEvent = { ...event, context: { cloudId: SANDBOX_CLOUD_ID, moduleKey: options.moduleKey ?? 'kt-handover-task-trigger' } };
    chain = chain.then(async () => {
      try {
        await invokeTrigger(triggerHandler, forgeEvent, options.moduleKey);
      } catch (e) {
        delivery.errors.push(e as Error);
      } finally {
        delivery.delivered += 1;
      }
    });
  }
  server.events.on('task', listener);
  return delivery;
}
