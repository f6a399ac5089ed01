/**
 * A small ADF → HTML renderer for the node types the app writes, so the local site can
 * show handover pages without Atlassian's renderer (it does not install from the registry
 * reachable here). Everything from the document is escaped; links are kept only when they
 * are http(s) or same-site paths. Unknown nodes render their content (or a placeholder),
 * so a page never disappears because of one node we do not know.
 */

export interface AdfNode {
  type: string;
  attrs?: Record<string, any>;
  content?: AdfNode[];
  text?: string;
  marks?: Array<{ type: string; attrs?: Record<string, any> }>;
}

export interface RenderContext {
  /** Display name for a mention's accountId. */
  userName?(accountId: string): string | undefined;
  /** REST task id for a taskItem localId (the checkbox needs it to call PUT /tasks/{id}). */
  taskId?(localId: string): string | undefined;
  /** Title to show for a smart link, when the URL is a page of this site. */
  linkTitle?(url: string): string | undefined;
  /** Where a link should point in this site (e.g. an old port of the local site becomes a path). */
  localHref?(url: string): string;
  /** HTML for a Forge macro (an `extension` of type com.atlassian.ecosystem). */
  forgeMacro?(node: AdfNode): string;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]);

export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const u = url.trim();
  if (/^https?:\/\//i.test(u) || (u.startsWith('/') && !u.startsWith('//'))) return u;
  return undefined;
}

const STATUS_COLOURS = new Set(['neutral', 'purple', 'blue', 'red', 'yellow', 'green']);
const PANEL_TYPES = new Set(['info', 'note', 'tip', 'warning', 'error', 'success', 'custom']);
const PANEL_ICONS: Record<string, string> = { info: 'ℹ', note: '✎', tip: '✓', warning: '⚠', error: '✕', success: '✓', custom: '•' };

export function formatDate(timestamp: unknown): string {
  const ms = Number(timestamp);
  if (!Number.isFinite(ms)) return esc(timestamp);
  return new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function renderText(node: AdfNode, ctx: RenderContext): string {
  let html = esc(node.text).replace(/\n/g, '<br>');
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case 'strong':
        html = `<strong>${html}</strong>`;
        break;
      case 'em':
        html = `<em>${html}</em>`;
        break;
      case 'code':
        html = `<code>${html}</code>`;
        break;
      case 'strike':
        html = `<s>${html}</s>`;
        break;
      case 'underline':
        html = `<u>${html}</u>`;
        break;
      case 'subsup':
        html = mark.attrs?.type === 'sup' ? `<sup>${html}</sup>` : `<sub>${html}</sub>`;
        break;
      case 'link': {
        const href = safeHref(mark.attrs?.href);
        if (href) html = `<a href="${esc(ctx.localHref?.(href) ?? href)}" rel="noopener noreferrer">${html}</a>`;
        break;
      }
      default:
        break;
    }
  }
  return html;
}

function children(node: AdfNode, ctx: RenderContext): string {
  return (node.content ?? []).map((n) => renderNode(n, ctx)).join('');
}

function renderTaskItem(node: AdfNode, ctx: RenderContext): string {
  const localId = String(node.attrs?.localId ?? '');
  const done = node.attrs?.state === 'DONE';
  const taskId = ctx.taskId?.(localId);
  const dataTask = taskId ? ` data-task-id="${esc(taskId)}"` : ' disabled';
  return (
    `<li class="adf-task${done ? ' adf-task-done' : ''}" data-local-id="${esc(localId)}">` +
    `<label><input type="checkbox" class="adf-task-box"${done ? ' checked' : ''}${dataTask} data-local-id="${esc(localId)}">` +
    `<span class="adf-task-body">${children(node, ctx)}</span></label></li>`
  );
}

function renderExtension(node: AdfNode, ctx: RenderContext): string {
  const a = node.attrs ?? {};
  if (a.extensionType === 'com.atlassian.ecosystem' && ctx.forgeMacro) return ctx.forgeMacro(node);
  if (a.extensionKey === 'detailssummary') {
    const cql = a.parameters?.macroParams?.cql?.value;
    return `<div class="adf-macro-placeholder" data-macro="detailssummary">Page Properties Report${cql ? `: <code>${esc(cql)}</code>` : ''}</div>`;
  }
  const title = a.parameters?.extensionTitle ?? a.parameters?.macroMetadata?.title ?? a.extensionKey ?? 'macro';
  return `<div class="adf-macro-placeholder" data-macro="${esc(a.extensionKey)}">${esc(title)}</div>`;
}

function renderBodiedExtension(node: AdfNode, ctx: RenderContext): string {
  const a = node.attrs ?? {};
  if (a.extensionKey === 'details') {
    return `<div class="adf-page-properties" data-macro="details" data-testid="page-properties">${children(node, ctx)}</div>`;
  }
  return `<div class="adf-bodied-macro" data-macro="${esc(a.extensionKey)}">${children(node, ctx)}</div>`;
}

function renderCard(node: AdfNode, ctx: RenderContext, block: boolean): string {
  const url = node.attrs?.url;
  const href = safeHref(url);
  if (!href) {
    const data = node.attrs?.data;
    return `<span class="adf-card adf-card-broken">${esc(data?.name ?? url ?? 'link')}</span>`;
  }
  const title = ctx.linkTitle?.(href) ?? href;
  const card = `<a class="adf-card" data-testid="smart-link" href="${esc(ctx.localHref?.(href) ?? href)}" data-url="${esc(href)}" rel="noopener noreferrer"><span class="adf-card-icon" aria-hidden="true">▤</span>${esc(title)}</a>`;
  return block ? `<p class="adf-block-card">${card}</p>` : card;
}

