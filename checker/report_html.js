// report_html.js - the HTML report's filters, compiled into memcheck and inlined
// in the page (whose Content-Security-Policy allows this script by its SHA-256
// only). Without it the page is whole: the tables' links still go to the first
// finding of their rule or file; the filter bar stays hidden.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var selects = form.querySelectorAll("select");
  var findings = document.querySelectorAll(".finding");

  // A finding is shown when it matches every filter that is set.
  function apply() {
    var shown = 0;
    findings.forEach(function (f) {
      var match = Array.prototype.every.call(selects, function (s) {
        return s.value === "" || f.getAttribute("data-" + s.name) === s.value;
      });
      f.hidden = !match;
      shown += match ? 1 : 0;
    });
    document.getElementById("shown").textContent = shown + " of " + findings.length + " shown";
  }

  selects.forEach(function (s) {
    s.addEventListener("change", apply);
  });
  // A rule or file of the tables: show its findings only, then go to the first.
  document.querySelectorAll("a[data-filter]").forEach(function (a) {
    a.addEventListener("click", function () {
      selects.forEach(function (s) {
        s.value = s.name === a.getAttribute("data-filter") ? a.getAttribute("data-value") : "";
      });
      apply();
    });
  });
  document.getElementById("clear").addEventListener("click", function () {
    selects.forEach(function (s) {
      s.value = "";
    });
    apply();
  });
  form.hidden = false;
  apply();
})();
