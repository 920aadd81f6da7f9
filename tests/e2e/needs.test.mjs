// The area needs assessment in the real window: start one from the built-in survey, add a
// language and translate a text, print numbered forms, enter two filled forms by keyboard and
// see the ranking change, and a form entered twice refused with where and why.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { TestApp } from "./support/app.mjs";
import { seriousViolations } from "./support/axe.mjs";
import { Keys } from "./support/webdriver.mjs";

let app;

before(async () => {
  app = await TestApp.start("needs");
  const s = await app.open();
  await app.newChapter("Eastside Neighbours");
  await s.click("[data-testid=nav-needs]");
});

after(async () => {
  await app?.stop();
});

test("an assessment starts from the built-in survey, in English and Spanish", async () => {
  const s = app.session;
  await s.click("[data-testid=new-assessment]");
  await s.type("[data-testid=assessment-name]", "Eastside 2026");
  await s.type("[data-testid=assessment-areas]", "Eastside, Riverbend");
  const checked = await s.execute("return document.querySelector('[data-testid=\"language-es\"]').checked;");
  if (!checked) await s.click("[data-testid=language-es]");
  await app.screenshot("new-assessment");
  await s.click("[data-testid=save-assessment]");
  await s.waitForText("[data-testid=assessment-title]", (t) => t.includes("Eastside 2026"));
  await s.click("[data-testid=tab-survey]");
  await s.waitForText("[data-testid=needs-survey]", (t) => t.includes("Housing and rent"));
  assert.deepEqual(await seriousViolations(s), []);
});

test("building the survey: a new language shows what is left to translate, and a text is translated", async () => {
  const s = app.session;
  await s.type("[data-testid=survey-add-language]", "vi");
  await s.type("[data-testid=survey-add-language-name]", "Tiếng Việt");
  await s.click("[data-testid=survey-add-language-save]");
  const before = await s.waitForText("[data-testid=survey-untranslated]", (t) => /\d+ texts to translate/.test(t));
  const count = (text) => Number(/([\d,]+) texts to translate/.exec(text)[1].replace(",", ""));
  await s.click("[data-testid=survey-translate-vi]");
  await s.typeAt("[data-testid=translate-input]", 0, "Khảo sát nhu cầu của khu phố");
  await app.screenshot("translate");
  await s.click("[data-testid=survey-save]");
  const after = await s.waitForText(
    "[data-testid=survey-untranslated]",
    (t) => /texts? to translate/.test(t) && count(t) === count(before) - 1,
  );
  assert.equal(count(after), count(before) - 1);
});

test("numbered forms print, in both languages, and read back", async () => {
  const s = app.session;
  await s.click("[data-testid=tab-print]");
  await s.typeOver("[data-testid=print-count]", "3");
  await s.click("[data-testid=print-lang-en\\+es]");
  await s.click("[data-testid=print-forms]");
  const done = await s.waitForText("[data-testid=printed-forms]", (t) => t.includes("Printed forms"), 60000);
  const [, first, last] = /Printed forms (\w{4}-\d{4}) to (\w{4}-\d{4})/.exec(done);
  assert.match(first, /-0001$/);
  assert.match(last, /-0003$/);
  const path = await s.text("[data-testid=printed-path]");
  assert.ok(path.startsWith(app.printDir), `${path} is not in the print folder`);
  execFileSync("qpdf", ["--check", path]);
  const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" });
  assert.ok(text.includes(`Form / Formulario ${last}`), "the last form's number");
  assert.ok(text.includes("Housing and rent") && text.includes("Vivienda y renta"), "both languages");
  await app.screenshot("printed");
  assert.deepEqual(await seriousViolations(s), []);
});

test("two forms entered by keyboard change the ranking", async () => {
  const s = app.session;
  await s.click("[data-testid=tab-ranking]");
  await s.waitForText("[data-testid=ranking]", (t) => /enter the first forms/i.test(t));

  await s.click("[data-testid=tab-entry]");
  await s.typeOver("[data-testid=entry-entered-by]", "Marisol");
  // Form 1: food is very hard, and food and housing are the household's top needs.
  await s.type("[data-testid=entry-form-number]", "1");
  await s.type("[data-testid=scale-food_hard-1]", "5");
  await s.type("[data-testid=choice-top_three-food]", " ");
  await s.type("[data-testid=choice-top_three-housing]", " ");
  // No area picked: the first save asks, the second enters the form without one.
  await s.type("[data-testid=entry-form-number]", Keys.CTRL_ENTER);
  await s.waitForText("[data-testid=needs-entry]", (t) => t.includes("No area is picked"));
  await s.type("[data-testid=entry-form-number]", Keys.CTRL_ENTER);
  await s.waitForText("[data-testid=entry-status]", (t) => /-0001 entered/i.test(t));
  // Form 2: food again.
  await s.type("[data-testid=entry-form-number]", "2");
  await s.type("[data-testid=scale-food_hard-1]", "4");
  await s.type("[data-testid=choice-top_three-food]", " ");
  await s.type("[data-testid=entry-form-number]", Keys.CTRL_ENTER);
  await s.waitForText("[data-testid=entry-status]", (t) => /-0002 entered/i.test(t));
  await app.screenshot("entry");
  assert.deepEqual(await seriousViolations(s), []);

  await s.click("[data-testid=tab-ranking]");
  await s.waitForText("[data-testid=responses-count]", (t) => /\b2\b/.test(t));
  // Read the rows once the ranking shows the second form's answers (housing, named once).
  await s.waitForText("[data-testid=ranking]", (t) => /50%/.test(t));
  const rows = await s.findAll("[data-testid=need-row]");
  const first = await s.textOf(rows[0]);
  const second = await s.textOf(rows[1]);
  assert.match(first, /Food/);
  assert.match(first, /100%/);
  assert.match(second, /Housing and rent/);
  assert.match(second, /50%/);
  await app.screenshot("ranking");
  assert.deepEqual(await seriousViolations(s), []);
});

