// Before the first paint: the theme chosen last time (or the system's), so the page never flashes.
(function () {
  var saved = localStorage.getItem("judge-theme");
  var dark = saved ? saved === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
  document.documentElement.dataset.theme = dark ? "dark" : "light";
})();
