import Resolver from '@forge/resolver';
import { confluenceAsUser } from '../confluence';
import { generateHandover } from '../usecases/generate-handover';
import { handoverStatus } from '../usecases/handover-status';
import { listTranscriptAttachments } from '../usecases/list-transcript-attachments';
import { previewDraft } from '../usecases/preview-draft';
import { readTranscriptAttachment } from '../usecases/read-attachment';
import {
  CreateOrUpdatePagePayloadSchema,
  EmptyPayloadSchema,
  PreviewPayloadSchema,
  ReadAttachmentPayloadSchema,
  SearchPagesPayloadSchema,
  SearchUsersPayloadSchema,
} from './payloads';
import { macroFunction } from './respond';

/** The macro's backend. Everything runs as the user who opened the macro. */
const resolver = new Resolver();

resolver.define(
  'preview',
  macroFunction(PreviewPayloadSchema, ({ source }, ctx) => previewDraft(confluenceAsUser(), ctx, source)),
);

resolver.define(
  'listAttachments',
  macroFunction(EmptyPayloadSchema, async (_payload, ctx) => {
    const { transcripts, others } = await listTranscriptAttachments(confluenceAsUser(), ctx.pageId);
    return { attachments: transcripts, others };
  }),
);

resolver.define(
  'readAttachment',
  macroFunction(ReadAttachmentPayloadSchema, async ({ attachmentId }, ctx) => {
    const file = await readTranscriptAttachment(confluenceAsUser(), ctx.pageId, attachmentId);
    return { attachmentId, title: file.title, format: file.transcript.format, text: file.transcript.text };
  }),
);

resolver.define(
  'createOrUpdatePage',
  macroFunction(CreateOrUpdatePagePayloadSchema, (payload, ctx) => generateHandover(confluenceAsUser(), ctx, payload)),
);

resolver.define(
  'getHandoverStatus',
  macroFunction(EmptyPayloadSchema, (_payload, ctx) => handoverStatus(confluenceAsUser(), ctx)),
);

/** For the config panel's architecture page picker: pages the user can see, by title. */
resolver.define(
  'searchPages',
  macroFunction(SearchPagesPayloadSchema, async ({ query }) => ({
    pages: await confluenceAsUser().searchPagesByTitle(query),
  })),
);

/** For the config panel's owner pickers: people by name, as Confluence's user search finds them. */
resolver.define(
  'searchUsers',
  macroFunction(SearchUsersPayloadSchema, async ({ query }) => ({
    users: await confluenceAsUser().searchUsers(query),
  })),
);

export const handler = resolver.getDefinitions();
