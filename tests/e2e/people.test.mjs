// The base in the real window: adding a person, finding them as you type, logging a
// one-on-one, and finding it all again after a restart.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { TestApp } from "./support/app.mjs";

let app;

before(async () => {
  app = await TestApp.start("people");
  await app.open();
  await app.newChapter("Southside Tenants United");
});

after(async () => {
  await app?.stop();
});

test("adding a person from the form shows their record", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-people]");
  await s.waitFor("[data-testid=people-search]");
  await app.checkScreen("people-empty");
  await s.click("[data-testid=add-person]");
  await s.waitFor("[data-testid=person-form]");
  await s.type("[data-testid=first-name]", "Dolores");
  await s.type("[data-testid=last-name]", "Huerta-Ramírez");
  await app.checkScreen("person-form");
  await s.click("[data-testid=save-person]");
  const name = await s.waitForText("[data-testid=person-name]", (t) => t.includes("Huerta-Ramírez"));
  assert.match(name, /Dolores Huerta-Ramírez/);
  const level = await s.text("[data-testid=ladder-level]");
  assert.match(level, /Contact/);
});

test("search as you type finds the person", async () => {
  const s = app.session;
  await s.type("[data-testid=people-search]", "huerta");
  const row = await s.waitForText("[data-testid=person-row]", (t) => t.includes("Dolores"));
  assert.match(row, /Huerta-Ramírez/);
});

test("logging a one-on-one adds it to the person's record", async () => {
  const s = app.session;
  await s.click("[data-testid=log-one-on-one]");
  await s.waitFor("[data-testid=one-on-one-form]");
  await s.typeAt("[data-testid=one-on-one-form] input[type=text]", 0, "Rosa");
  await s.typeAt("[data-testid=one-on-one-form] textarea", 0, "Cleans offices downtown at night; two kids.");
  await s.typeAt("[data-testid=one-on-one-form] textarea", 1, "Black mold in the bathroom, landlord ignores it");
  await app.checkScreen("one-on-one-form");
  await s.click("[data-testid=save-one-on-one]");
  const item = await s.waitForText("[data-testid=one-on-one-item]", (t) => t.includes("Rosa"));
  assert.match(item, /Black mold|Cleans offices/);
  await app.checkScreen("person-record");
});

test("the person and their one-on-one survive a restart", async () => {
  await app.close();
  const s = await app.open();
  await s.click("[data-testid=nav-people]");
  await s.type("[data-testid=people-search]", "dolores");
  await s.waitForText("[data-testid=person-row]", (t) => t.includes("Huerta"));
  await s.click("[data-testid=person-row]");
  await s.waitForText("[data-testid=one-on-one-item]", (t) => t.includes("Rosa"));
});
