// Zod Mini: the same schemas in zod's tree-shakable form, so the engine carries ~30 KB of zod instead of ~750 KB.
import * as z from 'zod/mini';

/** A KT template is data, so a team can bring its own; this is its shape. */
export const TemplateFieldSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  label: z.string().check(z.minLength(1)),
});

export const TemplateSectionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: z.string().check(z.minLength(1)),
  /** Other ways people announce this section in a call ("hand-over completion"). */
  aliases: z._default(z.array(z.string()), []),
  /** Fields that must be stated for the section to count as covered. */
  fields: z.array(TemplateFieldSchema).check(z.minLength(1)),
});

export const HandoverTemplateSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    title: z.string().check(z.minLength(1)),
    sections: z.array(TemplateSectionSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((t) => new Set(t.sections.map((s) => s.id)).size === t.sections.length, {
      message: 'section ids must be unique',
    }),
  );

export type TemplateField = z.infer<typeof TemplateFieldSchema>;
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;
export type HandoverTemplate = z.infer<typeof HandoverTemplateSchema>;
