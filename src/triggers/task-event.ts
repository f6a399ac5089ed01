import { z } from 'zod';

const id = z.union([z.string().min(1), z.number()]).transform(String);

/**
 * The part of a Confluence task event the app relies on: which page the task is on. Nothing
 * else is trusted; who ticked is read back from the tasks API. (Which field names the page is
 * not confirmed against a live site, so the known spellings are all accepted.)
 */
export const TaskEventSchema = z
  .object({
    eventType: z.string().regex(/^avi:confluence:(created|updated):task$/),
    task: z
      .object({
        pageId: id.optional(),
        containerId: id.optional(),
        content: z.object({ id }).loose().optional(),
      })
      .loose(),
  })
  .loose()
  .transform((e) => ({ eventType: e.eventType, pageId: e.task.pageId ?? e.task.containerId ?? e.task.content?.id }))
  .refine((e): e is { eventType: string; pageId: string } => !!e.pageId, { message: 'The task event names no page' });

export type TaskEvent = z.infer<typeof TaskEventSchema>;
