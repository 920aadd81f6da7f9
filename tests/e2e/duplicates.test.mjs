// Possible duplicates in the real window: two records typed in with the same phone are found,
// compared side by side and merged (a field taken from the second record, both records'
// phones and emails kept); another pair is marked as two different people.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { TestApp } from "./support/app.mjs";
import { ELEMENT, Keys } from "./support/webdriver.mjs";

let app;

before(async () => {
  app = await TestApp.start("duplicates");
  const s = await app.open();
  await app.newChapter("Eastside Tenants");
  await s.click("[data-testid=nav-people]");
  await s.waitFor("[data-testid=people-search]");
});

after(async () => {
  await app?.stop();
});

/**
 * Clicks a button of the person form once it is in the middle of the pane: near the bottom,
 * the form's sticky Save bar would take the click.
 */
async function clickInForm(css) {
  const el = await app.session.waitFor(css);
  await app.session.execute("arguments[0].scrollIntoView({ block: 'center' });", [
    { [ELEMENT]: el },
  ]);
  await app.session.click(css);
}

/** Adds someone through the form, with phones and emails, and waits for their record. */
async function addPerson(first, last, { phones = [], emails = [] } = {}) {
  const s = app.session;
  await s.click("[data-testid=add-person]");
  await s.waitFor("[data-testid=person-form]");
  await s.type("[data-testid=first-name]", first);
  await s.type("[data-testid=last-name]", last);
  for (const [index, phone] of phones.entries()) {
    await clickInForm("[data-testid=add-phone]");
    await s.typeAt("[data-testid=phone-number]", index, phone);
  }
  for (const [index, email] of emails.entries()) {
    await clickInForm("[data-testid=add-email]");
    await s.typeAt("[data-testid=email-address]", index, email);
  }
  await s.click("[data-testid=save-person]");
  await s.waitForText("[data-testid=person-name]", (t) => t === `${first} ${last}`);
}

/** The data-testid of whatever has the keyboard focus, or its tag name. */
function focused() {
  return app.session.execute(
    "const e = document.activeElement; return e ? (e.dataset.testid || e.tagName) : null;",
  );
}

test("two records with the same phone are listed as possible duplicates", async () => {
  const s = app.session;
  await addPerson("Ana", "Ruiz", { phones: ["617-555-0143"], emails: ["ana@example.org"] });
  await addPerson("Ana María", "Ruiz", {
    phones: ["(617) 555-0143", "617-555-0199"],
    emails: ["ana.ruiz@example.net"],
  });
  await s.waitForText("[data-testid=people-count]", (t) => t.startsWith("2 people"));
  // The newer record says who it may be the same person as.
  await s.waitFor("[data-testid=record-duplicate]");
  const notice = await s.execute(
    "return document.querySelector('[data-testid=record-duplicate]').closest('li').innerText;",
  );
  assert.match(notice, /may be the same person as Ana Ruiz \(same phone\)/);

  await s.click("[data-testid=open-duplicates]");
  const pair = await s.waitForText("[data-testid=duplicate-pair]", (t) => t.includes("María"));
  assert.match(pair, /Ana Ruiz/);
  assert.match(pair, /Ana María Ruiz/);
  assert.match(pair, /Same phone: \(617\) 555-0143/);
  assert.equal((await s.findAll("[data-testid=duplicate-pair]")).length, 1);
  assert.equal(await s.text("[data-testid=duplicates-summary]"), "1 pair to look at");
  await app.checkScreen("duplicates");
});

test("Escape closes the compare panel and gives the focus back to its button", async () => {
  const s = app.session;
  await s.click("[data-testid=compare-pair]");
  await s.waitFor("[data-testid=merge-panel]");
  await s.waitFor("[data-testid=choose-name-b]");
  assert.equal(await focused(), "H2", "the panel's heading takes the focus");
  await s.type("[data-testid=merged-by]", Keys.ESCAPE);
  await s.waitFor("[data-testid=duplicate-pair]");
  assert.equal((await s.findAll("[data-testid=merge-panel]")).length, 0);
  assert.equal(await focused(), "compare-pair");
});

