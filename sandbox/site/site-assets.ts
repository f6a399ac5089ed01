/**
 * The local site's own stylesheet and page script (served at /__site/site.css and
 * /__site/site.js). Confluence-like on purpose: a top bar, a space sidebar, a page column.
 */
export const SITE_CSS = String.raw`
*{box-sizing:border-box}
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:14px;color:#172b4d;background:#fff;line-height:1.5}
a{color:#0c66e4;text-decoration:none}a:hover{text-decoration:underline}
.topbar{display:flex;align-items:center;gap:20px;height:56px;padding:0 16px;border-bottom:1px solid #dcdfe4;background:#fff;position:sticky;top:0;z-index:5}
.brand{display:flex;align-items:center;gap:8px;font-weight:700;color:#172b4d}
.brand-logo{width:24px;height:24px;border-radius:4px;background:linear-gradient(135deg,#0c66e4,#1d7afc);display:inline-block}
.brand small{font-weight:400;color:#626f86}
.nav a{color:#44546f;font-weight:600;margin-right:16px}
.spacer{flex:1}
.switcher{display:flex;align-items:center;gap:8px;color:#44546f}
.switcher select{font:inherit;padding:4px 8px;border:1px solid #8590a2;border-radius:3px;background:#fff}
.layout{display:flex;min-height:calc(100vh - 56px)}
.sidebar{width:260px;flex:none;border-right:1px solid #dcdfe4;background:#f7f8f9;padding:16px 8px}
.sidebar h2{font-size:14px;margin:0 8px 12px}
.tree,.tree ul{list-style:none;margin:0;padding-left:12px}
.tree{padding-left:0}
.tree a{display:block;padding:3px 8px;border-radius:3px;color:#44546f}
.tree a.current{background:#e9f2ff;color:#0c66e4;font-weight:600}
.main{flex:1;min-width:0;padding:24px 40px 80px;max-width:1100px}
.breadcrumbs{color:#626f86;font-size:12px;margin-bottom:8px}
.page-title{font-size:28px;font-weight:600;margin:0 0 4px}
.byline{color:#626f86;font-size:12px;margin-bottom:24px}
.adf h1,.adf h2,.adf h3{scroll-margin-top:72px}
.adf li>p{margin:2px 0}
.adf h1{font-size:24px}.adf h2{font-size:20px;margin-top:28px;border-bottom:1px solid #f1f2f4;padding-bottom:4px}.adf h3{font-size:16px}
.adf-status{display:inline-block;padding:0 4px;border-radius:3px;font-size:11px;font-weight:700;text-transform:uppercase;line-height:16px;vertical-align:middle;background:#dcdfe4;color:#44546f}
.adf-status-green{background:#baf3db;color:#216e4e}.adf-status-yellow{background:#f8e6a0;color:#7f5f01}.adf-status-red{background:#ffd5d2;color:#ae2e24}
.adf-status-blue{background:#cce0ff;color:#0055cc}.adf-status-purple{background:#dfd8fd;color:#5e4db2}
.adf-panel{display:flex;gap:10px;padding:8px 12px;border-radius:3px;margin:12px 0;background:#e9f2ff}
.adf-panel-note{background:#f3f0ff}.adf-panel-tip,.adf-panel-success{background:#dcfff1}.adf-panel-warning{background:#fff7d6}.adf-panel-error{background:#ffeceb}
.adf-panel-icon{font-weight:700}.adf-panel-body>:first-child{margin-top:0}.adf-panel-body>:last-child{margin-bottom:0}
.adf-task-list{list-style:none;padding-left:0}
.adf-task label{display:flex;gap:8px;align-items:flex-start;cursor:pointer}
.adf-task input{margin-top:4px;width:16px;height:16px;cursor:pointer}
.adf-task-done .adf-task-body{color:#626f86}
.adf-task-body>p{margin:0}
.adf-expand{border:1px solid #dcdfe4;border-radius:3px;padding:4px 8px;margin:8px 0}
.adf-expand summary{cursor:pointer;color:#44546f;font-weight:600}
.adf-table-wrap{overflow-x:auto;margin:12px 0}
.adf-table{border-collapse:collapse;min-width:60%}
.adf-table th,.adf-table td{border:1px solid #dcdfe4;padding:6px 10px;text-align:left;vertical-align:top}
.adf-table th{background:#f7f8f9;width:30%}
.adf-table p{margin:0}
.adf-page-properties{margin:12px 0}
.adf-mention{background:#f1f2f4;border-radius:20px;padding:0 6px;color:#44546f}
.adf-card{display:inline-flex;gap:4px;align-items:center;border:1px solid #dcdfe4;border-radius:3px;padding:0 6px;box-shadow:0 1px 1px rgba(9,30,66,.13)}
.adf-card-broken{color:#626f86}
.adf-date{background:#f1f2f4;border-radius:3px;padding:0 4px}
.adf-macro-placeholder{border:1px dashed #8590a2;border-radius:3px;padding:8px;color:#626f86;margin:8px 0}
.forge-macro{border:1px solid #dcdfe4;border-radius:6px;margin:16px 0;overflow:hidden}
.forge-macro-bar{display:flex;justify-content:space-between;align-items:center;font-size:12px;color:#626f86;background:#f7f8f9;padding:4px 12px;border-bottom:1px solid #dcdfe4}
.forge-macro iframe{display:block;width:100%;border:0;min-height:220px}
.forge-config{border-top:1px solid #dcdfe4;background:#fafbfc}
.linkbtn{background:none;border:0;color:#0c66e4;cursor:pointer;font:inherit;padding:0}
.attachments{margin-top:40px;border-top:1px solid #dcdfe4;padding-top:12px}
.attachments ul{padding-left:20px}
.notice{padding:12px 16px;border-radius:3px;background:#fff7d6;margin:16px 0}
.space-list{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:12px}
.space-list li{border:1px solid #dcdfe4;border-radius:6px;padding:16px}
.space-key{color:#626f86;font-size:12px}
.report-frame{width:100%;border:0;min-height:600px}
.toast{position:fixed;bottom:16px;left:50%;transform:translateX(-50%);background:#172b4d;color:#fff;padding:8px 16px;border-radius:3px;display:none}
`;

