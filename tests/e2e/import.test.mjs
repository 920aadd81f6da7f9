// Importing the national membership list from the window: a progress bar while it runs, a
// report when it is done, and a Cancel that leaves the chapter as it was.
//
// The system's file dialog cannot be driven through WebDriver, so the test answers it through
// GROUNDWORK_DIALOG_ANSWERS (src-tauri/src/commands/files.rs). The import itself, its
// progress and its report are the app's own.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { TestApp } from "./support/app.mjs";
import { seriousViolations } from "./support/axe.mjs";

const fixtures = resolve(import.meta.dirname, "../fixtures/national-list");
let app;
let bigList;

/** An invented list in the 2024 layout, big enough that its progress can be seen. */
function writeBigList(dir, rows) {
  const header =
    "first_name,middle_name,last_name,suffix,address1,address2,city,state,zip,best_phone,mobile_phone,home_phone,work_phone,email,do_not_call,p2ptext_optout,join_date,xdate,membership_status,membership_type,monthly_dues_status,yearly_dues_status,union_member,union_name,union_local,student_yes_no,accommodations,race,list_date,actionkit_id";
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const phone = `312-555-${String(i % 10000).padStart(4, "0")}`;
    lines.push(
      `Member${i},,Listed${i % 97},,${100 + (i % 900)} Elm St,,Chicago,IL,606${String(i % 50).padStart(2, "0")},${phone},${phone},,,m${i}@example.org,,,2020-01-0${1 + (i % 9)},2027-01-01,member,monthly,active,,no,,,no,,,2024-11-01,${900000 + i}`,
    );
  }
  const path = join(dir, "big-list.csv");
  writeFileSync(path, "\uFEFF" + lines.join("\r\n") + "\r\n");
  return path;
}

before(async () => {
  app = await TestApp.start("import");
  bigList = writeBigList(app.dir, 20000);
  await app.open();
  await app.newChapter("List Chapter");
});

after(async () => {
  await app?.stop();
});

/** The next open-file dialog answers with `path`. */
function chooseFile(path) {
  app.answerDialog(path);
}

test("a list imports with a progress bar and a report", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-people]");
  chooseFile(bigList);
  await s.click("[data-testid=import-list]");
  await s.waitFor("[data-testid=progress]");
  await app.screenshot("import-progress");
  const report = await s.waitForText("[data-testid=import-report]", (t) => /20,?000/.test(t), 120000);
  assert.match(report, /20,?000 new people/);
  await app.screenshot("import-report");
  assert.deepEqual(await seriousViolations(s), []);
});

test("a broken list is refused with its line, and nothing is imported", async () => {
  const s = app.session;
  chooseFile(join(fixtures, "broken-extra-field.csv"));
  await s.click("[data-testid=import-list]");
  const report = await s.waitForText("[data-testid=import-report]", (t) => t.includes("line 5"));
  assert.match(report, /expected 30 fields, found 31/);
  assert.match(report, /Nothing was imported/i);
});

test("cancelling an import leaves the chapter as it was", async () => {
  const s = app.session;
  // The same members under other ids: a finished import would add 20,000 more people.
  const fresh = join(app.dir, "other-list.csv");
  writeFileSync(fresh, readFileSync(bigList, "utf8").replace(/,9(\d{5})\r\n/g, ",8$1\r\n"));
  chooseFile(fresh);
  await s.click("[data-testid=import-list]");
  await s.click("[data-testid=cancel-job]");
  const report = await s.waitForText("[data-testid=import-report]", (t) => /cancel/i.test(t), 120000);
  assert.match(report, /nothing was imported/i);
  await s.type("[data-testid=people-search]", "member19999");
  await s.waitForText("[data-testid=person-row]", (t) => t.includes("Member19999"));
  assert.equal((await s.findAll("[data-testid=person-row]")).length, 1);
});
