// Building elements without innerHTML for anything a user or a submission wrote.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (name === "class") element.className = value;
    else if (name === "dataset") Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function clear(element, ...children) {
  element.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

export const json = (value) => JSON.stringify(value);

export function minutes(seconds) {
  if (seconds === null || seconds === undefined) return "–";
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export function tabs(names, onPick) {
  const bar = h("div", { class: "tabs", role: "tablist" });
  const buttons = names.map(([key, label]) =>
    h("button", { class: "tab", role: "tab", dataset: { tab: key }, onclick: () => pick(key) }, label));
  bar.append(...buttons);
  function pick(key) {
    for (const button of buttons) button.classList.toggle("active", button.dataset.tab === key);
    onPick(key);
  }
  bar.pick = pick;
  return bar;
}
