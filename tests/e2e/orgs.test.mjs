// Organizations in the real window: adding one, changing the chapter's relationship with it
// (with why), logging a contact with a next step (which then waits under "To tend"), tying a
// member to it (which ranks it under "Connections" and shows on the member's record), a
// nameless organization refused beside its name, the directory in and out of files, and
// filled connections forms typed in from the keyboard (one refused for a number entered twice).
//
// File dialogs are answered through GROUNDWORK_DIALOG_ANSWERS (src-tauri/src/commands/files.rs).
//
// Then, in the sample chapter (a window of its own): the connections assessment on paper, its
// numbered forms and its starting points printed, and its survey edited, a bad edit refused.
// And in another: its one likely duplicate pair merged (a nameless merge refused first), the
// merge listed on the kept record, and undone.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { TestApp } from "./support/app.mjs";
import { ELEMENT, Keys, poll } from "./support/webdriver.mjs";

const fixtures = resolve(import.meta.dirname, "../fixtures/organizations");
const ORG = "Holy Cross Parish";
let app;

before(async () => {
  app = await TestApp.start("orgs");
  const s = await app.open();
  await app.newChapter("Northside Neighbors United");
  // A member of the chapter, to take part in a contact and to be tied to the parish.
  await s.click("[data-testid=nav-people]");
  await s.click("[data-testid=add-person]");
  await s.type("[data-testid=first-name]", "Marisol");
  await s.type("[data-testid=last-name]", "Reyes");
  await s.click("[data-testid=save-person]");
  await s.waitForText("[data-testid=person-name]", (t) => t.includes("Marisol Reyes"));
});

after(async () => {
  await app?.stop();
});

/** Sets a field or a list the way a person's picker would, with the events Svelte listens to. */
async function setValue(css, value) {
  const el = await app.session.waitFor(css);
  await app.session.execute(
    `const e = arguments[0]; e.value = arguments[1];
     e.dispatchEvent(new Event('input', { bubbles: true }));
     e.dispatchEvent(new Event('change', { bubbles: true }));`,
    [{ [ELEMENT]: el }, value],
  );
}

/** A day `days` from today on this computer's calendar (the app's "today" too), as YYYY-MM-DD. */
function dayFromToday(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The text of what a field points at with aria-describedby: its hint and what to fix. */
function describedText(css) {
  return app.session.execute(
    `const input = document.querySelector(arguments[0]);
     const ids = (input?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
     return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');`,
    [css],
  );
}

/** Picks a person from the chapter in a picker: a few letters, then Enter on the first match. */
async function pickPerson(css, letters, name) {
  const s = app.session;
  await s.type(css, letters);
  await s.waitForText("[data-testid=person-match]", (t) => t.includes(name));
  await s.type(css, Keys.ENTER);
}

test("an empty directory says what it is for and offers the first step", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-orgs]");
  await s.waitFor("[data-testid=orgs-tab-directory][aria-selected=true]");
  const empty = await s.waitForText("[data-testid=orgs-empty]", (t) => t.includes("Add an organization"));
  assert.match(empty, /Import a list of organizations/);
  await app.checkScreen("orgs-empty");
});

test("adding an organization opens its record and lists it", async () => {
  const s = app.session;
  await s.click("[data-testid=add-org]");
  await s.waitFor("[data-testid=org-form]");
  await s.type("[data-testid=org-name-input]", ORG);
  await setValue("[data-testid=org-kind-select]", "congregation");
  await s.type("[data-testid=org-area-input]", "Northside");
  // A new laptop remembers no one yet: who adds it is said once, then offered again.
  await s.typeOver("[data-testid=org-added-by]", "Rosa");
  await app.checkScreen("org-form");
  await s.click("[data-testid=save-org]");
  await s.waitForText("[data-testid=org-name]", (t) => t.includes(ORG));
  const record = await s.text("[data-testid=org-record]");
  assert.match(record, /Congregation/);
  assert.match(await s.text("[data-testid=org-relationship]"), /Unknown/);
  const row = await s.waitForText("[data-testid=org-row]", (t) => t.includes(ORG));
  assert.match(row, /Congregation/);
  assert.match(row, /Northside/);
  await app.checkScreen("org-record");
});

test("changing the relationship with a reason shows in its history", async () => {
  const s = app.session;
  await s.click("[data-testid=change-relationship]");
  await s.waitFor("[data-testid=relationship-form]");
  await setValue("[data-testid=org-relationship-select]", "ally");
  await s.type("[data-testid=relationship-reason]", "Lends the hall for our meetings");
  await s.typeOver("[data-testid=relationship-changed-by]", "Rosa");
  await app.checkScreen("relationship-form");
  await s.click("[data-testid=save-relationship]");
  await s.waitForText("[data-testid=org-relationship]", (t) => t.includes("Ally"));
  // Newest first: the change, then the line the parish was added with.
  const lines = await s.waitForCount("[data-testid=relationship-history-line]", 2);
  const newest = await s.textOf(lines[0]);
  assert.match(newest, /Rosa/);
  assert.match(newest, /Unknown → Ally/);
  assert.match(newest, /Lends the hall for our meetings/);
  assert.match(await s.textOf(lines[1]), /Added as Unknown/);
  await s.waitForText("[data-testid=org-row]", (t) => t.includes("Ally"));
});

