import { esc } from './adf-render';
import { SITE_USERS } from './users';

/** HTML of the local site's pages: plain server-rendered markup, one function per view. */

export interface TreePage {
  id: string;
  title: string;
  parentId?: string;
}

export interface Chrome {
  user: string;
  title: string;
  reportTitle?: string;
  reportPath?: string;
}

export function layout(chrome: Chrome, body: string, sidebar?: string): string {
  const options = SITE_USERS.map(
    (u) => `<option value="${u.accountId}"${u.accountId === chrome.user ? ' selected' : ''}>${esc(u.displayName)} (${esc(u.role)})</option>`,
  ).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(chrome.title)} - Confluence (local sandbox)</title><link rel="stylesheet" href="/__site/site.css"></head>
<body data-user="${esc(chrome.user)}">
<header class="topbar">
  <a class="brand" href="/wiki/home"><span class="brand-logo"></span>Confluence <small>local sandbox</small></a>
  <nav class="nav"><a href="/wiki/home">Spaces</a>${chrome.reportPath ? `<a href="${esc(chrome.reportPath)}" data-testid="nav-handovers">${esc(chrome.reportTitle ?? 'Handovers')}</a>` : ''}</nav>
  <span class="spacer"></span>
  <form class="switcher" method="post" action="/__site/user">
    <label for="user-switch">Signed in as</label>
    <select id="user-switch" name="accountId" data-testid="user-switch" onchange="this.form.submit()">${options}</select>
    <noscript><button>Switch</button></noscript>
  </form>
</header>
<div class="layout">${sidebar ? `<aside class="sidebar">${sidebar}</aside>` : ''}<main class="main">${body}</main></div>
<div id="toast" class="toast" role="status"></div>
<script src="/__site/site.js"></script>
</body></html>`;
}

export function pageHref(spaceKey: string, id: string, title?: string): string {
  return `/wiki/spaces/${encodeURIComponent(spaceKey)}/pages/${encodeURIComponent(id)}${title ? `/${encodeURIComponent(title.replace(/\s+/g, '+'))}` : ''}`;
}

export function treeHtml(spaceKey: string, spaceName: string, pages: TreePage[], currentId?: string): string {
  const byParent = new Map<string, TreePage[]>();
  const ids = new Set(pages.map((p) => p.id));
  for (const p of pages) {
    const parent = p.parentId && ids.has(p.parentId) ? p.parentId : '';
    byParent.set(parent, [...(byParent.get(parent) ?? []), p]);
  }
  const branch = (parent: string): string => {
    const kids = byParent.get(parent) ?? [];
    if (!kids.length) return '';
    return `<ul${parent ? '' : ' class="tree" data-testid="page-tree"'}>${kids
      .map(
        (p) =>
          `<li><a href="${pageHref(spaceKey, p.id, p.title)}"${p.id === currentId ? ' class="current"' : ''}>${esc(p.title)}</a>${branch(p.id)}</li>`,
      )
      .join('')}</ul>`;
  };
  return `<h2><a href="/wiki/spaces/${encodeURIComponent(spaceKey)}">${esc(spaceName)}</a></h2>${branch('')}`;
}

export function spacesHtml(spaces: Array<{ key: string; name: string; id: string }>): string {
  if (!spaces.length) return '<h1 class="page-title">Spaces</h1><p>You cannot see any space.</p>';
  return `<h1 class="page-title">Spaces</h1><ul class="space-list" data-testid="space-list">${spaces
    .map((s) => `<li><a href="/wiki/spaces/${encodeURIComponent(s.key)}">${esc(s.name)}</a><div class="space-key">${esc(s.key)}</div></li>`)
    .join('')}</ul>`;
}

export function pageHtml(opts: {
  page: { id: string; title: string; version: number; updatedAt?: string; authorName?: string };
  space: { key: string; name: string };
  ancestors: TreePage[];
  bodyHtml: string;
  attachments: Array<{ title: string; fileSize?: number; mediaType?: string }>;
  uploadPath: string;
}): string {
  const crumbs = [`<a href="/wiki/spaces/${encodeURIComponent(opts.space.key)}">${esc(opts.space.name)}</a>`]
    .concat(opts.ancestors.map((a) => `<a href="${pageHref(opts.space.key, a.id, a.title)}">${esc(a.title)}</a>`))
    .join(' / ');
  const files = opts.attachments.length
    ? `<ul data-testid="attachment-list">${opts.attachments.map((a) => `<li>${esc(a.title)}${a.fileSize !== undefined ? ` <small>(${a.fileSize.toLocaleString()} bytes)</small>` : ''}</li>`).join('')}</ul>`
    : '<p>No files attached.</p>';
  return `<div class="breadcrumbs">${crumbs}</div>
<h1 class="page-title" data-testid="page-title">${esc(opts.page.title)}</h1>
<div class="byline">Version ${opts.page.version}${opts.page.authorName ? ` · last edited by ${esc(opts.page.authorName)}` : ''}${opts.page.updatedAt ? ` · ${esc(new Date(opts.page.updatedAt).toUTCString())}` : ''}</div>
<article class="adf" data-testid="page-body" data-page-id="${esc(opts.page.id)}" data-version="${opts.page.version}">${opts.bodyHtml}</article>
<section class="attachments"><h3>Attachments</h3>${files}
<form id="attach-form" data-action="${esc(opts.uploadPath)}"><input type="file" name="file" aria-label="File to attach"> <button>Attach</button></form></section>`;
}

export function forgeMacroHtml(opts: { pageId: string; localId: string; title: string; frameId: string }): string {
  const q = `pageId=${encodeURIComponent(opts.pageId)}&localId=${encodeURIComponent(opts.localId)}`;
  return `<div class="forge-macro" data-testid="forge-macro" data-local-id="${esc(opts.localId)}">
<div class="forge-macro-bar"><span>${esc(opts.title)} · Forge app</span><button type="button" class="linkbtn" data-edit-macro="${esc(opts.frameId)}">Edit settings</button></div>
<iframe title="${esc(opts.title)}" data-frame-id="${esc(opts.frameId)}" src="/__forge/frame/macro/?${q}&frameId=${encodeURIComponent(opts.frameId)}"></iframe>
<div class="forge-config" id="config-${esc(opts.frameId)}" hidden><iframe title="${esc(opts.title)} settings" data-config="true" data-frame-id="${esc(opts.frameId)}-config" src="about:blank" data-src="/__forge/frame/macro/?${q}&config=1&frameId=${encodeURIComponent(opts.frameId + '-config')}"></iframe></div>
</div>`;
}

export function reportPageHtml(title: string, built: boolean): string {
  return `<h1 class="page-title">${esc(title)}</h1>${
    built
      ? `<iframe class="report-frame" title="${esc(title)}" data-testid="report-frame" data-frame-id="report" src="/__forge/frame/report/?frameId=report"></iframe>`
      : '<p class="notice">The Handovers report UI is not built yet (static/report). Run <code>npm run build:ui</code>.</p>'
  }`;
}

export function messageHtml(title: string, text: string): string {
  return `<h1 class="page-title">${esc(title)}</h1><p class="notice">${esc(text)}</p>`;
}