export const SITE_JS = String.raw`(function () {
  function toast(text) {
    var t = document.getElementById('toast');
    if (!t) return;
    t.textContent = text; t.style.display = 'block';
  }
  // Ticking a task completes it in Confluence as the signed-in user; Confluence then tells
  // the app (the sandbox delivers the task event to the app's trigger). Reload once the
  // app has handled it, so the Page Properties show what it recorded.
  document.addEventListener('change', function (e) {
    var box = e.target;
    if (!box.classList || !box.classList.contains('adf-task-box')) return;
    var id = box.getAttribute('data-task-id');
    if (!id) return;
    var status = box.checked ? 'complete' : 'incomplete';
    document.body.setAttribute('data-task-busy', 'true');
    toast(box.checked ? 'Task completed: updating the page…' : 'Task reopened: updating the page…');
    fetch('/wiki/api/v2/tasks/' + encodeURIComponent(id), { credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (task) {
        return fetch('/wiki/api/v2/tasks/' + encodeURIComponent(id), {
          method: 'PUT', credentials: 'same-origin', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ id: task.id, localId: task.localId, spaceId: task.spaceId, pageId: task.pageId, status: status })
        });
      })
      .then(function (r) {
        if (!r.ok) throw new Error('Confluence refused the change (' + r.status + ')');
        return fetch('/__site/settled', { credentials: 'same-origin' });
      })
      .then(function () { window.location.reload(); })
      .catch(function (err) { box.checked = !box.checked; document.body.removeAttribute('data-task-busy'); toast(String(err.message || err)); });
  });
  // Forge frames report their height; settings frames report a submit.
  window.addEventListener('message', function (e) {
    if (e.origin !== window.location.origin || !e.data || !e.data.ktForge) return;
    var frame = document.querySelector('iframe[data-frame-id="' + e.data.frameId + '"]');
    if (!frame) return;
    if (e.data.type === 'height' && e.data.height) frame.style.height = Math.max(120, e.data.height) + 'px';
    if (e.data.type === 'submitted' && frame.getAttribute('data-config') === 'true') {
      window.location.reload();
    }
  });
  document.addEventListener('click', function (e) {
    var btn = e.target.closest && e.target.closest('[data-edit-macro]');
    if (!btn) return;
    var box = document.getElementById('config-' + btn.getAttribute('data-edit-macro'));
    if (!box) return;
    box.hidden = !box.hidden;
    var frame = box.querySelector('iframe');
    if (frame && !box.hidden && frame.getAttribute('src') === 'about:blank') frame.setAttribute('src', frame.getAttribute('data-src'));
  });
  // Attach a file to this page through Confluence's v1 upload, as the signed-in user.
  var attach = document.getElementById('attach-form');
  if (attach) attach.addEventListener('submit', function (e) {
    e.preventDefault();
    var data = new FormData(attach);
    fetch(attach.getAttribute('data-action'), { method: 'POST', credentials: 'same-origin', headers: { 'X-Atlassian-Token': 'no-check' }, body: data })
      .then(function (r) { if (!r.ok) throw new Error('Upload failed (' + r.status + ')'); window.location.reload(); })
      .catch(function (err) { toast(String(err.message || err)); });
  });
})();`;
