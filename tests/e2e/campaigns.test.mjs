// Campaigns in the real window: a campaign started (a nameless one refused first), its
// strategy chart filled in column by column, a tactic aimed at the primary target, saved,
// and read back after leaving the area; then the chart printed on one landscape page.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { TestApp } from "./support/app.mjs";
import { ELEMENT, poll } from "./support/webdriver.mjs";

const CAMPAIGN = "Heat at 2400 Cermak";
let app;

before(async () => {
  app = await TestApp.start("campaigns");
  await app.open();
  await app.newChapter("Pilsen Neighbors Together");
});

after(async () => {
  await app?.stop();
});

/**
 * Clicks what `css` finds after bringing it to the middle of the view: the chart's save bar
 * sticks to the bottom of the window and would take a click meant for what scrolled under it.
 */
async function clickCentred(css) {
  const s = app.session;
  const el = await s.waitFor(css);
  await s.execute("arguments[0].scrollIntoView({ block: 'center' });", [{ [ELEMENT]: el }]);
  await s.cmd("POST", `/element/${el}/click`, {});
}

/** Types into the `index`-th line of a section, adding the line first. */
async function addLine(section, text) {
  const s = app.session;
  const within = `[data-testid=chart-section-${section}]`;
  const before = (await s.findAll(`${within} [data-testid=chart-line]`)).length;
  await clickCentred(`${within} [data-testid=chart-add-line]`);
  await s.waitForCount(`${within} [data-testid=chart-line]`, before + 1);
  await s.typeAt(`${within} [data-testid=chart-line]`, before, text);
}

/** Picks the option whose text is `text` in a select, the way a person would. */
async function choose(css, text) {
  const s = app.session;
  const select = await s.waitFor(css);
  const picked = await s.execute(
    `const select = arguments[0];
     const option = [...select.options].find((o) => o.textContent.trim() === arguments[1]);
     if (!option) return false;
     select.value = option.value;
     select.dispatchEvent(new Event('change', { bubbles: true }));
     return true;`,
    [{ [ELEMENT]: select }, text],
  );
  assert.ok(picked, `no option ${text} in ${css}`);
}

async function lineTexts(section) {
  return app.session.execute(
    `return [...document.querySelectorAll('[data-testid=chart-section-${section}] [data-testid=chart-line]')].map((l) => l.value);`,
  );
}

test("a campaign needs a name; with one, it is started and opened", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-campaigns]");
  await s.waitFor("[data-testid=campaigns-empty]");
  await app.checkScreen("campaigns-empty");
  await s.click("[data-testid=new-campaign]");
  await s.waitFor("[data-testid=campaign-form]");
  await s.click("[data-testid=save-campaign]");
  const refused = await s.waitForText("[data-testid=campaign-form] [data-testid=error]", (t) => t.length > 0);
  assert.match(refused, /name/i);
  assert.equal((await s.findAll("[data-testid=campaign-row]")).length, 0, "nothing was added");

  await s.type("[data-testid=campaign-name-input]", CAMPAIGN);
  await s.type("[data-testid=campaign-issue-input]", "No heat since October in six buildings");
  await s.click("[data-testid=save-campaign]");
  await s.waitForText("[data-testid=campaign-title]", (t) => t.includes(CAMPAIGN));
  await s.waitForCount("[data-testid=campaign-row]", 1);
});

test("the strategy chart is filled in, a tactic aimed at the target, saved and read back", async () => {
  const s = app.session;
  await s.click("[data-testid=campaign-tab-chart]");
  await s.waitFor("[data-testid=strategy-chart]");
  await addLine("long_term_goal", "Every building in Pilsen heated all winter");
  await addLine("short_term_goal", "Heat on by December 15");
  await addLine("allies", "St. Pius parish");
  await addLine("primary_target", "Alderperson Ruiz");
  await addLine("tactic", "Deliver the petition at the ward office");
  await choose("[data-testid=chart-section-tactic] [data-testid=chart-target]", "Alderperson Ruiz");
  await app.checkScreen("campaign-chart");
  await clickCentred("[data-testid=save-chart]");
  await s.waitFor("[data-testid=saved]");

  // Away and back: what was saved comes back, the tactic still aimed at the target.
  await s.click("[data-testid=nav-people]");
  await s.click("[data-testid=nav-campaigns]");
  await s.waitForText("[data-testid=campaign-title]", (t) => t.includes(CAMPAIGN));
  await s.click("[data-testid=campaign-tab-chart]");
  await poll("the saved chart", 15000, async () => (await lineTexts("primary_target"))[0] === "Alderperson Ruiz");
  assert.deepEqual(await lineTexts("long_term_goal"), ["Every building in Pilsen heated all winter"]);
  assert.deepEqual(await lineTexts("tactic"), ["Deliver the petition at the ward office"]);
  const aimed = await s.execute(
    "const select = document.querySelector('[data-testid=chart-section-tactic] [data-testid=chart-target]'); return select.options[select.selectedIndex].textContent.trim();",
  );
  assert.equal(aimed, "Alderperson Ruiz");
});

test("the chart prints on one landscape page, in the chapter's language", async () => {
  const s = app.session;
  await clickCentred("[data-testid=print-strategy-chart]");
  const notice = await s.waitForText("[data-testid=printed-path]", (t) => t.endsWith(".pdf"), 30000);
  const path = notice.trim();
  assert.ok(existsSync(path), `${path} was not written`);
  execFileSync("qpdf", ["--check", path]);
  const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" });
  for (const words of ["Strategy chart", CAMPAIGN, "Alderperson Ruiz", "aimed at"]) {
    assert.ok(text.includes(words), `the printed chart lacks ${words}`);
  }
  const pages = execFileSync("pdfinfo", [path], { encoding: "utf8" }).match(/Pages:\s+(\d+)/)[1];
  assert.equal(pages, "1");
  await app.checkScreen("campaign-chart-printed");
});
