/**
 * What Forge's host page gives a Custom UI iframe: `window.__bridge.callBridge`, the one
 * global `@forge/bridge` calls. This copy exists only in the local site: it forwards each
 * call to the site's server (`/__forge/bridge`), which runs the app's function with the
 * Forge context of this frame. The production bundle is the same file; only this shim,
 * injected into the frame's HTML before the bundle, differs from Confluence.
 */
export const BRIDGE_SHIM_JS = String.raw`(function () {
  var frame = window.__ktFrame || {};
  function post(type, payload) {
    return fetch('/__forge/bridge', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ frame: frame, type: type, payload: payload === undefined ? null : payload })
    }).then(function (res) {
      return res.json().then(function (body) {
        if (!res.ok) {
          var e = new Error((body && body.message) || ('Forge bridge error ' + res.status));
          if (body && body.code) e.code = body.code;
          e.status = res.status;
          throw e;
        }
        return body ? body.result : undefined;
      });
    });
  }
  function toParent(msg) {
    try { window.parent.postMessage(Object.assign({ ktForge: true, frameId: frame.frameId }, msg), window.location.origin); } catch (e) {}
  }
  function callBridge(type, payload) {
    switch (type) {
      case 'invoke':
      case 'getContext':
      case 'submit':
        return post(type, payload).then(function (result) {
          if (type === 'submit') toParent({ type: 'submitted' });
          return result;
        });
      case 'navigate':
        var url = payload && (payload.url || payload.target && payload.target.url);
        if (url) {
          if (payload.type === 'new-tab') window.open(url, '_blank', 'noopener'); else window.top.location.href = url;
        }
        return Promise.resolve(true);
      case 'close':
        toParent({ type: 'close' });
        return Promise.resolve(true);
      case 'refresh':
        window.location.reload();
        return Promise.resolve(true);
      case 'getUrl':
        return Promise.resolve(payload && payload.url ? payload.url : window.top.location.href);
      case 'resize':
      case 'changeWindowTitle':
      case 'emitReadyEvent':
        return Promise.resolve(true);
      default:
        // Features the local site does not host (flags, modals, realtime...) answer "not here".
        return Promise.resolve(undefined);
    }
  }
  window.__bridge = { callBridge: callBridge };
  // Confluence sizes macro frames to their content; report our height to the host page.
  // Measure the content, not the document: the document is never shorter than the frame,
  // so reporting its height would only ever let the frame grow.
  var lastHeight = 0;
  function reportHeight() {
    var bottom = 0;
    var kids = document.body ? document.body.children : [];
    for (var i = 0; i < kids.length; i++) {
      var r = kids[i].getBoundingClientRect();
      if (r.height > 0) bottom = Math.max(bottom, r.bottom + window.scrollY);
    }
    var height = Math.ceil(bottom) + 8;
    if (Math.abs(height - lastHeight) < 2) return;
    lastHeight = height;
    toParent({ type: 'height', height: height });
  }
  var queued = false;
  function schedule() {
    if (queued) return;
    queued = true;
    requestAnimationFrame(function () { queued = false; reportHeight(); });
  }
  window.addEventListener('load', schedule);
  document.addEventListener('DOMContentLoaded', function () {
    var ro = window.ResizeObserver ? new ResizeObserver(schedule) : null;
    var watch = function () {
      if (!ro) return;
      for (var i = 0; i < document.body.children.length; i++) ro.observe(document.body.children[i]);
    };
    watch();
    new MutationObserver(function () { watch(); schedule(); }).observe(document.body, { childList: true, subtree: true, attributes: true });
    schedule();
  });
})();`;
