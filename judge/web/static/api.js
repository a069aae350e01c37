// Calls to the server: the token rides in a header on every call (security.py refuses a change without it).
const token = document.querySelector('meta[name="judge-token"]').content;

export class ApiError extends Error {}

async function request(method, url, body) {
  const options = { method, headers: { "X-Judge-Token": token } };
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(url, options);
  const text = await response.text();
  let data;
  try { data = text ? JSON.parse(text) : {}; } catch { data = { error: text }; }
  if (!response.ok) throw new ApiError(data.error || `${response.status} ${response.statusText}`);
  return data;
}

export const get = (url) => request("GET", url);
export const post = (url, body = {}) => request("POST", url, body);
export const put = (url, body) => request("PUT", url, body);

// A POST whose answer is server-sent events: onEvent(kind, data) for each, in order.
export async function stream(url, body, onEvent) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "X-Judge-Token": token, "Content-Type": "application/json", Accept: "text/event-stream" },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const text = await response.text();
    let message = text;
    try { message = JSON.parse(text).error || text; } catch { /* plain text */ }
    throw new ApiError(message);
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let kind = "message", data = "";
      for (const line of block.split("\n")) {
        if (line.startsWith("event: ")) kind = line.slice(7);
        else if (line.startsWith("data: ")) data += line.slice(6);
      }
      onEvent(kind, data ? JSON.parse(data) : {});
    }
  }
}

export const pid = (id) => encodeURIComponent(id);
