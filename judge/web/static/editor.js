// The editor: CodeMirror 5 in Python mode, no completion unless asked (like a shared interview editor).
import { isDark } from "./theme.js";

const COMPLETION_KEY = "judge-autocomplete";

export function createEditor(parent, code, onChange) {
  const editor = window.CodeMirror(parent, {
    value: code, mode: "python", lineNumbers: true, indentUnit: 4, tabSize: 4, indentWithTabs: false,
    matchBrackets: true, gutters: ["CodeMirror-linenumbers", "judge-notes"],
    theme: isDark() ? "material-darker" : "default",
    extraKeys: { Tab: (cm) => cm.execCommand(cm.somethingSelected() ? "indentMore" : "insertSoftTab"),
                 "Shift-Tab": "indentLess", "Ctrl-Space": (cm) => completion() && cm.showHint({ hint: window.CodeMirror.hint.anyword }) },
  });
  const retheme = () => editor.setOption("theme", isDark() ? "material-darker" : "default");
  window.addEventListener("themechange", retheme);
  let quiet = false; // a change made by setCode (the file changed on disk) is not saved back
  editor.on("change", () => { if (!quiet) onChange(editor.getValue()); });
  editor.on("inputRead", (cm, change) => {
    if (completion() && /\w/.test(change.text.join(""))) cm.showHint({ hint: window.CodeMirror.hint.anyword, completeSingle: false });
  });
  return {
    cm: editor,
    getCode: () => editor.getValue(),
    setCode(text) {
      if (text === editor.getValue()) return;
      const cursor = editor.getCursor();
      quiet = true;
      editor.setValue(text);
      quiet = false;
      editor.setCursor(cursor);
    },
    // The complexity note's lines: a mark in the gutter, the message on hover, the line tinted.
    markLines(hints) {
      editor.clearGutter("judge-notes");
      for (let i = 0; i < editor.lineCount(); i++) editor.removeLineClass(i, "background", "noted-line");
      for (const hint of hints) {
        const line = hint.line - 1;
        if (line < 0 || line >= editor.lineCount()) continue;
        const mark = document.createElement("span");
        mark.className = "gutter-note";
        mark.textContent = "▲";
        mark.title = `${hint.code}: ${hint.message}`;
        editor.setGutterMarker(line, "judge-notes", mark);
        editor.addLineClass(line, "background", "noted-line");
      }
    },
    dispose() { window.removeEventListener("themechange", retheme); },
  };
}

export const completion = () => localStorage.getItem(COMPLETION_KEY) === "on";
export function setCompletion(on) { localStorage.setItem(COMPLETION_KEY, on ? "on" : "off"); }
