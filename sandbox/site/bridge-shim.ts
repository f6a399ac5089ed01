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
  function reportHeight() { toParent({ type: 'height', height: Math.ceil(document.documentElement.scrollHeight) }); }
  window.addEventListener('load', reportHeight);
  if (window.ResizeObserver) {
    document.addEventListener('DOMContentLoaded', function () { new ResizeObserver(reportHeight).observe(document.body); });
  } else {
    setInterval(reportHeight, 500);
  }
})();`;
