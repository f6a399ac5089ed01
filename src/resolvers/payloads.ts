import { z } from 'zod';
import { MAX_TRANSCRIPT_BYTES } from '../engine/input';

/** Payloads of the macro's resolver functions: only what the user chose, never who or where. */

const attachmentId = z.string().trim().min(1, 'Choose a transcript file').max(100).regex(/^[A-Za-z0-9_-]+$/, 'That is not a Confluence attachment id');

export const TranscriptSourceSchema = z.union([
  z.object({
    text: z
      .string()
      .max(MAX_TRANSCRIPT_BYTES, 'The transcript is too long; split it into parts')
      .refine((t) => /\S/.test(t), 'Paste the transcript text or choose an attached file'),
    fileName: z.string().max(255).optional(),
  }).strict(),
  z.object({ attachmentId }).strict(),
], { error: 'Give either the transcript text ({ text }) or an attached file ({ attachmentId })' });

export const PreviewPayloadSchema = z.object({ source: TranscriptSourceSchema });
export const ReadAttachmentPayloadSchema = z.object({ attachmentId });
export const CreateOrUpdatePagePayloadSchema = z.object({
  source: TranscriptSourceSchema,
  confirmReplace: z.boolean().optional(),
});
export const EmptyPayloadSchema = z.object({}).loose();
export const SearchPagesPayloadSchema = z.object({
  query: z.string().trim().min(2, 'Type at least two letters of the page title').max(100, 'Use a shorter search'),
});
export const SearchUsersPayloadSchema = z.object({
  query: z.string().trim().min(1, 'Type the first letters of a name').max(100, 'Use a shorter search'),
});
