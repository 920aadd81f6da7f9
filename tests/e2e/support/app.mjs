// Starts what a real-window test needs: a virtual display (Xvfb), tauri-driver, and the
// Groundwork binary on a throwaway chapter database, and saves screenshots of each screen.

import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { seriousViolations } from "./axe.mjs";
import { Session, poll } from "./webdriver.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const binary = join(root, "target/debug/groundwork");
/** The command line, for what a test needs that the window does not offer. */
export const cliBinary = join(root, "target/debug/groundwork-cli");
export const screenshotDir = join(root, "target/e2e-screenshots");

/**
 * `count` ports free on loopback, all different: each stays taken until every one is found,
 * so the system cannot hand the same port out twice (tauri-driver and WebKitWebDriver once
 * got one port between them, and the second could not listen).
 */
function freePorts(count) {
  return new Promise((ok, fail) => {
    const servers = [];
    const next = () => {
      if (servers.length === count) {
        const ports = servers.map((s) => s.address().port);
        let open = servers.length;
        for (const s of servers) s.close(() => --open === 0 && ok(ports));
        return;
      }
      const server = createServer();
      server.on("error", fail);
      server.listen(0, "127.0.0.1", () => {
        servers.push(server);
        next();
      });
    };
    next();
  });
}

/** Waits until `child` has ended (at most `ms`), so what it held is free for the next test. */
function ended(child, ms = 10000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const timer = setTimeout(ok, ms);
    child.once("exit", () => {
      clearTimeout(timer);
      ok();
    });
  });
}

async function startDisplay(children, screen) {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  for (let n = 90 + (process.pid % 50); n < 200; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    // Xvfb writes its display's number to fd 3 once it takes connections (-displayfd). Its
    // socket file appears earlier, and an app started in between could not open the display
    // (GTK failed to start, and the test waited on a window that never came).
    const xvfb = spawn("Xvfb", [`:${n}`, "-screen", "0", `${screen}x24`, "-nolisten", "tcp", "-displayfd", "3"], {
      stdio: ["ignore", "ignore", "ignore", "pipe"],
    });
    let ready = false;
    xvfb.stdio[3].once("data", () => {
      ready = true;
    });
    // One that found the number taken after all exits at once.
    const ours = await poll(`Xvfb on :${n}`, 15000, () => {
      if (xvfb.exitCode !== null || xvfb.signalCode !== null) return "lost";
      return ready ? "ours" : null;
    });
    if (ours === "ours") {
      children.push(xvfb);
      return `:${n}`;
    }
  }
  throw new Error("no free X display number");
}

/**
 * A running test environment: one data folder (database and print folder) shared by every
 * app session started from it, so a test can quit and restart the app on the same data.
 */
export class TestApp {
  /**
   * `env`: more environment for the app (and tauri-driver), e.g. a D-Bus session's address;
   * `screen`: the virtual display's size, as wide as the largest window a test sizes.
   */
  static async start(name, { env: extra = {}, screen = "1280x800" } = {}) {
    if (!existsSync(binary)) throw new Error(`${binary} is missing: run \`make app\` first`);
    const app = new TestApp();
    app.name = name;
    app.children = [];
    app.dir = mkdtempSync(join(tmpdir(), `groundwork-e2e-${name}-`));
    app.dbPath = join(app.dir, "chapter.sqlite");
    app.printDir = join(app.dir, "printed");
    app.display = await startDisplay(app.children, screen);
    const [port, nativePort] = await freePorts(2);
    app.port = port;
    const env = {
      ...process.env,
      DISPLAY: app.display,
      GROUNDWORK_DB: app.dbPath,
      GROUNDWORK_PRINT_DIR: app.printDir,
      // File dialogs are answered from this file instead of being shown (see answerDialog).
      GROUNDWORK_DIALOG_ANSWERS: join(app.dir, "dialog-answer.txt"),
      // The web view keeps localStorage (the remembered organizer name, say) under these: a
      // folder per test app, so one run's typing never shows up in the next.
      XDG_DATA_HOME: join(app.dir, "xdg-data"),
      XDG_CONFIG_HOME: join(app.dir, "xdg-config"),
      XDG_CACHE_HOME: join(app.dir, "xdg-cache"),
      // WebKit's WebDriver takes no screenshot of a page drawn without compositing until
      // something on it changes, and with no GPU the app would draw so (src-tauri/src/rendering.rs).
      GROUNDWORK_COMPOSITING: "keep",
      ...extra,
    };
    app.env = env;
    const driver = spawn("tauri-driver", ["--port", String(app.port), "--native-port", String(nativePort)], {
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    app.children.push(driver);
    app.base = `http://127.0.0.1:${app.port}`;
    await poll("tauri-driver", 20000, async () => (await fetch(`${app.base}/status`)).ok);
    mkdirSync(screenshotDir, { recursive: true });
    return app;
  }

  /**
   * Opens the app window and waits until the UI has rendered its first screen (`ready`: what
   * that screen shows).
   */
  async open(ready = "[data-testid=welcome], [data-testid=chapter-title]") {
    this.session = await Session.start(this.base, binary);
    await this.session.waitFor(ready, 60000);
    return this.session;
  }

  /** Names a new chapter on the welcome screen and waits until the home screen shows it. */
  async newChapter(name) {
    const s = this.session;
    await s.type("[data-testid=chapter-name]", name);
    await s.click("[data-testid=start]");
    return s.waitForText("[data-testid=chapter-title]", (t) => t.includes(name));
  }

  /** Sizes the window as a laptop's screen would hold it, and waits until the page has the size. */
  async resize(width, height) {
    await this.session.cmd("POST", "/window/rect", { x: 0, y: 0, width, height });
    await poll(`a ${width}x${height} window`, 10000, async () => {
      const inner = await this.session.execute("return [window.innerWidth, window.innerHeight];");
      return Math.abs(inner[0] - width) <= 40 && Math.abs(inner[1] - height) <= 80 ? inner : null;
    });
  }

  async close() {
    if (this.session) await this.session.end();
    this.session = undefined;
  }

  /**
   * Runs the command line on this app's chapter (`chapter`: the database's path, the sample
   * chapter's for instance) while the window stays open, and answers what it printed.
   */
  cli(args, { chapter = this.dbPath } = {}) {
    if (!existsSync(cliBinary)) throw new Error(`${cliBinary} is missing: run \`make e2e\` (it builds it) first`);
    return execFileSync(cliBinary, ["--db", chapter, ...args], { encoding: "utf8" });
  }

  /** The next file dialog the app opens answers with `path`, as if a person had chosen it. */
  answerDialog(path) {
    writeFileSync(join(this.dir, "dialog-answer.txt"), path);
  }

  async screenshot(screen) {
    // Two animation frames: what the page holds has been painted, not the frame before it
    // (the first screen's picture otherwise showed "Opening the chapter…").
    await this.session.executeAsync(
      "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
    );
    const png = await this.session.screenshot();
    writeFileSync(join(screenshotDir, `${this.name}-${screen}.png`), png);
  }

  /** Saves a screenshot of the screen and asserts axe finds no serious or critical problems on it. */
  async checkScreen(screen, message = `accessibility problems on ${screen}`) {
    await this.screenshot(screen);
    assert.deepEqual(await seriousViolations(this.session), [], message);
  }

  async stop() {
    await this.close();
    const children = this.children.reverse();
    for (const child of children) child.kill("SIGTERM");
    // The display and the ports are free for the next test only once these have ended.
    await Promise.all(children.map((child) => ended(child)));
  }
}
