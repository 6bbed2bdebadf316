/* Alert Reader embed: <div data-alert-reader-embed data-country="AZ"> becomes
   a sandboxed, self-sizing iframe of the reader's /embed/ view. Plain JS, no
   dependencies. Docs: embed.html next to this file. */
(function () {
  var me = document.currentScript;
  if (!me) return;
  var root = new URL(".", me.src), origin = root.origin, frames = {}, count = 0;
  var keys = ["country", "type", "limit", "theme", "accent", "transparent", "lang", "compact", "region"];

  function build(el) {
    if (el.hasAttribute("data-alert-reader-ready")) return;
    el.setAttribute("data-alert-reader-ready", "");
    var d = el.dataset, id = "alert-reader-" + ++count, q = new URLSearchParams();
    keys.forEach(function (k) { if (d[k] != null) q.set(k, d[k]); });
    q.set("frame", id);
    var f = document.createElement("iframe");
    f.src = new URL((d.alert ? "embed/alert/" + encodeURIComponent(d.alert) : d.board ? "embed/board" : "embed/latest") + "?" + q, root).href;
    f.title = d.title || (d.alert ? "Alert" : d.board ? "Situation board" : "Latest alerts") + " (Alert Reader)";
    f.loading = "lazy";
    // The panel needs no knowledge of the page it sits on.
    f.referrerPolicy = "no-referrer";
    // Scripts and its own origin's data for the app; popups for links that
    // open the full reader in a new tab, unsandboxed. No forms, no top
    // navigation, no downloads, no modals.
    f.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
    f.id = id;
    // A fixed height until the panel reports its own (also if its scripts never run).
    f.style.cssText = "display:block;width:100%;border:0;height:" + (parseInt(d.height, 10) || 420) + "px";
    frames[id] = f;
    el.textContent = "";
    el.appendChild(f);
  }

  addEventListener("message", function (e) {
    var m = e.data, f = m && frames[m.frame];
    // Only the reader's origin, only from the frame it names, only our type.
    if (e.origin !== origin || !f || e.source !== f.contentWindow || m.type !== "alert-reader:height") return;
    var h = Math.round(+m.height);
    if (h > 0) f.style.height = Math.min(Math.max(h, 80), 4000) + "px";
  });

  function scan() { [].forEach.call(document.querySelectorAll("[data-alert-reader-embed]"), build); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
})();