test("a form entered twice is refused with its number, and what was typed stays", async () => {
  const s = app.session;
  await s.click("[data-testid=tab-entry]");
  await s.type("[data-testid=entry-form-number]", "1");
  await s.type("[data-testid=scale-housing_hard-1]", "3");
  await s.type("[data-testid=entry-form-number]", Keys.CTRL_ENTER);
  const error = await s.waitForText("[data-testid=needs-entry] [data-testid=error]", (t) => t.includes("already entered"));
  assert.match(error, /-0001 was already entered by Marisol/);
  const value = await s.execute(
    "return document.querySelector('[data-testid=\"scale-housing_hard-3\"]').checked;",
  );
  assert.equal(value, true, "the answer typed is still there");
  await app.screenshot("entered-twice");
});

test("a program is scored, shortlisted, made a project, and the summary prints", async () => {
  const s = app.session;
  await s.click("[data-testid=tab-programs]");
  const rows = await s.waitForCount("[data-testid=program-row]", 8);
  assert.equal(rows.length, 8, "the built-in catalogue");
  // Free groceries answer food, which both forms named: it is suggested at the top.
  await s.waitForText("[data-testid=program-row]", (t) => t.includes("Free groceries or breakfast"));
  await s.click("[data-testid=program-row]");
  for (const [criterion, score] of [["winnable", 4], ["builds_base", 5], ["resources", 3], ["partners", 4]]) {
    await s.click(`[data-testid=score-${criterion}-${score}]`);
  }
  await s.click("[data-testid=program-shortlisted]");
  await s.click("[data-testid=program-save]");
  await s.waitForText("[data-testid=program-total]", (t) => /of 30/.test(t));
  await s.click("[data-testid=program-make-project]");
  await s.click("[data-testid=project-save]");
  await s.waitForText("[data-testid=project-started]", (t) => /project/i.test(t));
  await app.screenshot("programs");
  assert.deepEqual(await seriousViolations(s), []);

  await s.click("[data-testid=print-summary]");
  const printed = await s.waitForText("[data-testid=printed-summary]", (t) => /pdf/.test(t), 60000);
  const name = /(needs-summary-[\w-]+\.pdf)/.exec(printed)[1];
  const path = `${app.printDir}/${name}`;
  execFileSync("qpdf", ["--check", path]);
  const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" });
  assert.ok(text.includes("What our neighbours need"));
  assert.ok(text.includes("Free groceries or breakfast (shortlisted)"), text);
});

test("a new assessment without a name, and a program the catalogue already has, are refused next to the field", async () => {
  const s = app.session;
  await s.click("[data-testid=new-assessment]");
  await s.click("[data-testid=save-assessment]");
  const noName = await s.waitForText("[data-testid=assessment-form] [data-testid=error]", (t) => t.length > 0);
  assert.match(noName, /name/i);
  await s.type("[data-testid=assessment-name]", "Westside 2026");
  await s.click("[data-testid=save-assessment]");
  await s.waitForText("[data-testid=assessment-title]", (t) => t.includes("Westside 2026"));

  await s.click("[data-testid=tab-programs]");
  await s.type("[data-testid=add-program-name]", "tenant UNION");
  await s.click("[data-testid=add-program-need-housing]");
  await s.click("[data-testid=add-program-save]");
  const taken = await s.waitForText("[data-testid=error]", (t) => t.includes("already has"));
  assert.match(taken, /the catalogue already has 'tenant UNION'/i);
  const kept = await s.execute("return document.querySelector('[data-testid=\"add-program-name\"]').value;");
  assert.equal(kept, "tenant UNION", "what was typed stays");
  await app.screenshot("program-refused");
  assert.deepEqual(await seriousViolations(s), []);
});
