// A small W3C WebDriver client over Node's fetch: just what the end-to-end tests use.
// Every wait polls for a condition with a deadline; nothing sleeps for a fixed time.

import assert from "node:assert/strict";

/** The key under which W3C WebDriver passes an element reference. */
export const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** Keys for Element Send Keys (the WebDriver spec's key codes). */
export const Keys = Object.freeze({
  ENTER: "\uE007",
  ESCAPE: "\uE00C",
  // Control+A, then the Null key to let Control go. Sent on its own: WebKitWebDriver drops text
  // sent after the Null key in the same command.
  SELECT_ALL: "\uE009a\uE000",
  CTRL_ENTER: "\uE009\uE007\uE000",
});

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async start(base, application) {
    const body = { capabilities: { alwaysMatch: { "tauri:options": { application } } } };
    const value = await call(base, "POST", "/session", body);
    return new Session(base, value.sessionId);
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async find(css) {
    const value = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return value[ELEMENT];
  }

  async findAll(css) {
    const value = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return value.map((v) => v[ELEMENT]);
  }

  /**
   * Waits until exactly `count` elements match `css` and returns them: a list that fills in
   * parts (a count first, its rows after) is read only once it has settled.
   */
  async waitForCount(css, count, timeoutMs = 30000) {
    return poll(`${count} of ${css}`, timeoutMs, async () => {
      const found = await this.findAll(css);
      return found.length === count ? found : null;
    });
  }

  /** Waits until `css` matches a displayed element and returns it. */
  async waitFor(css, timeoutMs = 30000) {
    return poll(`element ${css}`, timeoutMs, async () => {
      const found = await this.findAll(css);
      for (const el of found) {
        if (await this.cmd("GET", `/element/${el}/displayed`)) return el;
      }
      return null;
    });
  }

  /** Waits until the text of `css` satisfies `predicate`, and returns that text. */
  async waitForText(css, predicate, timeoutMs = 30000) {
    return poll(`text of ${css}`, timeoutMs, async () => {
      const found = await this.findAll(css);
      if (found.length === 0) return null;
      const text = await this.textOf(found[0]);
      return predicate(text) ? text : null;
    });
  }

  async click(css) {
    const el = await this.waitFor(css);
    await this.cmd("POST", `/element/${el}/click`, {});
  }

  async clear(css) {
    const el = await this.waitFor(css);
    await this.cmd("POST", `/element/${el}/clear`, {});
  }

  async type(css, text) {
    const el = await this.waitFor(css);
    await this.cmd("POST", `/element/${el}/value`, { text });
  }

  /**
   * Replaces what a field holds, the way a person would: select all, then type. (Element Clear
   * empties a field without the input event Svelte listens to.) With `check`, asserts that the
   * field then holds exactly `text`.
   */
  async typeOver(css, text, { check = false } = {}) {
    await this.type(css, Keys.SELECT_ALL);
    await this.type(css, text);
    if (check) {
      const value = await this.execute("return document.querySelector(arguments[0]).value;", [css]);
      assert.equal(value, text, `${css} holds "${value}"`);
    }
  }

  /** Types into the `index`-th element matching `css` (for fields without their own id). */
  async typeAt(css, index, text) {
    await this.waitFor(css);
    const found = await this.findAll(css);
    if (!found[index]) throw new Error(`no element ${index} for ${css}`);
    await this.cmd("POST", `/element/${found[index]}/value`, { text });
  }

  async text(css) {
    return this.textOf(await this.waitFor(css));
  }

  /** The element's rendered text. WebKitWebDriver's own "text" command answers "" for some
   *  elements (rows in a virtual list), so ask the page instead. */
  textOf(el) {
    return this.execute("const e = arguments[0]; return (e.innerText || e.textContent || '').trim();", [
      { [ELEMENT]: el },
    ]);
  }

  execute(script, args = []) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  executeAsync(script, args = []) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  /**
   * Presses the mouse on `el`'s middle, moves it by each step in turn (`{ x, y, duration }`,
   * screen pixels from where it was), and lets go: a drag the way a hand makes one.
   */
  async drag(el, steps) {
    await this.cmd("POST", "/actions", {
      actions: [
        {
          type: "pointer",
          id: "mouse",
          parameters: { pointerType: "mouse" },
          actions: [
            { type: "pointerMove", origin: { [ELEMENT]: el }, x: 0, y: 0, duration: 0 },
            { type: "pointerDown", button: 0 },
            ...steps.map(({ x, y, duration }) => ({ type: "pointerMove", origin: "pointer", x, y, duration })),
            { type: "pointerUp", button: 0 },
          ],
        },
      ],
    });
    await this.cmd("DELETE", "/actions");
  }

  async screenshot() {
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }

  async end() {
    try {
      await this.cmd("DELETE", "");
    } catch {
      // The app may already be gone; nothing left to close.
    }
  }
}

/** Longer than any command takes (an async script's own limit is 30 s), short of CI's. */
const COMMAND_TIMEOUT_MS = 120000;

export async function call(base, method, path, body) {
  // A command the driver never answers (an app that died starting, say) fails the test
  // instead of holding the whole run until CI's limit.
  const response = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
  }).catch((reason) => {
    if (reason?.name !== "TimeoutError") throw reason;
    throw new Error(`${method} ${path}: no answer from the driver in ${COMMAND_TIMEOUT_MS / 1000} s`);
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok || (json.value && json.value.error)) {
    const v = json.value || {};
    const err = new Error(`${method} ${path}: ${v.error || response.status} ${v.message || ""}`);
    err.webdriverError = v.error;
    throw err;
  }
  return json.value;
}

/** Calls `probe` until it returns something other than null/undefined, or times out. */
export async function poll(what, timeoutMs, probe) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError.message}` : ""}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
