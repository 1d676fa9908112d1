/*
 * circular-trade: sizes an embed's iframe to its content. The iframe snippet
 * loads this file instead of an inline script, so it runs on a host whose
 * Content-Security-Policy allows scripts from the map's origin but no inline
 * code; styles are set through the CSSOM, which no style-src policy blocks.
 * Only messages from its own iframe, from the map's origin, of the right type
 * and frame id, with a height from 100 to 4000 px, are obeyed.
 */
(function () {
  var me = document.currentScript;
  if (!me || !me.src) return;
  var origin = new URL(me.src, document.baseURI).origin;
  var id = me.getAttribute('data-frame');
  var frame = id ? document.getElementById(id) : null;
  if (!frame || frame.tagName !== 'IFRAME') return;
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.border = '0';
  window.addEventListener('message', function (e) {
    if (e.source !== frame.contentWindow || e.origin !== origin) return;
    var d = e.data;
    if (!d || d.type !== 'circular-trade:height' || d.frame !== id) return;
    var h = Math.round(Number(d.height));
    if (h >= 100 && h <= 4000) frame.style.height = h + 'px';
  });
  // This file loads async: the frame may have reported its height before we
  // listened. Ask again now and whenever it (re)loads; the height is no secret.
  var ask = function () {
    if (frame.contentWindow)
      frame.contentWindow.postMessage({ type: 'circular-trade:measure', frame: id }, '*');
  };
  frame.addEventListener('load', ask);
  ask();
})();
