// Small grants in the real window, the chapter's side: a new application for the sample
// chapter's project refused at $1,200 and at eight months as the organizer types (and on
// saving), then filled in part by part until it is complete, printed in Spanish, and saved as
// the signed file for national; the national committee's command line then imports that file,
// once, and recognizes it the second time.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TestApp } from "./support/app.mjs";
import { ELEMENT, Keys, poll } from "./support/webdriver.mjs";

let app;

before(async () => {
  app = await TestApp.start("grants");
  await app.open();
  const s = app.session;
  await s.click("[data-testid=open-sample]");
  await s.waitForText("[data-testid=sample-banner]", (t) => /sample/i.test(t));
});

after(async () => {
  await app?.stop();
});

/** Sets a date field the way a person's picker would, with the events Svelte listens to. */
async function setDate(el, value) {
  await app.session.execute(
    `const e = arguments[0]; e.value = arguments[1];
     e.dispatchEvent(new Event('input', { bubbles: true }));
     e.dispatchEvent(new Event('change', { bubbles: true }));`,
    [{ [ELEMENT]: el }, value],
  );
}

/** The day `months` months after `day` ("YYYY-MM-01"), less one: the last day of a span. */
function lastDayOf(day, months) {
  const [y, m] = day.split("-").map(Number);
  const after = new Date(Date.UTC(y, m - 1 + months, 1) - 86400000);
  return after.toISOString().slice(0, 10);
}

/** Replaces what the `index`-th field matching `css` holds, as a person would: select all, type. */
async function typeOverAt(css, index, text) {
  await app.session.typeAt(css, index, Keys.SELECT_ALL);
  await app.session.typeAt(css, index, text);
}