test("logging a contact with a next step shows it in the log and under To tend", async () => {
  const s = app.session;
  const due = dayFromToday(3);
  await s.click("[data-testid=log-contact]");
  await s.waitFor("[data-testid=org-contact-form]");
  await setValue("[data-testid=contact-kind]", "meeting");
  await s.type("[data-testid=contact-summary]", "Met Father Luis about using the hall on Thursdays");
  await s.type("[data-testid=contact-their-people]", "Father Luis");
  await pickPerson("[data-testid=contact-person-search]", "mari", "Marisol Reyes");
  await s.waitForText("[data-testid=contact-person]", (t) => t.includes("Marisol Reyes"));
  await s.type("[data-testid=contact-next-step]", "Send him the meeting dates");
  await setValue("[data-testid=contact-next-step-due]", due);
  await s.typeOver("[data-testid=contact-logged-by]", "Rosa");
  await app.checkScreen("org-contact-form");
  await s.click("[data-testid=save-contact]");
  const line = await s.waitForText("[data-testid=org-contact-line]", (t) => t.includes("Send him the meeting dates"));
  assert.match(line, /Met Father Luis/);
  assert.match(line, /Marisol Reyes/);
  assert.match(line, /Father Luis/);
  await s.waitFor("[data-testid=org-contact-line] [data-testid=complete-step]");

  await s.click("[data-testid=orgs-tab-tend]");
  await s.waitFor("[data-testid=orgs-tab-tend][aria-selected=true]");
  const step = await s.waitForText("[data-testid=tend-due-line]", (t) => t.includes("Send him the meeting dates"));
  assert.match(step, new RegExp(ORG));
  assert.match(step, /Due /);
  // Just in touch: the parish, an ally now, is not among those gone quiet.
  await s.waitFor("[data-testid=tend-quiet-none]");
  await app.checkScreen("orgs-tend");
});

test("tying a member with strength 4 ranks the organization first under Connections", async () => {
  const s = app.session;
  // The name under To tend opens the record in the directory.
  await s.click("[data-testid=tend-due-line] button");
  await s.waitFor("[data-testid=orgs-tab-directory][aria-selected=true]");
  await s.waitForText("[data-testid=org-name]", (t) => t.includes(ORG));
  await s.click("[data-testid=add-tie]");
  await s.waitFor("[data-testid=tie-form]");
  await pickPerson("[data-testid=tie-person-search]", "reyes", "Marisol Reyes");
  await s.waitForText("[data-testid=tie-person]", (t) => t.includes("Marisol Reyes"));
  await setValue("[data-testid=tie-role]", "leader");
  await s.type("[data-testid=tie-title]", "choir director");
  await s.click("[data-testid=tie-strength-4]");
  await s.click("[data-testid=tie-would-introduce]");
  await app.checkScreen("tie-form");
  await s.click("[data-testid=save-tie]");
  const tie = await s.waitForText("[data-testid=org-tie-line]", (t) => t.includes("Marisol Reyes"));
  assert.match(tie, /Strength 4 of 5/);
  assert.match(tie, /choir director/);
  assert.match(tie, /Would introduce us/);
  await s.waitForText("[data-testid=org-row]", (t) => /1 tie\b/.test(t));
  await app.checkScreen("org-ties");

  await s.click("[data-testid=orgs-tab-connections]");
  await s.waitFor("[data-testid=orgs-tab-connections][aria-selected=true]");
  const rows = await s.waitForCount("[data-testid=ranking-row]", 1);
  const first = await s.textOf(rows[0]);
  assert.match(first, new RegExp(ORG));
  assert.equal(await s.text("[data-testid=ranking-row] [data-testid=ranking-members]"), "1");
  await s.waitForText("[data-testid=connections-chart]", (t) => t.includes(ORG));
  await app.checkScreen("orgs-connections");
});

test("the member's record lists the tie, which opens the organization", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-people]");
  await s.typeOver("[data-testid=people-search]", "marisol");
  await s.waitForText("[data-testid=person-row]", (t) => t.includes("Marisol"));
  await s.click("[data-testid=person-row]");
  const line = await s.waitForText("[data-testid=person-tie-line]", (t) => t.includes(ORG));
  assert.match(line, /Strength 4 of 5/);
  await app.checkScreen("person-ties");
  await s.click("[data-testid=person-tie-line] button");
  await s.waitFor("[data-testid=nav-orgs][aria-current=page]");
  await s.waitForText("[data-testid=org-name]", (t) => t.includes(ORG));
});

