// Meetings in the real window: scheduling one, printing its sign-in sheet, and entering a
// filled sheet by keyboard (a known person by a few letters and Enter, a newcomer by a short row).

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { TestApp } from "./support/app.mjs";
import { ELEMENT, Keys } from "./support/webdriver.mjs";

let app;

before(async () => {
  app = await TestApp.start("meetings");
  const s = await app.open();
  await app.newChapter("Westside Neighbors");
  // Someone the chapter already knows, to be found on the sheet.
  await s.click("[data-testid=nav-people]");
  await s.click("[data-testid=add-person]");
  await s.type("[data-testid=first-name]", "Dolores");
  await s.type("[data-testid=last-name]", "Huerta");
  await s.click("[data-testid=save-person]");
  await s.waitForText("[data-testid=person-name]", (t) => t.includes("Huerta"));
});

after(async () => {
  await app?.stop();
});

/** Sets a date/time field the way a person's picker would, with the events Svelte listens to. */
async function setValue(css, value) {
  const el = await app.session.waitFor(css);
  await app.session.execute(
    `const e = arguments[0]; e.value = arguments[1];
     e.dispatchEvent(new Event('input', { bubbles: true }));
     e.dispatchEvent(new Event('change', { bubbles: true }));`,
    [{ [ELEMENT]: el }, value],
  );
}

test("scheduling a meeting lists it with what makes it accessible", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-meetings]");
  await s.click("[data-testid=new-meeting]");
  await s.waitFor("[data-testid=meeting-form]");
  await s.type("[data-testid=meeting-title]", "Tenant union general meeting");
  await setValue("[data-testid=meeting-starts]", "2026-11-20T18:30");
  await app.checkScreen("meeting-form");
  await s.click("[data-testid=save-meeting]");
  await s.waitForText("[data-testid=meeting-row]", (t) => t.includes("Tenant union general meeting"));
  await app.checkScreen("meeting");
});

test("printing the meeting's sign-in sheet writes a PDF with its title", async () => {
  const s = app.session;
  await s.click("[data-testid=print-meeting-sign-in]");
  const shown = await s.waitForText("[data-testid=printed-path]", (t) => /\.pdf/.test(t));
  const path = shown.match(/(\/\S+\.pdf)/)?.[1];
  assert.ok(path, `no path in "${shown}"`);
  execFileSync("qpdf", ["--check", path]);
  const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" });
  assert.ok(text.includes("Tenant union general meeting"), text);
  assert.ok(text.includes("Westside Neighbors"));
});

test("entering a filled sheet by keyboard marks a known person and a newcomer", async () => {
  const s = app.session;
  await s.click("[data-testid=enter-sign-ins]");
  await s.waitFor("[data-testid=sign-in-entry]");
  await s.type("[data-testid=sign-in-name]", "dol hu");
  await s.waitForText("[data-testid=sign-in-match]", (t) => t.includes("Dolores Huerta"));
  await s.type("[data-testid=sign-in-name]", Keys.ENTER);
  await s.waitForText("[data-testid=sign-in-entry]", (t) => t.includes("Dolores Huerta"));
  await s.type("[data-testid=sign-in-name]", "Ana Okafor");
  await s.click("[data-testid=sign-in-new]");
  await s.waitFor("[data-testid=new-attendee-form]");
  await app.checkScreen("sign-in-entry");
  await s.click("[data-testid=save-new-attendee]");
  await s.waitForText("[data-testid=sign-in-entry]", (t) => t.includes("Ana Okafor"));
  await s.click("[data-testid=finish-sign-ins]");
  const summary = await s.waitForText("[data-testid=sign-in-summary]", (t) => t.includes("Ana Okafor"));
  assert.match(summary, /2/);
  await app.checkScreen("sign-in-summary");
});

test("the person's record lists the meeting they signed in at", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-people]");
  await s.type("[data-testid=people-search]", "dolores");
  await s.waitForText("[data-testid=person-row]", (t) => t.includes("Dolores"));
  await s.click("[data-testid=person-row]");
  const item = await s.waitForText("[data-testid=attendance-item]", (t) => t.includes("Tenant union"));
  assert.match(item, /Tenant union general meeting/);
  await app.checkScreen("person-attendance");
});
