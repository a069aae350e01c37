// A problem page, side by side: statement | editor over the console (testcases, result).
import { get, post, stream, pid } from "./api.js";
import { h, clear, tabs } from "./dom.js";
import { statementPane } from "./statement.js";
import { createEditor, completion, setCompletion } from "./editor.js";
import { syncFile } from "./filesync.js";
import { customInputs, runResults } from "./console.js";
import { progressView, verdictPanel, problemPanel } from "./verdict.js";
import { submissionsPane } from "./submissions.js";
import { roundControls, estimatePrompt } from "./roundbar.js";
import { refreshClock } from "./clock.js";

export async function showProblem(view, problemId) {
  const [problem, file] = await Promise.all([get(`/api/problems/${pid(problemId)}`),
    get(`/api/problems/${pid(problemId)}/code`)]);
  view.className = "problem-view";

  const left = h("section", { class: "pane left" });
  const leftBody = h("div", { class: "pane-body" });
  const statement = statementPane(problem, async () => (await post(`/api/problems/${pid(problemId)}/hint`)).hints);
  const leftTabs = tabs([["description", "Description"], ["submissions", "Submissions"]], (key) => {
    if (key === "description") clear(leftBody, statement);
    else submissionsPane(leftBody, problemId, (code) => { editor.setCode(code); sync.changed(); });
  });
  left.append(leftTabs, leftBody);

  const status = h("span", { class: "muted file-status" }, `editing ${file.file}`);
  const completionBox = h("input", { type: "checkbox", checked: completion(),
    onchange: (e) => setCompletion(e.target.checked) });
  const editorHost = h("div", { class: "editor-host" });
  const runButton = h("button", { class: "secondary", dataset: { action: "run" }, onclick: () => runNow() }, "Run");
  const submitButton = h("button", { class: "primary", dataset: { action: "submit" }, onclick: () => submitNow() }, "Submit");
  const controls = h("div", { class: "round-controls" });
  const editorBar = h("div", { class: "editor-bar" }, h("span", { class: "lang" }, "Python 3"), status,
    h("div", { class: "spacer" }), h("label", { class: "muted small-label" }, completionBox, " autocomplete"), controls);

  const consoleBody = h("div", { class: "console-body" });
  const inputs = customInputs(problem);
  const result = h("div", { class: "result" }, h("p", { class: "muted" }, "Run or Submit to see results here."));
  const consoleTabs = tabs([["testcases", "Testcases"], ["result", "Result"]], (key) =>
    clear(consoleBody, key === "testcases" ? inputs.element : result));
  const consoleBar = h("div", { class: "console-bar" }, consoleTabs, h("div", { class: "spacer" }), runButton, submitButton);
  const right = h("section", { class: "pane right" }, editorBar, editorHost,
    h("div", { class: "console" }, consoleBar, consoleBody));
  clear(view, left, right);

  leftTabs.pick("description");
  consoleTabs.pick("testcases");
  const editor = createEditor(editorHost, file.code, () => sync.changed());
  const sync = syncFile(problemId, file, editor, (text) => { status.textContent = text; });
  const rounds = roundControls(controls, problem, () => refreshClock());

  function busy(on) { runButton.disabled = on; submitButton.disabled = on; }

  async function runNow() {
    busy(true);
    consoleTabs.pick("result");
    clear(result, h("p", { class: "muted" }, "Running the examples…"));
    try {
      await sync.flush();
      const data = await post(`/api/problems/${pid(problemId)}/run`, { code: editor.getCode(), inputs: inputs.values() });
      runResults(result, data);
    } catch (error) {
      problemPanel(result, error.message);
    } finally { busy(false); }
  }

  let starterArmed = null; // when the untouched starter's Submit was pressed: a second press within 3 s sends it

  async function submitNow() {
    const armed = starterArmed !== null && performance.now() - starterArmed <= 3000;
    if (editor.getCode() === problem.starter && !armed) {
      starterArmed = performance.now();
      consoleTabs.pick("result");
      clear(result, h("p", { class: "reason" }, "This is still the starter file: press Submit again to send it anyway."));
      return;
    }
    starterArmed = null;
    const round = rounds.state();
    let estimate;
    if (round && round.timed && round.needs_estimate) {
      estimate = await estimatePrompt(result, () => consoleTabs.pick("result"));
      if (estimate === null) return;
    }
    busy(true);
    consoleTabs.pick("result");
    const progress = progressView(result);
    try {
      await sync.flush();
      await stream(`/api/problems/${pid(problemId)}/submit`, { code: editor.getCode(), estimate }, (kind, data) => {
        if (kind === "started") progress.started();
        else if (kind === "case") progress.caseDone(data);
        else if (kind === "result") {
          progress.stop();
          if (data.verdict) {
            verdictPanel(result, data);
            editor.markLines((data.complexity && data.complexity.hints) || []);
          } else problemPanel(result, data.problem);
        } else if (kind === "error") { progress.stop(); problemPanel(result, data.message); }
      });
    } catch (error) {
      problemPanel(result, error.message);
    } finally {
      busy(false);
      rounds.refresh();
      refreshClock();
    }
  }

  editor.cm.focus();
  return () => { sync.stop(); editor.dispose(); rounds.stop(); };
}