/** Text as read, without the marks that keep a name's direction apart from the words around it. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, "");

async function gone(css) {
  await poll(`no ${css}`, 30000, async () => ((await app.session.findAll(css)).length === 0 ? true : null));
}

test("a new application is refused at $1,200 and at eight months, then started", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-grants]");
  await s.waitForText("[data-testid=grant-row]", (t) => t.includes("Eastside tenant union"));
  const before = (await s.findAll("[data-testid=grant-row]")).length;

  await s.click("[data-testid=new-grant]");
  await s.waitFor("[data-testid=grant-new-form]");
  await s.typeOver("[data-testid=grant-amount]", "1200");
  const tooMuch = await s.waitForText("[data-testid=grant-amount-rule]", (t) => plain(t).includes("$1,200.00"));
  assert.match(tooMuch, /\$500\.00/);
  assert.match(tooMuch, /\$1,000\.00/);
  // Saving as it is is refused too, and nothing is added.
  await s.click("[data-testid=save-new-grant]");
  await s.waitFor("[data-testid=grant-new-form] [data-testid=grant-amount][aria-invalid=true]");
  assert.equal((await s.findAll("[data-testid=grant-row]")).length, before, "nothing was added");

  await s.typeOver("[data-testid=grant-amount]", "800");
  await gone("[data-testid=grant-amount-rule]");
  const starts = await s.execute("return document.querySelector('[data-testid=grant-starts]').value;");
  await setDate(await s.waitFor("[data-testid=grant-ends]"), lastDayOf(starts, 8));
  await s.waitForText("[data-testid=grant-ends-rule]", (t) => /8 months/.test(t));
  await app.checkScreen("grants-new-refused");

  await setDate(await s.waitFor("[data-testid=grant-ends]"), lastDayOf(starts, 5));
  await gone("[data-testid=grant-ends-rule]");
  await s.click("[data-testid=save-new-grant]");
  await s.waitForText("[data-testid=grant-asks]", (t) => plain(t).includes("$800.00") && /5 months/.test(plain(t)));
  await s.waitForCount("[data-testid=grant-row]", before + 1);
  await s.waitFor("[data-testid=grant-missing]");
});

test("filled in part by part, the application becomes complete", async () => {
  const s = app.session;
  // The sample's initiative answers the need its assessment ranked; run in coalition, it names
  // its partners from the directory, each saved as it is added.
  await s.waitForText("[data-testid=grant-evidence]", (t) => /named by \d+ of \d+ residents/.test(plain(t)));
  await s.click("[data-testid=grant-coalition-partners]");
  await s.click("[data-testid=save-grant-initiative]");
  await s.waitFor("[data-testid=grant-missing-item][data-key='initiative.partners']");
  await s.type("[data-testid=grant-partner-search]", "Eastside Ten");
  await s.waitForText("[data-testid=org-match]", (t) => t.includes("Eastside Tenants United"));
  // The shared record picker with its matches open, read by axe like every screen.
  await app.checkScreen("grants-partner-picker");
  await s.type("[data-testid=grant-partner-search]", Keys.ENTER);
  await s.waitForText("[data-testid=grant-partner]", (t) => t.includes("Eastside Tenants United"));
  await gone("[data-testid=grant-missing-item][data-key='initiative.partners']");

  await s.type("[data-testid=grant-base-building]", "Door by door in the three Larch Street buildings, then a meeting in each.");
  await s.type("[data-testid=grant-sustaining]", "Dues of $2 a month from the third month.");
  await s.click("[data-testid=save-grant-application]");
  await s.waitForText("[data-testid=grant-application-form] [data-testid=saved]", (t) => t.length > 0);

  for (const [i, [item, quantity, cost]] of [
    ["Childcare at building meetings", "10", "40"],
    ["Food for house meetings", "8", "50"],
  ].entries()) {
    await s.click("[data-testid=grant-budget-add]");
    await s.waitForCount("[data-testid=grant-budget-line]", i + 1);
    await typeOverAt("[data-testid=grant-budget-item]", i, item);
    await typeOverAt("[data-testid=grant-budget-quantity]", i, quantity);
    await typeOverAt("[data-testid=grant-budget-unit-cost]", i, cost);
  }
  await s.waitForText("[data-testid=grant-budget-matches]", (t) => plain(t).includes("$800.00, the amount asked"));
  await s.click("[data-testid=save-grant-budget]");
  await s.waitForText("[data-testid=grant-budget-form] [data-testid=saved]", (t) => t.length > 0);

  const starts = await s.execute("return document.querySelector('[data-testid=grant-starts]').value;");
  await s.click("[data-testid=grant-milestone-add]");
  await s.waitForCount("[data-testid=grant-milestone]", 1);
  await setDate((await s.findAll("[data-testid=grant-milestone-date]"))[0], lastDayOf(starts, 2));
  await s.typeAt("[data-testid=grant-milestone-what]", 0, "A building meeting in each of the three buildings");
  await s.click("[data-testid=save-grant-timeline]");
  await s.waitFor("[data-testid=grant-complete]");
  await app.checkScreen("grants-complete");
});

test("the application prints in Spanish with its budget", async () => {
  const s = app.session;
  await s.click("[data-testid=print-grant-application-paper] input[value=es]");
  await s.click("[data-testid=print-grant-application]");
  const shown = await s.waitForText("[data-testid=printed-path]", (t) => /\.pdf/.test(t));
  const path = shown.match(/(\/\S+\.pdf)/)?.[1];
  assert.ok(path, `no path in "${shown}"`);
  execFileSync("qpdf", ["--check", path]);
  const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const words of [
    "Solicitud de una pequeña subvención",
    "Cantidad solicitada: $800.00",
    "Childcare at building meetings",
    "Total del presupuesto",
    "Firmado por el capítulo",
    "Organizaciones aliadas",
    "Eastside Tenants United",
    "La necesidad que atiende",
  ]) {
    assert.ok(text.includes(words), `no "${words}" in ${text}`);
  }
});

test("saved as the signed file for national, it is sent; national imports it once", async () => {
  const s = app.session;
  const file = join(app.dir, "eastside-application.json");
  app.answerDialog(file);
  await s.click("[data-testid=grant-export]");
  const notice = await s.waitForText("[data-testid=grant-sent-notice]", (t) => t.includes("eastside-application.json"));
  assert.match(notice, /[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
  await s.waitFor("[data-testid=grant-sent]");
  await s.waitForText("[data-testid=grant-status]", (t) => /sent/i.test(t));
  assert.ok(existsSync(file));
  assert.equal(JSON.parse(readFileSync(file, "utf8")).format, "groundwork/grant-application");
  await app.checkScreen("grants-sent");

  const national = join(app.dir, "national.sqlite");
  app.cli(["init", "--national", "--name", "National grants committee"], { chapter: national });
  const round = app.cli(["grants", "round", "new", "--name", "Spring", "--deadline", "2027-12-31"], {
    chapter: national,
  }).trim();
  const id = app.cli(["grants", "import", file, "--round", round], { chapter: national }).trim();
  assert.equal(app.cli(["grants", "import", file, "--round", round], { chapter: national }).trim(), id);
  const listed = JSON.parse(app.cli(["grants", "list", "--round", round, "--format", "json"], { chapter: national }));
  assert.equal(listed.length, 1);
  assert.equal(listed[0].id, id);
  assert.equal(listed[0].amount_cents, 80000);
  assert.equal(listed[0].project_title, "Eastside tenant union");

  // Before national decides, the chapter reopens it, corrects it and sends it again: the new
  // file replaces the one national holds, which keeps both.
  await s.click("[data-testid=reopen-grant]");
  await s.waitFor("[data-testid=grant-sustaining]");
  await s.type("[data-testid=grant-sustaining]", " The parish lends its hall.");
  await s.click("[data-testid=save-grant-application]");
  await s.waitForText("[data-testid=grant-application-form] [data-testid=saved]", (t) => t.length > 0);
  const corrected = join(app.dir, "eastside-corrected.json");
  app.answerDialog(corrected);
  await s.click("[data-testid=grant-export]");
  await s.waitForText("[data-testid=grant-sent-notice]", (t) => t.includes("eastside-corrected.json"));
  assert.equal(app.cli(["grants", "import", corrected, "--round", round], { chapter: national }).trim(), id);
  const again = JSON.parse(app.cli(["grants", "list", "--round", round, "--format", "json"], { chapter: national }));
  assert.equal(again[0].revisions, 2);
});

test("the award is written down, and the midpoint report is sent and received", async () => {
  const s = app.session;
  const national = join(app.dir, "national.sqlite");
  const round = JSON.parse(app.cli(["grants", "round", "list"], { chapter: national }))[0].id;
  const id = JSON.parse(app.cli(["grants", "list", "--round", round], { chapter: national }))[0].id;
  app.cli(["grants", "decide", "--application", id, "--award", "700", "--reason", "Reduced: food is covered"], {
    chapter: national,
  });

  await s.waitFor("[data-testid=grant-decision-form]");
  await s.typeOver("[data-testid=grant-decision-amount]", "700");
  await s.click("[data-testid=save-grant-decision]");
  await s.waitForText("[data-testid=grant-awarded]", (t) => plain(t).includes("$700.00"));
  await s.click("[data-testid=start-grant-report-midpoint]");
  await s.waitFor("[data-testid=grant-report-midpoint] [data-testid=grant-report-form]");
  const within = "[data-testid=grant-report-midpoint]";
  await s.typeOver(`${within} [data-testid=grant-report-reached]`, "140");
  await s.type(`${within} [data-testid=grant-report-story]`, "Three building meetings; the union meets monthly.");
  await s.click(`${within} [data-testid=save-grant-report]`);
  await s.waitForText(`${within} [data-testid=saved]`, (t) => t.length > 0);
  await app.checkScreen("grants-report");

  const file = join(app.dir, "midpoint-report.json");
  app.answerDialog(file);
  await s.click(`${within} [data-testid=export-grant-report]`);
  await s.waitForText(`${within} [data-testid=grant-report-sent]`, (t) => t.includes("midpoint-report.json"));
  await s.click(`${within} [data-testid=print-grant-report-midpoint]`);
  const shown = await s.waitForText(`${within} [data-testid=printed-path]`, (t) => /\.pdf/.test(t));
  const pdf = shown.match(/(\/\S+\.pdf)/)?.[1];
  execFileSync("qpdf", ["--check", pdf]);
  const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  assert.ok(text.includes("Three building meetings; the union meets monthly."), text);
  const said = app.cli(["grants", "import-report", file], { chapter: national }).trim();
  assert.equal(said, `${id} midpoint`);
  const due = JSON.parse(app.cli(["grants", "reports", "--round", round], { chapter: national }));
  assert.ok(due.find((d) => d.kind === "midpoint").received);
});
