// Lists from other tools and spreadsheets, in and out through the window: an Excel workbook
// and a Spoke contact list imported with their format named, and an Action Network upload
// exported with the people it left out and why.
//
// The system's file dialogs are answered through GROUNDWORK_DIALOG_ANSWERS
// (src-tauri/src/commands/files.rs); reading, writing and the reports are the app's own.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { TestApp } from "./support/app.mjs";
import { seriousViolations } from "./support/axe.mjs";

const fixtures = resolve(import.meta.dirname, "../fixtures");
let app;

before(async () => {
  app = await TestApp.start("lists");
  const s = await app.open();
  await app.newChapter("Lists Chapter");
  await s.click("[data-testid=nav-people]");
});

after(async () => {
  await app?.stop();
});

/** Imports `file` through the Import button and answers with the finished report's text. */
async function importFile(file) {
  const s = app.session;
  app.answerDialog(file);
  await s.click("[data-testid=import-list]");
  const report = await s.waitForText("[data-testid=import-report]", (t) => /Read as/.test(t), 60000);
  await s.click("[data-testid=close-import]");
  return report;
}

test("a national list saved from Excel imports from the window", async () => {
  const report = await importFile(join(fixtures, "national-list/2019.xlsx"));
  assert.match(report, /national membership list \(Excel workbook, sheet "Members"\)/);
  assert.match(report, /5 new people/);
});

test("a Spoke list imports, saying which rows it left out and why", async () => {
  const report = await importFile(join(fixtures, "spoke/contacts.csv"));
  assert.match(report, /Spoke contact list/);
  assert.match(report, /line 5: '555-0133' is not a phone number that can take a text/);
  assert.match(report, /line 7: no cell number/);
});

test("an Action Network upload is exported, with who it left out", async () => {
  const s = app.session;
  const out = join(app.dir, "exports", "an-upload.csv");
  await s.click("[data-testid=export-people]");
  await s.waitFor("[data-testid=export-panel]");
  await s.click("[data-testid=export-action-network]");
  await app.screenshot("export-choice");
  assert.deepEqual(await seriousViolations(s), []);
  app.answerDialog(out);
  await s.click("[data-testid=export-save]");
  const done = await s.waitForText("[data-testid=export-done]", (t) => t.includes("Saved"));
  assert.match(done, /Saved 5 people to an-upload\.csv/);
  assert.match(done, /Left out 2 people with no email/);
  await app.screenshot("export-done");
  assert.ok(existsSync(out), `${out} was written`);
  const lines = readFileSync(out, "utf8").trim().split("\n");
  assert.equal(lines[0], "first_name,last_name,email,zip_code,can2_phone");
  assert.equal(lines.length, 6);
  await s.click("[data-testid=close-export]");
});

test("an export to a place that cannot be written says so, and the choice stays open", async () => {
  const s = app.session;
  await s.click("[data-testid=export-people]");
  await s.click("[data-testid=export-csv]");
  app.answerDialog("/proc/groundwork-cannot-write-here/people.csv");
  await s.click("[data-testid=export-save]");
  const error = await s.waitForText("[data-testid=export-panel]", (t) => /No file was written/.test(t));
  assert.match(error, /groundwork-cannot-write-here/);
  assert.equal((await s.findAll("[data-testid=export-done]")).length, 0);
  await s.click("[data-testid=close-export]");
});
