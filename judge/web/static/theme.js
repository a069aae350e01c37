// Light or dark, remembered; pages that draw (the editor, the charts) listen for "themechange".
export const isDark = () => document.documentElement.dataset.theme === "dark";

export function setupTheme() {
  document.getElementById("theme-toggle").addEventListener("click", () => {
    const next = isDark() ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    localStorage.setItem("judge-theme", next);
    window.dispatchEvent(new Event("themechange"));
  });
}