test("a nameless organization is refused beside its name, and nothing is added", async () => {
  const s = app.session;
  await s.click("[data-testid=orgs-tab-directory]");
  await s.waitForCount("[data-testid=org-row]", 1);
  await s.click("[data-testid=add-org]");
  await s.waitFor("[data-testid=org-form]");
  await s.type("[data-testid=org-area-input]", "Northside");
  await s.click("[data-testid=save-org]");
  await s.waitFor("[data-testid=org-name-input][aria-invalid=true]");
  const said = await poll("the reason beside the name", 10000, async () => {
    const text = await describedText("[data-testid=org-name-input]");
    return /name/i.test(text) ? text : null;
  });
  assert.match(said, /Write the organization's name/);
  // The cursor is put where the fix goes.
  await poll("the cursor in the name", 10000, () =>
    s.execute("return document.activeElement?.dataset.testid === 'org-name-input';"),
  );
  await app.checkScreen("org-form-refused");
  // Nothing was added: the form is still open and the directory still holds one.
  await s.waitFor("[data-testid=org-form]");
  assert.equal((await s.findAll("[data-testid=org-row]")).length, 1);
  // Escape leaves the form (asking first, since the area was typed).
  await s.type("[data-testid=org-name-input]", Keys.ESCAPE);
  await s.click("[data-testid=confirm]");
  await s.waitForText("[data-testid=org-name]", (t) => t.includes(ORG));
  assert.equal((await s.findAll("[data-testid=org-row]")).length, 1);
});

test("a list of organizations imports; a file with a bad row is refused whole, naming the line", async () => {
  const s = app.session;
  await s.click("[data-testid=import-orgs]");
  await s.waitFor("[data-testid=org-import-panel]");
  await s.typeOver("[data-testid=org-imported-by]", "Rosa");
  app.answerDialog(join(fixtures, "directory.csv"));
  await s.click("[data-testid=org-import-choose]");
  const report = await s.waitForText("[data-testid=org-import-report]", (t) => /added/.test(t), 60000);
  assert.match(report, /5 organizations added/);
  await app.checkScreen("org-import-report");
  await s.click("[data-testid=close-org-import]");
  await s.waitForCount("[data-testid=org-row]", 6);

  await s.click("[data-testid=import-orgs]");
  app.answerDialog(join(fixtures, "bad-kind.csv"));
  await s.click("[data-testid=org-import-choose]");
  const refused = await s.waitForText("[data-testid=org-import-panel]", (t) => /line 3/.test(t), 60000);
  assert.match(refused, /spaceship/);
  assert.match(refused, /Nothing in the file was added/);
  await app.checkScreen("org-import-refused");
  await s.click("[data-testid=close-org-import]");
  assert.equal((await s.findAll("[data-testid=org-row]")).length, 6);
});

test("the directory exports as CSV", async () => {
  const s = app.session;
  const out = join(app.dir, "exports", "organizations.csv");
  await s.click("[data-testid=export-orgs]");
  await s.waitFor("[data-testid=org-export-panel]");
  await s.click("[data-testid=org-export-csv]");
  app.answerDialog(out);
  await s.click("[data-testid=org-export-save]");
  const done = await s.waitForText("[data-testid=org-export-done]", (t) => /Saved/.test(t), 60000);
  assert.match(done, /Saved 6 organizations/);
  assert.ok(existsSync(out), `${out} was not written`);
  const text = readFileSync(out, "utf8");
  assert.ok(text.includes(ORG) && text.includes("Eastside Tenants Union"), text);
  await s.click("[data-testid=close-org-export]");
});

describe("the connections assessment on paper, in the sample chapter", () => {
  let sample;
  const QUESTION = "[data-testid=survey-question][data-key=reach_out] [data-testid=survey-text-en]";
  const EDITED = "Would you introduce the chapter to people in one of these places?";

  before(async () => {
    sample = await TestApp.start("orgs-connections");
    const s = await sample.open();
    await s.click("[data-testid=open-sample]");
    await s.waitFor("[data-testid=sample-banner]");
    await s.click("[data-testid=nav-orgs]");
    await showConnections();
  });

  after(async () => {
    await sample?.stop();
  });

  /** Opens the Connections tab and waits for how far the assessment has come. */
  async function showConnections() {
    const s = sample.session;
    await s.click("[data-testid=orgs-tab-connections]");
    await s.waitFor("[data-testid=orgs-tab-connections][aria-selected=true]");
    await s.waitFor("[data-testid=connections-summary]");
  }

  /** Leaves the tab and comes back to it: what it shows is fetched again. */
  async function reloadTab() {
    const s = sample.session;
    await s.click("[data-testid=orgs-tab-directory]");
    await s.waitFor("[data-testid=orgs-tab-directory][aria-selected=true]");
    await showConnections();
  }

  /** A PDF written into the print folder, not empty, and its text. */
  function printedPdf(path) {
    assert.ok(path.startsWith(sample.printDir), `${path} is not in the print folder`);
    assert.ok(existsSync(path), `${path} was not written`);
    assert.ok(statSync(path).size > 0, `${path} is empty`);
    execFileSync("qpdf", ["--check", path]);
    return execFileSync("pdftotext", [path, "-"], { encoding: "utf8" });
  }

  function valueOf(css) {
    return sample.session.execute("return document.querySelector(arguments[0])?.value ?? null;", [css]);
  }

  test("five numbered forms print in English and Spanish, and the numbers shown are the ones printed", async () => {
    const s = sample.session;
    await s.waitForText("[data-testid=connections-summary]", (t) => /No connections forms printed yet/.test(t));
    await s.click("[data-testid=connections-open-print]");
    await s.waitFor("[data-testid=connections-print-panel]");
    await s.typeOver("[data-testid=connections-print-count]", "5", { check: true });
    await s.click("[data-testid=connections-print-lang-en\\+es]");
    await sample.checkScreen("connections-print");
    await s.click("[data-testid=connections-print-submit]");
    const done = await s.waitForText("[data-testid=connections-printed-forms]", (t) => t.includes("Printed forms"), 60000);
    const shown = /Printed forms (\w{4})-(\d{4}) to \1-(\d{4})/.exec(done);
    assert.ok(shown, `the numbers printed are not said: ${done}`);
    const [, code, from, to] = shown;
    assert.deepEqual([from, to], ["0001", "0005"]);
    const path = await s.text("[data-testid=connections-print-panel] [data-testid=printed-path]");
    const text = printedPdf(path);
    for (const number of [`${code}-0001`, `${code}-0005`]) {
      assert.ok(text.includes(number), `form ${number} is not in the PDF`);
    }
    assert.ok(!text.includes(`${code}-0006`), "a sixth form was printed");
    // Both languages, the survey's own title in each.
    assert.ok(text.includes("Where we belong") && text.includes("Dónde participamos"), "both languages");
    // The assessment counts them, and the next batch starts after them.
    await s.waitForText("[data-testid=connections-summary]", (t) => /^5 forms printed/.test(t));
    await s.waitForText("[data-testid=connections-print-panel]", (t) => t.includes(`${code}-0006`));
    await sample.checkScreen("connections-printed");
    await s.click("[data-testid=connections-print-close]");
    await poll("the print panel closed", 10000, async () => (await s.findAll("[data-testid=connections-print-panel]")).length === 0);
  });

  test("the starting points print for the chapter meeting", async () => {
    const s = sample.session;
    await s.click("[data-testid=connections-open-starting-points]");
    await s.waitFor("[data-testid=starting-points-panel]");
    await s.click('[data-testid=starting-points-panel] input[type=radio][value="en+es"]');
    await s.click("[data-testid=starting-points-print]");
    await s.waitFor("[data-testid=starting-points-printed]", 60000);
    const path = await s.text("[data-testid=starting-points-panel] [data-testid=printed-path]");
    assert.match(path, /\.pdf$/);
    const text = printedPdf(path);
    assert.ok(text.trim().length > 0, "the report has no text");
    await sample.checkScreen("starting-points-printed");
    await s.click("[data-testid=starting-points-close]");
    await poll("the starting points closed", 10000, async () => (await s.findAll("[data-testid=starting-points-panel]")).length === 0);
  });

  test("the bridges, the kinds with no ties and the ties by kind show under the ranking", async () => {
    const s = sample.session;
    await s.waitFor("[data-testid=ranking-row]");
    await s.waitFor("[data-testid=starting-bridges]");
    const bridges = await poll("the bridges listed", 30000, async () => {
      const found = await s.findAll("[data-testid=starting-bridges] [data-testid=starting-bridge]");
      return found.length > 0 ? found : null;
    });
    assert.ok(bridges.length >= 1, "no member is shown as a bridge");
    const heading = await s.text("[data-testid=starting-bridges] h3");
    assert.match(heading, /Members who are bridges/);
    const bridge = await s.textOf(bridges[0]);
    const name = await s.text("[data-testid=starting-bridge] [data-testid=starting-bridge-open]");
    assert.ok(name.length > 0, "the first bridge has no name");
    assert.ok(bridge.startsWith(name), `the bridge does not start with its name: ${bridge}`);
    assert.ok(bridge.length > name.length + 2, `the bridge's organizations are not listed: ${bridge}`);

    const byKind = await s.text("[data-testid=starting-by-kind]");
    assert.match(byKind, /Ties by kind of organization/);
    assert.match(byKind, /\d/, `no number of ties is written out: ${byKind}`);
    const kinds = await s.findAll("[data-testid=starting-by-kind] tbody tr");
    assert.ok(kinds.length >= 1, "no kind of organization has a row");

    // Kinds of community with no ties, where there are any, name an area and at least one kind.
    const gaps = await s.findAll("[data-testid=starting-gaps] [data-testid=starting-gap]");
    for (const gap of gaps) {
      const text = await s.textOf(gap);
      // The area on one line, the kinds with no ties under it.
      const [area, kinds] = text.split("\n").map((line) => line.trim());
      assert.ok(area && kinds, `a gap names no area or no kind: ${text}`);
    }
    const errors = await s.findAll("[data-testid=orgs-connections] [data-testid=error]");
    assert.equal(errors.length, 0, "an error is shown");
    // The screenshot shows the sections themselves, below the ranking.
    await s.execute("document.querySelector('[data-testid=starting-bridges]').scrollIntoView();");
    await sample.checkScreen("connections-starting-points");
    await s.execute("document.querySelector('[data-testid=starting-by-kind]').scrollIntoView();");
    await sample.checkScreen("connections-ties-by-kind");

    // A bridge's name opens the person's record, in People.
    await s.click("[data-testid=starting-bridge] [data-testid=starting-bridge-open]");
    const surname = name.split(" ").at(-1);
    await s.waitForText("[data-testid=person-name]", (t) => t.includes(surname));
    await s.click("[data-testid=nav-orgs]");
    await showConnections();
  });

  test("a question edited in English is saved and kept when the tab is opened again", async () => {
    const s = sample.session;
    await s.click("[data-testid=connections-edit-survey]");
    await s.waitFor("[data-testid=connections-survey-editor]");
    const before = await valueOf(QUESTION);
    assert.ok(before && before !== EDITED, `the question read ${before}`);
    await s.typeOver(QUESTION, EDITED, { check: true });
    await sample.checkScreen("connections-survey");
    await s.click("[data-testid=connections-survey-save]");
    await s.waitForText("[data-testid=connections-survey-status]", (t) => /Saved the survey/.test(t));
    await poll("the editor closed", 10000, async () => (await s.findAll("[data-testid=connections-survey-editor]")).length === 0);

    await reloadTab();
    await s.click("[data-testid=connections-edit-survey]");
    await s.waitFor("[data-testid=connections-survey-editor]");
    await poll("the saved question", 10000, async () => (await valueOf(QUESTION)) === EDITED);
    // Only the English changed: the Spanish beside it is as it was.
    const spanish = await valueOf("[data-testid=survey-question][data-key=reach_out] [data-testid=survey-text-es]");
    assert.match(spanish, /Ayudaría al capítulo/);
  });

  test("a bad edit is refused, said, and the saved survey stays as it was", async () => {
    const s = sample.session;
    // The editor is still open from the test before, on the saved survey.
    await s.waitFor("[data-testid=connections-survey-editor]");
    assert.equal(await valueOf("[data-testid=connections-survey-rows]"), "6");
    // More lines for organizations than a form holds.
    await s.typeOver("[data-testid=connections-survey-rows]", "13", { check: true });
    await s.typeOver(QUESTION, "This edit is refused with the lines", { check: true });
    await s.click("[data-testid=connections-survey-save]");
    const refused = await s.waitForText("[data-testid=connections-survey-editor] [data-testid=error]", (t) => /12/.test(t));
    assert.match(refused, /1 to 12 lines/);
    // The cursor goes to the lines box, which brings the refusal beside it into view.
    await poll("the cursor in the lines box", 10000, () =>
      s.execute("return document.activeElement?.dataset.testid === 'connections-survey-rows';"),
    );
    // Nothing was saved: the editor stays open with what was typed.
    await s.waitFor("[data-testid=connections-survey-editor]");
    assert.equal(await valueOf("[data-testid=connections-survey-rows]"), "13");
    await sample.checkScreen("connections-survey-refused");
    // Escape leaves it, asking first since something was typed.
    await s.type(QUESTION, Keys.ESCAPE);
    await s.click("[data-testid=confirm]");
    await poll("the editor closed", 10000, async () => (await s.findAll("[data-testid=connections-survey-editor]")).length === 0);

    await reloadTab();
    await s.waitForText("[data-testid=connections-survey-shape]", (t) => /\b6 lines for organizations/.test(t));
    await s.click("[data-testid=connections-edit-survey]");
    await s.waitFor("[data-testid=connections-survey-editor]");
    assert.equal(await valueOf("[data-testid=connections-survey-rows]"), "6");
    assert.equal(await valueOf(QUESTION), EDITED);
    await s.type(QUESTION, Keys.ESCAPE);
    await poll("the editor closed", 10000, async () => (await s.findAll("[data-testid=connections-survey-editor]")).length === 0);
  });
});

describe("likely duplicate organizations, merged and the merge undone, in the sample chapter", () => {
  let sample;
  const FIRST = "Riverside Home Care Workers Union";
  const SECOND = "Home Care Workers Union, Riverside";
  const ROW = "[data-testid=org-row]";

  before(async () => {
    sample = await TestApp.start("orgs-merge");
    const s = await sample.open();
    await s.click("[data-testid=open-sample]");
    await s.waitFor("[data-testid=sample-banner]");
    await s.click("[data-testid=nav-orgs]");
    await s.waitFor("[data-testid=orgs-tab-directory][aria-selected=true]");
    // Only the two look-alikes in the list, so what leaves it and comes back is plain to see.
    await s.type("[data-testid=orgs-search]", "Home Care");
    await s.waitForCount(ROW, 2);
  });

  after(async () => {
    await sample?.stop();
  });

  /** The rows' text, once exactly `count` of them are listed. */
  async function rows(count) {
    const s = sample.session;
    const found = await s.waitForCount(ROW, count);
    return Promise.all(found.map((el) => s.textOf(el)));
  }

  test("a likely pair merges into the first, a nameless merge refused first; the undo brings the second back", async () => {
    const s = sample.session;
    // Exactly one likely pair, said with why they look alike.
    await s.waitForText("[data-testid=org-duplicates-open]", (t) => /\(1\)/.test(t));
    await s.click("[data-testid=org-duplicates-open]");
    await s.waitFor("[data-testid=org-duplicates-panel]");
    const pairs = await s.waitForCount("[data-testid=org-duplicate-pair]", 1);
    const pair = await s.textOf(pairs[0]);
    assert.ok(pair.includes(FIRST) && pair.includes(SECOND), pair);
    assert.match(pair, /Why they look alike/);
    await sample.checkScreen("org-duplicates");

    // Merge, keeping the first (the one offered), with "merged by" left empty: refused beside it.
    await s.click("[data-testid=org-merge-pair]");
    await s.waitFor("[data-testid=org-merge-form]");
    const keep = await s.text("[data-testid=org-merge-keep]");
    assert.ok(keep.startsWith(`Keep “${FIRST}”`), keep);
    // Select all, then Backspace: the field empty, with the input event Svelte listens to.
    await s.typeOver("[data-testid=org-merged-by]", "\uE003");
    assert.equal(await s.execute("return document.querySelector('[data-testid=org-merged-by]').value;"), "");
    await s.click("[data-testid=org-merge-confirm]");
    await s.waitFor("[data-testid=org-merged-by][aria-invalid=true]");
    const said = await poll("the reason beside merged by", 10000, async () => {
      const text = await sample.session.execute(
        `const input = document.querySelector('[data-testid=org-merged-by]');
         const ids = (input?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
         return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');`,
      );
      return /name/i.test(text) ? text : null;
    });
    assert.match(said, /Write your name/);
    await sample.checkScreen("org-merge-refused");
    // Nothing changed: the form is still open, the pair still listed, both still in the directory.
    await s.waitFor("[data-testid=org-merge-form]");
    assert.equal((await s.findAll("[data-testid=org-duplicate-pair]")).length, 1);
    const both = await rows(2);
    assert.ok(both.some((t) => t.includes(SECOND)), both.join(" / "));

    await s.typeOver("[data-testid=org-merged-by]", "Rosa", { check: true });
    await s.click("[data-testid=org-merge-confirm]");
    // The kept record opens, the merge listed on it; the second has left the directory.
    await s.waitForText("[data-testid=org-name]", (t) => t.includes(FIRST));
    const merges = await s.waitForText("[data-testid=org-merges]", (t) => t.includes(SECOND));
    assert.match(merges, /Merged into this record/);
    assert.match(merges, /merged by Rosa/);
    const one = await rows(1);
    assert.ok(one[0].includes(FIRST), one[0]);
    await poll("the duplicates panel closed", 10000, async () =>
      (await s.findAll("[data-testid=org-duplicates-panel]")).length === 0,
    );
    await sample.checkScreen("org-merged");

    // Undo, asked first: the second comes back, its record open, and is in the directory again.
    await s.click("[data-testid=undo-org-merge]");
    await s.click("[data-testid=confirm]");
    await s.waitForText("[data-testid=org-name]", (t) => t.includes(SECOND));
    const again = await rows(2);
    assert.ok(again.some((t) => t.includes(SECOND)), again.join(" / "));
    assert.ok(again.some((t) => t.includes(FIRST)), again.join(" / "));
  });
});

// Entering filled connections forms, keyboard only, on the chapter the first tests made. The
// command line prints the numbered forms, so these tests start from paper as a chapter would.

/** The code on the numbered connections forms printed for these tests ("K7QF"). */
let formCode;

/** Waits until the keyboard is on the `index`-th element with data-testid `testid`. */
async function focusOn(testid, index = 0) {
  await poll(`the cursor on ${testid} #${index}`, 10000, () =>
    app.session.execute(
      `const all = [...document.querySelectorAll('[data-testid="' + arguments[0] + '"]')];
       return document.activeElement !== null && all.indexOf(document.activeElement) === arguments[1];`,
      [testid, index],
    ),
  );
}

/** Types wherever the keyboard is, as a person at the keyboard would: no clicking on fields. */
async function press(text) {
  const active = await app.session.cmd("GET", "/element/active");
  await app.session.cmd("POST", `/element/${active[ELEMENT]}/value`, { text });
}

/** Whether the `index`-th element with data-testid `testid` is ticked. */
function ticked(testid, index = 0) {
  return app.session.execute(
    "return document.querySelectorAll('[data-testid=\"' + arguments[0] + '\"]')[arguments[1]]?.checked === true;",
    [testid, index],
  );
}

test("two connections forms are typed in from the keyboard, one naming an organization from the directory and one a new one", async () => {
  const s = app.session;
  const printed = app.cli(["print", "connections-form", "--count", "3", "--out", join(app.dir, "connections-forms.pdf")]);
  formCode = /forms (\w{4})-0001 to \w{4}-0003/.exec(printed)?.[1];
  assert.ok(formCode, `the numbers printed: ${printed}`);

  // A second member, to fill in the second form.
  await s.click("[data-testid=nav-people]");
  await s.click("[data-testid=add-person]");
  await s.type("[data-testid=first-name]", "Tomás");
  await s.type("[data-testid=last-name]", "Ortega");
  await s.click("[data-testid=save-person]");
  await s.waitForText("[data-testid=person-name]", (t) => t.includes("Tomás Ortega"));

  await s.click("[data-testid=nav-orgs]");
  await s.click("[data-testid=orgs-tab-connections]");
  await s.click("[data-testid=connections-enter-forms]");
  await s.waitFor("[data-testid=connections-entry]");
  // Opened from the tab, the cursor waits on the form number.
  await focusOn("entry-form-number");
  await s.typeOver("[data-testid=entry-entered-by]", "Rosa");
  await s.click("[data-testid=entry-form-number]");

  // Form 1: Marisol, a leader at Iglesia San José (picked from what the directory suggests),
  // strength 4, would introduce us; she works at Mercy Hospital.
  await press(`1${Keys.ENTER}`);
  await focusOn("cx-entry-member-search");
  await press("Mari");
  await s.waitForText("[data-testid=person-match]", (t) => t.includes("Marisol Reyes"));
  await press(Keys.ENTER);
  await s.waitForText("[data-testid=cx-entry-member]", (t) => t.includes("Marisol Reyes"));
  await focusOn("cx-line-org", 0);
  await press("Iglesia");
  await s.waitForText("[data-testid=cx-org-option]", (t) => t.includes("Iglesia San José"));
  await app.checkScreen("connections-entry-suggestions");
  await press(Keys.ENTER);
  await s.waitForText("[data-testid=cx-line-org-mark]", (t) => /in the directory/.test(t));
  await focusOn("cx-role-member", 0);
  await press("3");
  await focusOn("cx-role-leader", 0);
  assert.equal(await ticked("cx-role-leader", 0), true, "3 is a leader");
  await press(Keys.ENTER);
  await focusOn("cx-strength-1", 0);
  await press("4");
  await focusOn("cx-strength-4", 0);
  assert.equal(await ticked("cx-strength-4", 0), true, "strength 4");
  await press(Keys.ENTER);
  await focusOn("cx-introduce", 0);
  await press("y");
  assert.equal(await ticked("cx-introduce", 0), true, "would introduce us");
  // On to the next line, which opened by itself; Enter on it empty goes on to the work.
  await press(Keys.ENTER);
  await focusOn("cx-line-org", 1);
  await press(Keys.ENTER);
  await focusOn("cx-workplace");
  await press("Mercy Hospital");
  await press(Keys.CTRL_ENTER);
  await s.waitForText("[data-testid=entry-status]", (t) => t.includes(`${formCode}-0001 entered: Marisol Reyes, one organization`));
  // Cleared for the next form, the cursor back on its number.
  await focusOn("entry-form-number");
  assert.equal(await s.execute("return document.querySelector('[data-testid=entry-form-number]').value;"), "");

  // Form 2: Tomás, at a church the directory does not have yet: Enter adds it as new.
  await press(`2${Keys.ENTER}`);
  await focusOn("cx-entry-member-search");
  await press("Tom");
  await s.waitForText("[data-testid=person-match]", (t) => t.includes("Tomás Ortega"));
  await press(Keys.ENTER);
  await focusOn("cx-line-org", 0);
  await press("Holy Family Church");
  await press(Keys.ENTER);
  await s.waitForText("[data-testid=entry-status]", (t) => t.includes("“Holy Family Church” added to the directory as a new organization"));
  await s.waitForText("[data-testid=cx-line-org-mark]", (t) => t === "new");
  await focusOn("cx-role-member", 0);
  await press(Keys.ENTER);
  await focusOn("cx-strength-1", 0);
  await press("5");
  await focusOn("cx-strength-5", 0);
  await press(Keys.ENTER);
  await focusOn("cx-introduce", 0);
  await press(Keys.CTRL_ENTER);
  await s.waitForText("[data-testid=entry-status]", (t) => t.includes(`${formCode}-0002 entered: Tomás Ortega, one organization`));
  await focusOn("entry-form-number");

  // The forms entered last, newest first.
  const rows = await s.waitForCount("[data-testid=connections-entry] [data-testid=entry-recent-row]", 2);
  const newest = await s.textOf(rows[0]);
  assert.match(newest, new RegExp(`${formCode}-0002`));
  assert.match(newest, /Tomás Ortega · one organization/);
  assert.match(newest, /Rosa/);
  assert.match(await s.textOf(rows[1]), new RegExp(`${formCode}-0001[\\s\\S]*Marisol Reyes · one organization`));
  assert.match(await s.text("[data-testid=entry-count]"), /2 forms entered this session/);
  await app.checkScreen("connections-entry");

  // The ranking counts the new ties: the parish from before, the church picked, the new one.
  await s.click("[data-testid=cx-entry-back]");
  await s.waitFor("[data-testid=orgs-connections]");
  const ranked = await s.waitForCount("[data-testid=ranking-row]", 3);
  const texts = await Promise.all(ranked.map((row) => s.textOf(row)));
  for (const name of [ORG, "Iglesia San José", "Holy Family Church"]) {
    assert.ok(texts.some((text) => text.includes(name)), `${name} is ranked: ${texts.join(" | ")}`);
  }
  assert.ok(texts.some((text) => text.includes("Holy Family Church") && /Other/.test(text)), "added with the kind Other");
  // The new organization is in the directory, its relationship not known yet.
  await s.click("[data-testid=orgs-tab-directory]");
  const row = await poll("the new church in the directory", 30000, async () => {
    const rows = await Promise.all((await s.findAll("[data-testid=org-row]")).map((el) => s.textOf(el)));
    return rows.find((text) => text.includes("Holy Family Church")) ?? null;
  });
  assert.match(row, /Other/);
  assert.match(row, /Unknown/);
});

test("a connections form's number entered twice is refused at the number, naming who entered it, and nothing changes", async () => {
  const s = app.session;
  await s.click("[data-testid=orgs-tab-connections]");
  await s.click("[data-testid=connections-enter-forms]");
  await s.waitFor("[data-testid=connections-entry]");
  await s.waitForCount("[data-testid=connections-entry] [data-testid=entry-recent-row]", 2);
  await s.click("[data-testid=entry-form-number]");
  await press(`1${Keys.ENTER}`);
  await focusOn("cx-entry-member-search");
  await press("Tom");
  await s.waitForText("[data-testid=person-match]", (t) => t.includes("Tomás Ortega"));
  await press(Keys.ENTER);
  await focusOn("cx-line-org", 0);
  await press("Holy Family");
  await s.waitForText("[data-testid=cx-org-option]", (t) => t.includes("Holy Family Church"));
  await press(Keys.ENTER);
  await focusOn("cx-role-member", 0);
  await press(`4${Keys.ENTER}`);
  await focusOn("cx-strength-1", 0);
  await press("2");
  await press(Keys.CTRL_ENTER);

  await s.waitFor("[data-testid=entry-form-number][aria-invalid=true]");
  const said = await poll("the refusal beside the number", 10000, async () => {
    const text = await describedText("[data-testid=entry-form-number]");
    return /already entered/.test(text) ? text : null;
  });
  assert.match(said, new RegExp(`${formCode}-0001 was already entered by Rosa on \\d{4}-\\d{2}-\\d{2}`));
  await focusOn("entry-form-number");
  await app.checkScreen("connections-entry-refused");
  // What was typed stays, to fix the number and save again.
  assert.equal(await s.execute("return document.querySelector('[data-testid=entry-form-number]').value;"), "1");
  assert.match(await s.text("[data-testid=cx-entry-member]"), /Tomás Ortega/);
  assert.equal(await ticked("cx-strength-2", 0), true);
  // Nothing was entered: still two forms, and the ranking as it was.
  assert.equal((await s.findAll("[data-testid=connections-entry] [data-testid=entry-recent-row]")).length, 2);
  assert.match(await s.text("[data-testid=entry-count]"), /2 forms entered this session/);
  await s.click("[data-testid=cx-entry-back]");
  const ranked = await s.waitForCount("[data-testid=ranking-row]", 3);
  const church = (await Promise.all(ranked.map((row) => s.textOf(row)))).find((t) => t.includes("Holy Family Church"));
  assert.ok(church, "the new church is still ranked");
  // One person tied to it, with the strength told on form 2.
  const members = await s.execute(
    `const row = [...document.querySelectorAll('[data-testid=ranking-row]')].find((r) => r.textContent.includes('Holy Family Church'));
     return row.querySelector('[data-testid=ranking-members]').textContent.trim();`,
  );
  assert.equal(members, "1");
});
