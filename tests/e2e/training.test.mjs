// The training toolkit in the real window: a built-in handout printed in Spanish, a chapter's
// own handout written with a table and a worksheet section (the preview following) and
// printed, a handout printed as a folded booklet, and a session whose sign-ins show on the
// person's record as what they have learned.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { TestApp } from "./support/app.mjs";
import { ELEMENT, Keys, poll } from "./support/webdriver.mjs";

let app;

before(async () => {
  app = await TestApp.start("training");
  const s = await app.open();
  await app.newChapter("Eastside Tenants");
  // Someone the chapter knows, to sign in at the session.
  await s.click("[data-testid=nav-people]");
  await s.click("[data-testid=add-person]");
  await s.type("[data-testid=first-name]", "Marisol");
  await s.type("[data-testid=last-name]", "Vega");
  await s.click("[data-testid=save-person]");
  await s.waitForText("[data-testid=person-name]", (t) => t.includes("Vega"));
});

after(async () => {
  await app?.stop();
});

const plain = (text) => text.replace(/[\u2068\u2069]/g, "");

/** Sets a date field the way a person's picker would, with the events Svelte listens to. */
async function setValue(css, value) {
  const el = await app.session.waitFor(css);
  await app.session.execute(
    `const e = arguments[0]; e.value = arguments[1];
     e.dispatchEvent(new Event('input', { bubbles: true }));
     e.dispatchEvent(new Event('change', { bubbles: true }));`,
    [{ [ELEMENT]: el }, value],
  );
}

/** Ticks a radio or box by its label, as a person would (they are drawn by their labels). */
async function tick(css) {
  await app.session.click(`label:has(${css})`);
  await poll(`${css} ticked`, 10000, async () =>
    (await app.session.execute("return document.querySelector(arguments[0]).checked;", [css])) || null,
  );
}

/** Types markup into the editor: a new line is the Enter key, as a person types it. */
async function write(text) {
  await app.session.type("[data-testid=part-text]", text.replaceAll("\n", Keys.ENTER));
}

/** Prints from the open module's paper form; answers the PDF's path and text. */
async function print() {
  const s = app.session;
  const before = await s.execute(
    "const p = document.querySelector('[data-testid=printed-path]'); return p ? p.textContent : '';",
  );
  await s.click("[data-testid=print-training]");
  const shown = await s.waitForText("[data-testid=printed-path]", (t) => /\.pdf/.test(t) && t !== before);
  const pdf = shown.match(/(\/\S+\.pdf)/)?.[1];
  assert.ok(pdf, shown);
  execFileSync("qpdf", ["--check", pdf]);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  return { pdf, text, squashed: text.replace(/\s+/g, " ") };
}

test("a built-in handout prints in Spanish", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-training]");
  await s.waitForCount("[data-testid=module-row]", 11);
  const rows = await s.findAll("[data-testid=module-row]");
  await s.cmd("POST", `/element/${rows[1]}/click`, {});
  await s.waitForText("[data-testid=module-title]", (t) => t.includes("One-on-one"));
  await s.waitFor("[data-testid=markup-view]");
  await app.checkScreen("training-module");
  await s.click("[data-testid=open-print-training]");
  await s.waitFor("[data-testid=training-paper]");
  await tick("[data-testid=print-part-handout]");
  await tick("[data-testid=print-lang-es]");
  const { squashed } = await print();
  assert.ok(squashed.includes("Conversaciones uno a uno"), squashed);
  assert.ok(!squashed.includes("One-on-one conversations"), "only Spanish");
  assert.ok(squashed.includes("Eastside Tenants"));
});