export function renderNode(node: AdfNode, ctx: RenderContext): string {
  if (!node || typeof node !== 'object') return '';
  const a = node.attrs ?? {};
  switch (node.type) {
    case 'doc':
      return children(node, ctx);
    case 'text':
      return renderText(node, ctx);
    case 'paragraph':
      return `<p>${children(node, ctx) || '<br>'}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(a.level) || 1));
      return `<h${level}>${children(node, ctx)}</h${level}>`;
    }
    case 'hardBreak':
      return '<br>';
    case 'rule':
      return '<hr>';
    case 'blockquote':
      return `<blockquote>${children(node, ctx)}</blockquote>`;
    case 'codeBlock':
      return `<pre><code>${(node.content ?? []).map((t) => esc(t.text)).join('')}</code></pre>`;
    case 'bulletList':
      return `<ul>${children(node, ctx)}</ul>`;
    case 'orderedList':
      return `<ol${Number(a.order) > 1 ? ` start="${Number(a.order)}"` : ''}>${children(node, ctx)}</ol>`;
    case 'listItem':
      return `<li>${children(node, ctx)}</li>`;
    case 'panel': {
      const type = PANEL_TYPES.has(a.panelType) ? a.panelType : 'info';
      return `<div class="adf-panel adf-panel-${type}" data-panel-type="${type}"><span class="adf-panel-icon" aria-hidden="true">${PANEL_ICONS[type]}</span><div class="adf-panel-body">${children(node, ctx)}</div></div>`;
    }
    case 'status': {
      const colour = STATUS_COLOURS.has(a.color) ? a.color : 'neutral';
      return `<span class="adf-status adf-status-${colour}" data-testid="status-lozenge" data-color="${colour}">${esc(a.text)}</span>`;
    }
    case 'date':
      return `<time class="adf-date" datetime="${esc(new Date(Number(a.timestamp) || 0).toISOString())}">${formatDate(a.timestamp)}</time>`;
    case 'mention': {
      const name = ctx.userName?.(String(a.id)) ?? String(a.text ?? '').replace(/^@/, '') ?? a.id;
      return `<span class="adf-mention" data-account-id="${esc(a.id)}">@${esc(name || a.id)}</span>`;
    }
    case 'emoji':
      return `<span class="adf-emoji">${esc(a.text ?? a.shortName)}</span>`;
    case 'inlineCard':
      return renderCard(node, ctx, false);
    case 'blockCard':
    case 'embedCard':
      return renderCard(node, ctx, true);
    case 'taskList':
      return `<ul class="adf-task-list" data-local-id="${esc(a.localId)}">${children(node, ctx)}</ul>`;
    case 'taskItem':
      return renderTaskItem(node, ctx);
    case 'decisionList':
      return `<ul class="adf-decision-list">${children(node, ctx)}</ul>`;
    case 'decisionItem':
      return `<li class="adf-decision">${children(node, ctx)}</li>`;
    case 'expand':
    case 'nestedExpand':
      return `<details class="adf-expand"><summary>${esc(a.title || 'Details')}</summary><div class="adf-expand-body">${children(node, ctx)}</div></details>`;
    case 'table':
      return `<div class="adf-table-wrap"><table class="adf-table"><tbody>${children(node, ctx)}</tbody></table></div>`;
    case 'tableRow':
      return `<tr>${children(node, ctx)}</tr>`;
    case 'tableHeader':
    case 'tableCell': {
      const tag = node.type === 'tableHeader' ? 'th' : 'td';
      const span = `${Number(a.colspan) > 1 ? ` colspan="${Number(a.colspan)}"` : ''}${Number(a.rowspan) > 1 ? ` rowspan="${Number(a.rowspan)}"` : ''}`;
      return `<${tag}${span}>${children(node, ctx)}</${tag}>`;
    }
    case 'extension':
    case 'inlineExtension':
      return renderExtension(node, ctx);
    case 'bodiedExtension':
      return renderBodiedExtension(node, ctx);
    case 'layoutSection':
      return `<div class="adf-layout">${children(node, ctx)}</div>`;
    case 'layoutColumn':
      return `<div class="adf-layout-col">${children(node, ctx)}</div>`;
    case 'mediaSingle':
    case 'mediaGroup':
      return `<div class="adf-macro-placeholder">Attached file</div>`;
    default:
      return node.content ? children(node, ctx) : node.text ? esc(node.text) : '';
  }
}

export function renderAdf(doc: AdfNode, ctx: RenderContext = {}): string {
  return renderNode(doc, ctx);
}

/** What the page view must look up before rendering: people to name and links to title. */
export function collectRefs(doc: AdfNode): { accountIds: Set<string>; urls: Set<string>; taskLocalIds: Set<string> } {
  const accountIds = new Set<string>();
  const urls = new Set<string>();
  const taskLocalIds = new Set<string>();
  const walk = (n: AdfNode) => {
    if (!n || typeof n !== 'object') return;
    if (n.type === 'mention' && n.attrs?.id) accountIds.add(String(n.attrs.id));
    if ((n.type === 'inlineCard' || n.type === 'blockCard') && typeof n.attrs?.url === 'string') urls.add(n.attrs.url);
    if (n.type === 'taskItem' && n.attrs?.localId) taskLocalIds.add(String(n.attrs.localId));
    for (const m of n.marks ?? []) if (m.type === 'link' && typeof m.attrs?.href === 'string') urls.add(m.attrs.href);
    (n.content ?? []).forEach(walk);
  };
  walk(doc);
  return { accountIds, urls, taskLocalIds };
}
