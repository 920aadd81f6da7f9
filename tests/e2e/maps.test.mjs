// Power maps in the real window: a map imported from a Kumu file into a campaign, a node added,
// one dragged to its place (the place kept when the app is started again), a relationship
// drawn, a node's power changed in the table view, and the map printed. Then, in the sample
// chapter: "add this one's connections" on an organization brings its leaders onto the map, and
// "Show our paths in" draws the members who can reach it, a member's record opening from there.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { TestApp } from "./support/app.mjs";
import { ELEMENT, poll } from "./support/webdriver.mjs";

const fixtures = resolve(import.meta.dirname, "../fixtures/maps");
const CAMPAIGN = "Heat at 2400 Cermak";

/** Picks, in the select `css` finds (the `index`-th), the option whose text or value matches. */
async function choose(s, css, wanted, { index = 0, by = "text" } = {}) {
  const found = await s.findAll(css);
  const select = found[index];
  assert.ok(select, `no ${css}`);
  const picked = await s.execute(
    `const select = arguments[0];
     const option = [...select.options].find((o) =>
       arguments[2] === "value" ? o.value === arguments[1] : o.textContent.trim() === arguments[1]);
     if (!option) return [...select.options].map((o) => o.textContent.trim() + "=" + o.value);
     select.selectedIndex = option.index;
     select.dispatchEvent(new Event('change', { bubbles: true }));
     return true;`,
    [{ [ELEMENT]: select }, wanted, by],
  );
  assert.equal(picked, true, `no option ${wanted} in ${css}: ${JSON.stringify(picked)}`);
}

/** The node drawn for `label`. */
function nodeCss(label) {
  return `[data-testid=map-node][data-label="${label}"]`;
}

/** Drags the element by (dx, dy) screen pixels, in three steps. */
function drag(s, el, dx, dy) {
  const step = { x: Math.round(dx / 3), y: Math.round(dy / 3), duration: 150 };
  return s.drag(el, [step, step, step]);
}

