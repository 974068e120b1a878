// quotewire pages: link article text and side list, and extract pasted text live.
// No article text is ever turned into markup here: the server escapes it.
(function () {
  "use strict";

  function linkStatements(root) {
    root.querySelectorAll(".statement").forEach(function (item) {
      var index = item.getAttribute("data-index");
      var spans = root.querySelectorAll('.text [data-st~="' + index + '"]');
      item.addEventListener("mouseenter", function () { spans.forEach(function (s) { s.classList.add("focus"); }); });
      item.addEventListener("mouseleave", function () { spans.forEach(function (s) { s.classList.remove("focus"); }); });
      item.addEventListener("click", function (event) {
        if (event.target.tagName === "A" || !spans.length) return;
        spans[0].scrollIntoView({ behavior: "smooth", block: "center" });
      });
    });
    root.querySelectorAll(".text [data-st]").forEach(function (span) {
      span.addEventListener("click", function () {
        var first = span.getAttribute("data-st").split(" ")[0];
        var item = root.querySelector('.statement[data-index="' + first + '"]');
        if (item) { item.scrollIntoView({ behavior: "smooth", block: "nearest" }); item.classList.add("focus");
          setTimeout(function () { item.classList.remove("focus"); }, 1200); }
      });
    });
  }

  function pasteLive() {
    var form = document.getElementById("paste-form");
    if (!form) return;
    var text = document.getElementById("paste-text");
    var live = document.getElementById("live");
    var status = document.getElementById("paste-status");
    var result = document.getElementById("paste-result");
    var timer = null, seq = 0;

    function run() {
      if (!text.value.trim()) { result.textContent = ""; status.textContent = ""; return; }
      var mine = ++seq;
      status.textContent = "extracting…";
      var body = new URLSearchParams();
      body.set("text", text.value);
      fetch("/paste", { method: "POST", body: body, headers: { "X-Fragment": "1" } })
        .then(function (response) {
          return response.text().then(function (html) { return { ok: response.ok, html: html }; });
        })
        .then(function (answer) {
          if (mine !== seq) return;
          if (!answer.ok) { status.textContent = "could not extract this text"; return; }
          result.innerHTML = answer.html;  // server-rendered, every text escaped
          status.textContent = result.querySelectorAll(".statement").length + " statements";
          linkStatements(result);
        })
        .catch(function () { if (mine === seq) status.textContent = "server unreachable"; });
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    text.addEventListener("input", function () {
      if (!live.checked) return;
      clearTimeout(timer);
      timer = setTimeout(run, 700);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    linkStatements(document);
    pasteLive();
  });
})();
