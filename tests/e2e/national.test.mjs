// The national committee's side of small grants in the real window: a committee named on the
// first window, a round of $1,000, two chapters' application files imported (the same file
// twice recognized, an altered one refused), two reviewers (one scores, one declares a
// conflict of interest and is refused the others' scores), an award, a second award refused
// with the shortfall, and the decision letter printed.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TestApp } from "./support/app.mjs";
import { ELEMENT, poll } from "./support/webdriver.mjs";

let app;
let files;
let chapters;

/** A demo chapter's complete application, saved as the file it sends national. */
function chapterFile(dir, name) {
  const db = join(dir, `${name}.sqlite`);
  app.cli(["demo"], { chapter: db });
  const id = JSON.parse(app.cli(["grants", "list", "--format", "json"], { chapter: db }))[0].id;
  const file = join(dir, `${name}.json`);
  app.cli(["grants", "export", "--application", id, "--out", file], { chapter: db });
  return file;
}

before(async () => {
  app = await TestApp.start("national");
  const dir = mkdtempSync(join(tmpdir(), "groundwork-chapters-"));
  files = { riverside: chapterFile(dir, "riverside"), lakeview: chapterFile(dir, "lakeview") };
  chapters = dir;
  const envelope = JSON.parse(readFileSync(files.riverside, "utf8"));
  envelope.payload = envelope.payload.replace("A", "B");
  files.altered = join(dir, "altered.json");
  writeFileSync(files.altered, JSON.stringify(envelope));
  await app.open();
});

after(async () => {
  await app?.stop();
});

/** The reviewer choice that shows the committee's view of every review. */
const COMMITTEE_VIEW = "The whole committee: every review";

const plain = (text) => text.replace(/[\u2068\u2069]/g, "");

/** Sets a date field the way a person's picker would, with the events Svelte listens to. */
async function setDate(css, value) {
  const el = await app.session.waitFor(css);
  await app.session.execute(
    `const e = arguments[0]; e.value = arguments[1];
     e.dispatchEvent(new Event('input', { bubbles: true }));
     e.dispatchEvent(new Event('change', { bubbles: true }));`,
    [{ [ELEMENT]: el }, value],
  );
}

/** Picks the option whose text is `text` in a select, the way a person would. */
async function choose(css, text) {
  const select = await app.session.waitFor(css);
  const picked = await app.session.execute(
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

/** Ticks a radio by its label, as a person would: the score's radios are drawn by their labels. */
async function tick(css) {
  await app.session.click(`label:has(${css})`);
  await poll(`${css} ticked`, 10000, async () =>
    (await app.session.execute("return document.querySelector(arguments[0]).checked;", [css])) || null,
  );
}

async function importFile(file) {
  app.answerDialog(file);
  const before = await app.session.execute(
    "const o = document.querySelector('[data-testid=import-outcome]'); return o ? o.textContent : '';",
  );
  await app.session.click("[data-testid=import-application]");
  return poll(`the import of ${file}`, 30000, async () => {
    const now = await app.session.execute(
      "const o = document.querySelector('[data-testid=import-outcome]') || document.querySelector('[data-testid=import-error], [data-testid=round-record] [role=alert]'); return o ? o.textContent.trim() : '';",
    );
    return now && now !== before ? plain(now) : null;
  });
}

test("a national committee is named on the first window and keeps rounds, not people", async () => {
  const s = app.session;
  await s.click("[data-testid=start-committee]");
  await s.type("[data-testid=committee-name]", "National grants committee");
  await s.click("[data-testid=start-committee-save]");
  await s.waitForText("[data-testid=chapter-title]", (t) => t.includes("National grants committee"));
  await s.waitFor("[data-testid=nav-rounds]");
  assert.equal((await s.findAll("[data-testid=nav-people]")).length, 0);
  await app.checkScreen("national-start");
});

test("a round of $1,000 takes the chapters' files, once each, and refuses an altered one", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-rounds]");
  await s.click("[data-testid=new-round]");
  await s.type("[data-testid=round-name]", "Spring 2027");
  await s.typeOver("[data-testid=round-budget]", "1000");
  await setDate("[data-testid=round-deadline]", "2027-02-15");
  await s.click("[data-testid=save-round]");
  await s.waitForText("[data-testid=round-row]", (t) => t.includes("Spring 2027"));
  await s.waitForText("[data-testid=ledger-budget]", (t) => t.includes("$1,000.00"));

  assert.match(await importFile(files.riverside), /^Imported: Eastside tenant union/);
  assert.match(await importFile(files.riverside), /^Already imported/);
  assert.match(await importFile(files.lakeview), /^Imported: Eastside tenant union/);
  await s.waitForCount("[data-testid=received-row]", 2);
  app.answerDialog(files.altered);
  await s.click("[data-testid=import-application]");
  await s.waitForText("[data-testid=round-record]", (t) => plain(t).includes("changed after the chapter signed it"));
  assert.equal((await s.findAll("[data-testid=received-row]")).length, 2, "nothing was added");

  for (const name of ["Ana Reyes", "Tom Okafor"]) {
    await s.typeOver("[data-testid=add-reviewer-name]", name);
    await s.click("[data-testid=add-reviewer]");
    await s.waitForText("[data-testid=reviewer-names]", (t) => t.includes(name));
  }
  await app.checkScreen("national-round");
});

