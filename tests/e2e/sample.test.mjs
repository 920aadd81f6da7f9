// The sample chapter is one click from the welcome screen and is marked as sample everywhere.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { TestApp } from "./support/app.mjs";
import { seriousViolations } from "./support/axe.mjs";

let app;

before(async () => {
  app = await TestApp.start("sample");
});

after(async () => {
  await app?.stop();
});

test("opening the sample chapter shows it, marked as sample", async () => {
  const s = await app.open();
  await s.click("[data-testid=open-sample]");
  const banner = await s.waitForText("[data-testid=sample-banner]", (t) => /sample/i.test(t));
  assert.match(banner, /sample/i);
  const title = await s.text("[data-testid=chapter-title]");
  assert.match(title, /sample/i);
  await app.screenshot("sample");
  assert.deepEqual(await seriousViolations(s), []);
});

test("the sample chapter's people are there, each marked as sample", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-people]");
  const row = await s.waitForText("[data-testid=person-row]", (t) => t.length > 0);
  assert.match(row, /sample/i);
  await s.click("[data-testid=person-row]");
  await s.waitFor("[data-testid=person-name]");
  await app.screenshot("sample-people");
  assert.deepEqual(await seriousViolations(s), []);
});

test("the sample chapter's needs assessment is ranked at once, overall and by area", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-needs]");
  // The newest assessment opens by itself, and the list of one folds away beside it.
  await s.click("[data-testid=unfold-list]");
  await s.click("[data-testid=assessment-row]");
  await s.waitForText("[data-testid=assessment-title]", (t) => /sample/i.test(t));
  const count = await s.waitForText("[data-testid=responses-count]", (t) => /\d/.test(t));
  // 264 paper forms, and the two doors of the sample canvass that named their needs.
  assert.match(count, /266 forms entered/);
  // The count and the ranking arrive separately: wait for all twelve needs to be drawn.
  await s.waitForCount("[data-testid=need-row]", 12);
  await s.click("[data-testid=breakdown-area]");
  const byArea = await s.waitForText("[data-testid=ranking]", (t) => t.includes("Mill Hill"));
  for (const area of ["Eastside", "Riverbend", "Mill Hill"]) assert.ok(byArea.includes(area), area);
  await app.screenshot("sample-needs-by-area");
  assert.deepEqual(await seriousViolations(s), []);
  // The other tabs a newcomer would open pass the audit too.
  for (const tab of ["follow-ups", "survey", "print", "programs"]) {
    await s.click(`[data-testid=tab-${tab}]`);
    await s.waitFor(`[data-testid=tab-${tab}][aria-selected=true]`);
    if (tab === "survey") {
      // The survey says how many pages one printed form takes.
      const pages = await s.waitForText("[data-testid=survey-pages]", (t) => /page/.test(t));
      assert.match(pages, /one form takes \d+ pages?/);
    }
    await app.screenshot(`sample-needs-${tab}`);
    assert.deepEqual(await seriousViolations(s), [], tab);
  }
});

test("the sample chapter's organizations are marked as sample, and their connections ranked at once", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-orgs]");
  await s.click("[data-testid=orgs-tab-directory]");
  const row = await s.waitForText("[data-testid=org-row]", (t) => t.length > 0);
  assert.match(row, /sample/i);
  await s.click("[data-testid=org-row]");
  await s.waitForText("[data-testid=org-record]", (t) => /sample/i.test(t));
  await app.screenshot("sample-orgs");
  assert.deepEqual(await seriousViolations(s), []);
  await s.click("[data-testid=orgs-tab-tend]");
  await s.waitFor("[data-testid=tend-due-line]");
  await app.screenshot("sample-orgs-tend");
  assert.deepEqual(await seriousViolations(s), []);
  await s.click("[data-testid=orgs-tab-connections]");
  await s.waitFor("[data-testid=ranking-row]");
  await s.waitFor("[data-testid=connections-chart]");
  await app.screenshot("sample-orgs-connections");
  assert.deepEqual(await seriousViolations(s), []);
});
