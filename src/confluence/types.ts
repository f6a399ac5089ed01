import type { AdfDoc } from '../adf/doc';

export type { AdfDoc };
/** The parts of Confluence's REST shapes the app reads (v2 unless noted). */

export interface PageVersion {
  number: number;
  message?: string;
  authorId?: string;
  createdAt?: string;
}

export interface Page {
  id: string;
  title: string;
  spaceId: string;
  parentId?: string | null;
  status?: string;
  version: PageVersion;
  /** Present when read with `body-format=atlas_doc_format`; `value` is the ADF as a string. */
  body?: { atlas_doc_format?: { value: string; representation?: string } };
  _links?: { webui?: string; base?: string };
}

/** A page as the app works with it: the ADF parsed. */
export interface PageWithBody {
  id: string;
  title: string;
  spaceId: string;
  parentId?: string | null;
  version: number;
  adf: AdfDoc;
  webui?: string;
}


export interface ContentProperty<V = unknown> {
  id: string;
  key: string;
  value: V;
  version: { number: number };
}

export interface Attachment {
  id: string;
  title: string;
  mediaType?: string;
  fileSize?: number;
  pageId?: string;
  downloadLink?: string;
  createdAt?: string;
}

export interface Task {
  id: string;
  localId: string;
  pageId?: string;
  spaceId?: string;
  status: 'complete' | 'incomplete';
  createdBy?: string;
  assignedTo?: string;
  completedBy?: string;
  completedAt?: string;
  updatedAt?: string;
}

/** v1 search result. */
export interface SearchHit {
  content?: { id: string; type: string; title: string; status?: string; space?: { key?: string } };
  title?: string;
  url?: string;
  lastModified?: string;
}

export interface Space {
  id: string;
  key: string;
  name: string;
  type?: string;
  homepageId?: string;
}