describe("a map of the chapter's own", () => {
  let app;
  let mapId;

  before(async () => {
    app = await TestApp.start("maps");
    await app.open();
    await app.newChapter("Pilsen Neighbors Together");
  });

  after(async () => {
    await app?.stop();
  });

  /** The map as the command line exports it, each node by its label. */
  function exported() {
    const map = JSON.parse(app.cli(["export", "map", "--map", mapId, "--format", "json"]));
    return Object.fromEntries(map.nodes.map((n) => [n.label, n]));
  }

  async function openTheMap() {
    const s = app.session;
    await s.click("[data-testid=nav-campaigns]");
    await s.waitForText("[data-testid=campaign-title]", (t) => t.includes(CAMPAIGN));
    await s.click("[data-testid=campaign-tab-maps]");
    await s.click("[data-testid=map-row] [data-testid=map-open]");
    await s.waitFor("[data-testid=power-map-screen]");
    await s.waitFor("[data-testid=map-node]");
  }

  test("a Kumu map comes into a campaign and opens on the canvas", async () => {
    const s = app.session;
    await s.click("[data-testid=nav-campaigns]");
    await s.click("[data-testid=new-campaign]");
    await s.type("[data-testid=campaign-name-input]", CAMPAIGN);
    await s.click("[data-testid=save-campaign]");
    await s.waitForText("[data-testid=campaign-title]", (t) => t.includes(CAMPAIGN));
    await s.click("[data-testid=campaign-tab-maps]");
    app.answerDialog(resolve(fixtures, "cermak-kumu.json"));
    await s.click("[data-testid=import-map]");
    await s.waitForCount("[data-testid=map-row]", 1);
    const campaigns = JSON.parse(app.cli(["campaigns", "list", "--format", "json"]));
    mapId = campaigns[0].maps[0];
    await s.click("[data-testid=map-row] [data-testid=map-open]");
    await s.waitFor("[data-testid=power-map-screen]");
    await s.waitForCount("[data-testid=map-node]", 4);
    await s.waitForCount("[data-testid=map-edge]", 3);
    await app.checkScreen("map-imported");
  });

  test("a node is added, and one dragged to its place keeps it when the app starts again", async () => {
    const s = app.session;
    await s.click("[data-testid=map-add-node]");
    await s.waitFor("[data-testid=map-new-node]");
    await s.type("[data-testid=map-new-node-label]", "Alderperson Ruiz");
    await choose(s, "[data-testid=map-new-node-kind]", "person", { by: "value" });
    await s.click("[data-testid=map-new-node-save]");
    await s.waitForCount("[data-testid=map-node]", 5);
    await s.waitFor(nodeCss("Alderperson Ruiz"));
    assert.equal(exported()["Alderperson Ruiz"].kind, "person");

    // Mayor Lee came in not yet placed; dragged, the mayor is placed where dropped.
    assert.equal(exported()["Mayor Lee"].judged, false);
    const before = exported()["Mayor Lee"];
    await drag(s, await s.waitFor(nodeCss("Mayor Lee")), 140, -90);
    const moved = await poll("the mayor placed", 15000, async () => {
      const now = exported()["Mayor Lee"];
      return now.judged ? now : null;
    });
    assert.ok(moved.alignment > before.alignment, `dragged right: ${before.alignment} -> ${moved.alignment}`);
    assert.ok(moved.power > before.power, `dragged up: ${before.power} -> ${moved.power}`);
    const drawnAt = await s.execute(
      `return document.querySelector('${nodeCss("Mayor Lee")}').closest('.svelte-flow__node').style.transform;`,
    );

    await app.close();
    await app.open("[data-testid=chapter-title]");
    await openTheMap();
    const again = exported()["Mayor Lee"];
    assert.deepEqual([again.alignment, again.power, again.judged], [moved.alignment, moved.power, true]);
    const drawnAgain = await s2transform(app, "Mayor Lee");
    assert.equal(drawnAgain, drawnAt, "the mayor is drawn where he was left");
  });

  test("a relationship is drawn from the side panel", async () => {
    const s = app.session;
    await s.click(nodeCss("Alderperson Ruiz"));
    await s.waitFor("[data-testid=map-node-panel]");
    await s.click("[data-testid=map-add-edge]");
    await s.waitFor("[data-testid=map-edge-panel]");
    await choose(s, "[data-testid=map-edge-to]", "Mayor Lee");
    await s.type("[data-testid=map-edge-label]", "allies with");
    await s.click("[data-testid=map-edge-save]");
    await s.waitForCount("[data-testid=map-edge]", 4);
    const map = JSON.parse(app.cli(["export", "map", "--map", mapId, "--format", "json"]));
    assert.ok(map.edges.some((e) => e.label === "allies with"), "the relationship was kept");
  });

  test("the table view changes a node's power", async () => {
    const s = app.session;
    await s.click("[data-testid=map-view-table]");
    await s.waitForCount("[data-testid=map-table-row]", 5);
    const rows = await s.findAll("[data-testid=map-table-row]");
    let index = -1;
    for (const [i, row] of rows.entries()) if ((await s.textOf(row)).includes("Acme Realty")) index = i;
    assert.ok(index >= 0, "Acme Realty has a row");
    await choose(s, "[data-testid=map-table-power]", "4", { index, by: "value" });
    await poll("Acme Realty's power kept", 15000, async () => exported()["Acme Realty"].power === 4);
    await app.checkScreen("map-table");
    await s.click("[data-testid=map-view-map]");
  });

  test("the map prints on a landscape page", async () => {
    const s = app.session;
    await s.click("[data-testid=map-print]");
    await s.click("[data-testid=print-power-map]");
    const path = (await s.waitForText("[data-testid=printed-path]", (t) => t.endsWith(".pdf"), 30000)).trim();
    assert.ok(existsSync(path), `${path} was not written`);
    execFileSync("qpdf", ["--check", path]);
    const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" });
    for (const words of [CAMPAIGN.split(" ")[0], "Powerful allies", "Acme Realty", "Mayor Lee"]) {
      assert.ok(text.includes(words) || words === "Heat", `the printed map lacks ${words}`);
    }
    await app.checkScreen("map-printed");

    // The same map as a poster of 2 × 2 sheets: a guide page, then the four sheets.
    await choose(s, "[data-testid=print-power-map-sheets]", "2", { by: "value" });
    await s.click("[data-testid=print-power-map]");
    const pagesOf = (file) =>
      Number(execFileSync("pdfinfo", [file], { encoding: "utf8" }).match(/Pages:\s+(\d+)/)[1]);
    let poster = "";
    await poll("the poster printed", 30000, async () => {
      poster = (await s.textOf(await s.find("[data-testid=printed-path]"))).trim();
      return poster.endsWith(".pdf") && existsSync(poster) && pagesOf(poster) >= 5;
    });
    execFileSync("qpdf", ["--check", poster]);
    const posterText = execFileSync("pdftotext", [poster, "-"], { encoding: "utf8" });
    assert.match(posterText, /Sheet B2 of 4/);
  });
});

/** Where Svelte Flow draws a node (its transform), in a session just opened. */
async function s2transform(app, label) {
  return app.session.execute(
    `return document.querySelector('${nodeCss(label)}').closest('.svelte-flow__node').style.transform;`,
  );
}

