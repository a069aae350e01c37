// One file on disk: the editor's changes are saved (debounced), and a save from another editor shows up here.
import { get, put, pid } from "./api.js";

const SAVE_AFTER_MS = 400;
const POLL_MS = 1000;

export function syncFile(problemId, initial, editor, onStatus) {
  let mtime = initial.mtime_ns;
  let timer = null;
  let saving = Promise.resolve();
  let pending = false;

  async function save() {
    timer = null;
    const code = editor.getCode();
    onStatus("saving…");
    saving = put(`/api/problems/${pid(problemId)}/code`, { code }).then((r) => {
      mtime = r.mtime_ns;
      pending = timer !== null;
      onStatus(pending ? "editing" : `saved to ${initial.file}`);
    }).catch((e) => onStatus(`not saved: ${e.message}`));
    await saving;
  }

  function changed() {
    pending = true;
    onStatus("editing");
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_AFTER_MS);
  }

  async function poll() {
    if (pending || timer) return;
    try {
      const { mtime_ns } = await get(`/api/problems/${pid(problemId)}/code/mtime`);
      if (mtime_ns !== mtime && !pending && !timer) {
        const file = await get(`/api/problems/${pid(problemId)}/code`);
        mtime = file.mtime_ns;
        if (file.code !== editor.getCode()) {
          editor.setCode(file.code);
          onStatus(`reloaded: ${file.file} changed on disk`);
        }
      }
    } catch { /* the server is gone or busy: the next poll tries again */ }
  }
  const poller = setInterval(poll, POLL_MS);

  return {
    changed,
    // Before Run or Submit: whatever is typed is on disk (the request carries the code too).
    async flush() { if (timer) { clearTimeout(timer); await save(); } else await saving; },
    stop() { clearInterval(poller); clearTimeout(timer); },
  };
}