test("a chapter's own handout with a table and a worksheet section is written, previewed and printed", async () => {
  const s = app.session;
  await s.click("[data-testid=new-module]");
  await s.type("[data-testid=new-module-title]", "Our building meeting");
  await s.click("[data-testid=save-new-module]");
  await s.waitFor("[data-testid=module-editor]");
  await s.click("[data-testid=editor-part-handout]");
  await write(
    "# Our building meeting\n\nWhat we ask of the landlord:\n\n| Building | Repair | Since |\n|--|--|--|\n| 12 Larch | Heat | October |\n| 14 Larch | Mold | August |\n",
  );
  // The preview reads the table as the page will.
  await s.waitForText("[data-testid=markup-preview]", (t) => t.includes("Mold") && t.includes("Since"));
  await s.click("[data-testid=editor-part-worksheet]");
  await write("# Sign up\n\n- [ ] I can host a meeting\n- [ ] I need childcare\n\nName: ___\nPhone: ___\n");
  await s.waitForText("[data-testid=markup-preview]", (t) => t.includes("I need childcare"));
  await app.checkScreen("training-editor");
  await s.click("[data-testid=save-module]");
  await s.waitForText("[data-testid=module-saved]", (t) => t.length > 0);
  await s.click("[data-testid=close-editor]");
  await s.waitForText("[data-testid=module-title]", (t) => t.includes("Our building meeting"));

  await s.click("[data-testid=open-print-training]");
  await s.waitFor("[data-testid=training-paper]");
  await tick("[data-testid=print-part-handout]");
  const handout = await print();
  assert.ok(/12 Larch\s+Heat\s+October/.test(handout.text), handout.text);
  assert.ok(/14 Larch\s+Mold\s+August/.test(handout.text), handout.text);
  await tick("[data-testid=print-part-worksheet]");
  const worksheet = await print();
  assert.ok(worksheet.squashed.includes("I can host a meeting"), worksheet.squashed);
  assert.ok(worksheet.squashed.includes("Name:") && !worksheet.squashed.includes("___"), worksheet.squashed);
});

test("a handout prints as a folded booklet: half pages two to a sideways sheet", async () => {
  const s = app.session;
  const rows = await s.findAll("[data-testid=module-row]");
  await s.cmd("POST", `/element/${rows[0]}/click`, {});
  await s.waitForText("[data-testid=module-title]", (t) => t.includes("Base building"));
  await s.click("[data-testid=open-print-training]");
  await s.waitFor("[data-testid=training-paper]");
  await tick("[data-testid=print-part-handout]");
  await tick("[data-testid=print-lang-en]");
  await tick("[data-testid=print-booklet]");
  const { pdf, text } = await print();
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  assert.ok(sizes.length >= 1 && sizes.length % 2 === 0, info);
  assert.ok(sizes.every(([w, h]) => w > h), `sideways sheets: ${info}`);
  // The first side holds the last page on its left and the first on its right.
  const first = text.split("\f")[0];
  assert.ok(/page 1 of/.test(first), first);
});

test("a session's sign-ins show on the person's record as what they learned", async () => {
  const s = app.session;
  await s.click("[data-testid=module-tab-sessions]");
  await s.click("[data-testid=plan-session]");
  await s.waitFor("[data-testid=session-form]");
  await setValue("[data-testid=session-day]", "2026-11-21");
  await s.click("[data-testid=save-session]");
  await s.waitForText("[data-testid=session-row]", (t) => /21/.test(t));
  await s.click("[data-testid=open-session-meeting]");
  await s.waitFor("[data-testid=enter-sign-ins]");
  await s.click("[data-testid=enter-sign-ins]");
  await s.waitFor("[data-testid=sign-in-entry]");
  await s.type("[data-testid=sign-in-name]", "mari veg");
  await s.waitForText("[data-testid=sign-in-match]", (t) => t.includes("Marisol Vega"));
  await s.type("[data-testid=sign-in-name]", Keys.ENTER);
  await s.waitForText("[data-testid=sign-in-entry]", (t) => t.includes("Marisol Vega"));
  await s.click("[data-testid=finish-sign-ins]");
  await s.waitFor("[data-testid=sign-in-summary]");

  await s.click("[data-testid=nav-people]");
  await s.type("[data-testid=people-search]", "marisol");
  await s.waitForText("[data-testid=person-row]", (t) => t.includes("Marisol"));
  await s.click("[data-testid=person-row]");
  const skill = await s.waitForText("[data-testid=person-skills]", (t) => t.includes("Base building"));
  assert.match(plain(skill), /2026|Nov|21/);
  await app.checkScreen("training-person-skills");

  // The module knows who learned it.
  await s.click("[data-testid=nav-training]");
  const rows = await s.findAll("[data-testid=module-row]");
  await s.cmd("POST", `/element/${rows[0]}/click`, {});
  await s.click("[data-testid=module-tab-learners]");
  await s.waitForText("[data-testid=module-learners]", (t) => t.includes("Marisol Vega"));
});