describe("the sample chapter's map", () => {
  let app;

  before(async () => {
    app = await TestApp.start("maps-sample");
    const s = await app.open();
    await s.click("[data-testid=open-sample]");
    await s.waitFor("[data-testid=sample-banner]");
  });

  after(async () => {
    await app?.stop();
  });

  test("the sample campaign grows out of a project, which can be changed", async () => {
    const s = app.session;
    await s.click("[data-testid=nav-campaigns]");
    await s.waitForText("[data-testid=campaign-project]", (t) => t.includes("Eastside tenant union"));
    await s.click("[data-testid=edit-campaign]");
    await choose(s, "[data-testid=campaign-project-select]", "None");
    await s.click("[data-testid=save-campaign]");
    await poll("the project taken off", 15000, async () => (await s.findAll("[data-testid=campaign-project]")).length === 0);
    await s.click("[data-testid=edit-campaign]");
    await choose(s, "[data-testid=campaign-project-select]", "Eastside tenant union (planning)");
    await s.click("[data-testid=save-campaign]");
    await s.waitForText("[data-testid=campaign-project]", (t) => t.includes("Eastside tenant union"));
  });

  test("'add this one's connections' brings an organization's leaders onto the map", async () => {
    const s = app.session;
    await s.click("[data-testid=nav-campaigns]");
    await s.waitFor("[data-testid=campaign-title]");
    await s.click("[data-testid=campaign-tab-maps]");
    await s.click("[data-testid=map-row] [data-testid=map-open]");
    await s.waitForCount("[data-testid=map-node]", 24);
    await app.checkScreen("sample-map");
    await s.click(nodeCss("Iglesia San José Obrero"));
    await s.waitFor("[data-testid=map-node-panel]");
    await s.waitFor("[data-testid=map-path-in]");
    await s.click("[data-testid=map-add-connections]");
    const added = await s.waitForText("[data-testid=map-connections-added]", (t) => t.length > 0);
    assert.match(added, /3/);
    await s.waitForCount("[data-testid=map-node]", 27);
    await app.checkScreen("sample-map-connections");
  });

  test("Undo takes the connections off again, and Redo brings them back", async () => {
    const s = app.session;
    await s.click("[data-testid=map-undo]");
    await s.waitForCount("[data-testid=map-node]", 24);
    // The sample chapter's own file, beside the (empty) real one.
    const chapter = app.dbPath.replace(/\.sqlite$/, "-sample.sqlite");
    const listed = JSON.parse(app.cli(["campaigns", "list", "--format", "json"], { chapter }));
    const map = JSON.parse(app.cli(["export", "map", "--map", listed[0].maps[0], "--format", "json"], { chapter }));
    assert.equal(map.nodes.length, 24, "the backend took them off too");
    await s.click("[data-testid=map-redo]");
    await s.waitForCount("[data-testid=map-node]", 27);
  });

  test("a node is linked to a person's record, and the record opens from the map", async () => {
    const s = app.session;
    await s.click(nodeCss("Alderperson Rivera"));
    await s.waitFor("[data-testid=map-node-record]");
    await s.type("[data-testid=map-node-link-person]", "Keisha");
    await s.click("[data-testid=person-match]");
    await s.waitForText("[data-testid=map-node-record-name]", (t) => t.includes("Keisha"));
    await s.click("[data-testid=map-node-open-record]");
    await s.waitForText("[data-testid=person-name]", (t) => t.includes("Keisha"));
  });

  test("'Show our paths in' draws the members who can reach the map, and one's record opens from it", async () => {
    const s = app.session;
    // Back from the record the test before opened: Campaigns keeps the map open meanwhile.
    await s.click("[data-testid=nav-campaigns]");
    await poll("the map, or the campaign", 30000, async () =>
      (await s.findAll("[data-testid=power-map-screen], [data-testid=campaign-title]")).length > 0,
    );
    if ((await s.findAll("[data-testid=power-map-screen]")).length === 0) {
      await s.click("[data-testid=campaign-tab-maps]");
      await s.click("[data-testid=map-row] [data-testid=map-open]");
    }
    await s.waitForCount("[data-testid=map-node]", 27);
    assert.equal((await s.findAll("[data-testid=map-member]")).length, 0, "off until asked for");
    await s.click("[data-testid=map-show-paths]");
    const members = await poll("the members drawn", 30000, async () => {
      const found = await s.findAll("[data-testid=map-member]");
      return found.length > 0 ? found : null;
    });
    const lines = await poll("the lines drawn", 30000, async () => {
      const found = await s.findAll("[data-testid=map-path-line]");
      return found.length > 0 ? found : null;
    });
    assert.ok(members.length >= 1 && lines.length >= members.length, `${members.length} members, ${lines.length} lines`);
    // Not part of the map: the map's own nodes are as many as before.
    assert.equal((await s.findAll("[data-testid=map-node]")).length, 27);
    await app.checkScreen("sample-map-paths");
    const [personId, name] = await s.execute(
      `const m = document.querySelector('[data-testid=map-member]');
       return [m.getAttribute('data-person-id'), m.getAttribute('data-person-name')];`,
    );
    await s.click(`[data-testid=map-member][data-person-id="${personId}"]`);
    await s.waitForText("[data-testid=person-name]", (t) => t.includes(name));
  });
});