test("a merge without a name is refused next to the field, and both records stay", async () => {
  const s = app.session;
  await s.click("[data-testid=compare-pair]");
  await s.waitFor("[data-testid=merged-by]");
  await s.typeOver("[data-testid=merged-by]", " ", { check: true });
  await s.click("[data-testid=confirm-merge]");
  // A blank name is refused by the field before the "cannot be undone" question is asked.
  await s.waitFor("[data-testid=merge-panel] [data-testid=error]");
  const error = await s.text("[data-testid=merge-panel] [data-testid=error]");
  assert.match(error, /\S/, "the refusal says why");
  await app.checkScreen("merge-refused");
  await s.type("[data-testid=merged-by]", Keys.ESCAPE);
  await s.waitFor("[data-testid=duplicate-pair]");
  assert.equal((await s.findAll("[data-testid=duplicate-pair]")).length, 1);
});

test("merging keeps both records' phones and emails and a name chosen from the second", async () => {
  const s = app.session;
  await s.click("[data-testid=compare-pair]");
  const panel = await s.waitForText("[data-testid=merge-panel]", (t) => t.includes("Where they differ"));
  assert.match(panel, /\(617\) 555-0199/);
  assert.match(panel, /ana\.ruiz@example\.net/);
  await s.click("[data-testid=choose-name-b]");
  assert.equal(
    await s.execute("return document.querySelector('[data-testid=choose-name-b]').checked;"),
    true,
  );
  await s.typeOver("[data-testid=merged-by]", "Dee", { check: true });
  await app.checkScreen("merge-panel");

  await s.click("[data-testid=confirm-merge]");
  const question = await s.waitForText("dialog[open]", (t) => t.includes("cannot be undone"));
  assert.match(question, /Ana María Ruiz/);
  await app.screenshot("merge-confirm");
  await s.click("[data-testid=confirm]");

  const name = await s.waitForText("[data-testid=person-name]", (t) => t === "Ana María Ruiz");
  assert.equal(name, "Ana María Ruiz");
  const record = await s.waitForText("[data-testid=merged-from]", (t) => t.includes("Dee"));
  assert.match(record, /Ana María Ruiz/);
  const whole = await s.text("article");
  // Every number in one shape, whatever was typed.
  for (const expected of ["(617) 555-0143", "(617) 555-0199", "ana@example.org", "ana.ruiz@example.net"]) {
    assert.ok(whole.includes(expected), `the kept record lacks ${expected}:\n${whole}`);
  }
  assert.equal((await s.findAll("[data-testid=record-duplicate]")).length, 0);
  await s.waitForText("[data-testid=people-count]", (t) => t.startsWith("1 person"));
  assert.equal((await s.findAll("[data-testid=person-row]")).length, 1);
  await app.checkScreen("merged-record");
});

test("a pair marked as two different people leaves the list", async () => {
  const s = app.session;
  await addPerson("Luis", "Ortega", { emails: ["ortega.family@example.org"] });
  await addPerson("Marta", "Ortega", { emails: ["ortega.family@example.org"] });
  await s.click("[data-testid=open-duplicates]");
  const pair = await s.waitForText("[data-testid=duplicate-pair]", (t) => t.includes("Marta"));
  assert.match(pair, /Same email: ortega\.family@example\.org/);
  await s.typeOver("[data-testid=decided-by]", "Dee", { check: true });
  await s.click("[data-testid=not-duplicate]");
  const said = await s.waitForText("[data-testid=duplicates-status]", (t) => t.length > 0);
  assert.match(said, /Luis Ortega and Marta Ortega are marked as two different people/);
  const empty = await s.text("[data-testid=duplicates-none]");
  assert.match(empty, /No likely duplicates were found/);
  assert.equal((await s.findAll("[data-testid=duplicate-pair]")).length, 0);
  await app.checkScreen("duplicates-empty");
});
