// Frame times while a node is dragged across a power map of 300 nodes and 900 relationships,
// in the real app window (WebKitGTK under Xvfb, driven through tauri-driver like the
// end-to-end tests). Printed, never asserted: `make bench` reports them.
//
// The map comes in as a Kumu file through the command line; the window opens it, the page
// records every animation frame's time, and a node is dragged in small steps for about three
// seconds. What a user feels is the gap between frames while the pointer moves.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { TestApp } from "../tests/e2e/support/app.mjs";

const NODES = 300;
const EDGES = 900;

/** A Kumu blueprint of `nodes` people and institutions and `edges` relationships. */
function blueprint(nodes, edges) {
  const kinds = ["Person", "Organization", "Government", "Business", "Media"];
  const elements = Array.from({ length: nodes }, (_, i) => ({
    id: `e${i}`,
    attributes: { label: `Node ${i}`, "element type": kinds[i % kinds.length] },
  }));
  const connections = Array.from({ length: edges }, (_, i) => ({
    id: `c${i}`,
    from: `e${i % nodes}`,
    to: `e${(i * 7 + 13) % nodes === i % nodes ? (i + 1) % nodes : (i * 7 + 13) % nodes}`,
    attributes: { "connection type": "knows" },
    direction: "directed",
  }));
  return { elements, connections };
}

function stats(gaps) {
  const sorted = [...gaps].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    frames: sorted.length,
    median: at(0.5),
    p95: at(0.95),
    slowest: sorted[sorted.length - 1],
    over33: sorted.filter((g) => g > 33.4).length,
  };
}

/** Drags a node for about three seconds with the window drawn as `compositing` asks. */
async function measure(compositing, what) {
  const app = await TestApp.start("drag-bench", { screen: "1440x900", env: { GROUNDWORK_COMPOSITING: compositing } });
  try {
    await app.open();
    await app.newChapter("Drag Benchmark");
    const file = join(app.dir, "big-map.kumu.json");
    writeFileSync(file, JSON.stringify(blueprint(NODES, EDGES)));
    const campaign = app.cli(["campaigns", "add", "--name", "Benchmark campaign"]).trim();
    console.log(app.cli(["import-map", file, "--campaign", campaign]).trim());

    const s = app.session;
    await app.resize(1440, 900);
    await s.click("[data-testid=nav-campaigns]");
    await s.waitForText("[data-testid=campaign-title]", (t) => t.includes("Benchmark campaign"));
    await s.click("[data-testid=campaign-tab-maps]");
    await s.click("[data-testid=map-row] [data-testid=map-open]");
    await s.waitFor("[data-testid=power-map-screen]");
    await s.waitForCount("[data-testid=map-node]", NODES, 60000);

    await s.execute(`
      window.__frames = [];
      const loop = (t) => { window.__frames.push(t); requestAnimationFrame(loop); };
      requestAnimationFrame(loop);`);
    if (process.env.HIDE) {
      // For finding where the time goes: HIDE=".svelte-flow__edges" (a CSS selector) hides that
      // part of the window, and the difference is what drawing it costs.
      await s.execute(`document.querySelectorAll(arguments[0]).forEach((e) => (e.style.display = "none"));`, [process.env.HIDE]);
    }
    // At rest first, once the map has settled: what the window gives with nothing moving.
    await new Promise((r) => setTimeout(r, 5000));
    const idle = await s.executeAsync(`
      const done = arguments[arguments.length - 1];
      const t0 = performance.now();
      setTimeout(() => done(window.__frames.filter((t) => t >= t0)), 2000);`);
    const idleGaps = idle.slice(1).map((t, i) => t - idle[i]);
    const rest = stats(idleGaps);
    console.log(`at rest: ${rest.frames} frames in 2 s, median ${rest.median?.toFixed(1)} ms`);
    const node = await s.waitFor("[data-testid=map-node]");
    const steps = 60;
    const moves = [];
    for (let i = 0; i < steps; i++) {
      const dx = Math.round(4 * Math.cos((i / steps) * 2 * Math.PI));
      const dy = Math.round(4 * Math.sin((i / steps) * 2 * Math.PI));
      moves.push({ x: dx, y: dy, duration: 50 });
    }
    const started = await s.execute("return performance.now();");
    await s.drag(node, moves);
    const ended = await s.execute("return performance.now();");
    const frames = await s.execute(
      "return window.__frames.filter((t) => t >= arguments[0] && t <= arguments[1]);",
      [started, ended],
    );
    const gaps = frames.slice(1).map((t, i) => t - frames[i]);
    const { frames: count, median, p95, slowest, over33 } = stats(gaps);
    console.log(
      `dragging a node on a map of ${NODES} nodes and ${EDGES} relationships in the app window: ` +
        `${count} frames in ${((ended - started) / 1000).toFixed(1)} s, ` +
        `median ${median.toFixed(1)} ms, 95th percentile ${p95.toFixed(1)} ms, slowest ${slowest.toFixed(1)} ms, ` +
        `${over33} frames over 33 ms (${what})`,
    );
  } finally {
    await app.stop();
  }
}

// As the app draws on a machine with no graphics driver (this one: Xvfb), and as it would if
// it kept WebKit's compositing (done in software here), for comparison.
await measure("auto", "drawn directly, as the app does without a GPU");
await measure("keep", "composited in software, for comparison");
