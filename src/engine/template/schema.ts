import { z } from 'zod';

/** A KT template is data, so a team can bring its own; this is its shape. */
export const TemplateFieldSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
});

export const TemplateSectionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** Other ways people announce this section in a call ("hand-over completion"). */
  aliases: z.array(z.string()).default([]),
  /** Fields that must be stated for the section to count as covered. */
  fields: z.array(TemplateFieldSchema).min(1),
});

export const HandoverTemplateSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    sections: z.array(TemplateSectionSchema).min(1),
  })
  .refine((t) => new Set(t.sections.map((s) => s.id)).size === t.sections.length, {
    message: 'section ids must be unique',
  });

export type TemplateField = z.infer<typeof TemplateFieldSchema>;
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;
export type HandoverTemplate = z.infer<typeof HandoverTemplateSchema>;