test("one reviewer scores; one declares a conflict and is refused the scores", async () => {
  const s = app.session;
  await s.click("[data-testid=received-row] button");
  await s.waitFor("[data-testid=received-view]");
  await choose("[data-testid=reviewer-select]", "Ana Reyes");
  await s.waitFor("[data-testid=score-form]");
  const criteria = (await s.findAll("[data-testid=score-form] fieldset[data-testid^=score-]")).length;
  assert.ok(criteria >= 5, `${criteria} criteria`);
  for (let i = 0; i < criteria; i += 1) {
    await tick(`[data-testid=score-${i}-${i === 0 ? 5 : 4}]`);
  }
  await s.type("[data-testid=review-notes]", "Door by door: exactly the work.");
  await s.click("[data-testid=save-review]");
  await s.waitForText("[data-testid=review-sheet]", (t) => t.includes("Ana Reyes"));

  await choose("[data-testid=reviewer-select]", "Tom Okafor");
  await s.click("[data-testid=declare-conflict]");
  await s.type("[data-testid=conflict-reason]", "Family in the union");
  await s.click("[data-testid=save-conflict]");
  const refused = await s.waitForText("[data-testid=review-refused]", (t) => t.length > 0);
  assert.match(refused, /Tom Okafor declared a conflict of interest/);
  assert.equal((await s.findAll("[data-testid=score-form]")).length, 0, "no scoring for Tom");

  await choose("[data-testid=reviewer-select]", COMMITTEE_VIEW);
  await s.waitForText("[data-testid=review-mean]", (t) => /4\.3/.test(t));
  await app.checkScreen("national-review");
});

test("an award is made, a second that would over-commit is refused with the shortfall, and the letter prints", async () => {
  const s = app.session;
  await tick("[data-testid=decide-award]");
  await s.typeOver("[data-testid=award-amount]", "800");
  await s.click("[data-testid=save-decision]");
  await s.waitForText("[data-testid=decision-now]", (t) => plain(t).includes("Awarded $800.00"));

  // The committee puts the chapter in its region, for the round summary's table by region.
  await s.type("[data-testid=region-input]", "Great Lakes");
  await s.click("[data-testid=save-region]");
  await s.waitForText("[data-testid=region-saved]", (t) => t.length > 0);

  await s.click("[data-testid=print-decision-letter]");
  const shown = await s.waitForText("[data-testid=printed-path]", (t) => /\.pdf/.test(t));
  const pdf = shown.match(/(\/\S+\.pdf)/)?.[1];
  execFileSync("qpdf", ["--check", pdf]);
  const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  assert.ok(text.includes("awards Riverside Chapter (sample) $800.00"), text);

  await s.click("[data-testid=back-to-round]");
  await s.waitForText("[data-testid=ledger-committed]", (t) => t.includes("$800.00"));
  await s.waitForText("[data-testid=received-region]", (t) => t.includes("Great Lakes"));
  const rows = await s.findAll("[data-testid=received-row] button");
  await s.cmd("POST", `/element/${rows[1]}/click`, {});
  await s.waitFor("[data-testid=received-view]");
  await tick("[data-testid=decide-award]");
  await s.typeOver("[data-testid=award-amount]", "800");
  await s.click("[data-testid=save-decision]");
  const over = await s.waitForText("[data-testid=decision-error]", (t) => t.length > 0);
  assert.match(plain(over), /\$200\.00 is left, \$600\.00 short/);
  await s.waitForText("[data-testid=decision-now]", (t) => /Not decided yet/.test(t));
});

test("the award's midpoint report, sent by the chapter, is imported and shows as received", async () => {
  const s = app.session;
  const db = join(chapters, "riverside.sqlite");
  const id = JSON.parse(app.cli(["grants", "list", "--format", "json"], { chapter: db }))[0].id;
  app.cli(["grants", "decision", "--application", id, "--awarded", "800"], { chapter: db });
  const report = JSON.parse(
    app.cli(["grants", "report", "start", "--application", id, "--kind", "midpoint"], { chapter: db }),
  ).id;
  app.cli(["grants", "report", "save", "--report", report, "--story", "Three buildings meet monthly."], {
    chapter: db,
  });
  const file = join(chapters, "midpoint.json");
  app.cli(["grants", "report", "export", "--report", report, "--out", file], { chapter: db });

  await s.click("[data-testid=back-to-round]");
  await s.waitForText("[data-testid=round-reports]", (t) => /halfway report due/.test(t));
  app.answerDialog(file);
  await s.click("[data-testid=import-report]");
  await s.waitForText("[data-testid=report-import-outcome]", (t) => /halfway through/.test(t));
  await s.waitForText("[data-testid=report-due]", (t) => /received/.test(t));
  await app.checkScreen("national-reports");
});

test("the round's summary prints who got what and the round by region", async () => {
  const s = app.session;
  await s.click("[data-testid=print-round-summary]");
  const shown = await s.waitForText("[data-testid=printed-path]", (t) => /summary.*\.pdf/i.test(t));
  const pdf = shown.match(/(\/\S+\.pdf)/)?.[1];
  execFileSync("qpdf", ["--check", pdf]);
  const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  assert.ok(text.includes("Riverside Chapter (sample) (Great Lakes)"), text);
  assert.ok(text.includes("By region"), text);
  assert.ok(/Great Lakes 1 1 \$800\.00/.test(text), text);
});
