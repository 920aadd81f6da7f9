// The chapter's first steps in the real window: the welcome flow names the chapter, the name
// survives a restart, and printing a sign-in sheet writes a PDF holding the chapter's name.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { TestApp } from "./support/app.mjs";

const CHAPTER = "Eastside Neighbors United — Nguyễn Street";
let app;

before(async () => {
  app = await TestApp.start("chapter");
});

after(async () => {
  await app?.stop();
});

test("the welcome screen refuses an empty name and then names the chapter", async () => {
  const s = await app.open();
  await s.waitFor("[data-testid=welcome]");
  await app.checkScreen("welcome", "accessibility problems on the welcome screen");
  // The first window offers the screens' language before anything else, and follows it at once.
  await s.click("[data-testid=language-es]");
  await s.waitForText("h1", (t) => t.includes("Bienvenidos"));
  assert.equal(await s.execute("return document.documentElement.lang;"), "es");
  await app.checkScreen("welcome-es", "accessibility problems on the welcome screen in Spanish");
  await s.click("[data-testid=language-en]");
  await s.waitForText("h1", (t) => t.includes("Welcome"));
  assert.equal(await s.execute("return document.documentElement.lang;"), "en");
  await s.click("[data-testid=start]");
  const error = await s.waitForText("[data-testid=welcome] [role=alert], [data-testid=error]", (t) => t.length > 0);
  assert.match(error, /name/i);
  await s.type("[data-testid=chapter-name]", CHAPTER);
  await s.click("[data-testid=start]");
  const title = await s.waitForText("[data-testid=chapter-title]", (t) => t.includes(CHAPTER));
  assert.ok(title.includes(CHAPTER));
  await app.checkScreen("home", "accessibility problems on the home screen");
});

test("printing a sign-in sheet from the window writes a PDF with the chapter's name", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-print]");
  await s.waitFor("[data-testid=print-sign-in]");
  await app.checkScreen("print", "accessibility problems on the print screen");
  await s.click("[data-testid=print-sign-in]");
  const shown = await s.waitForText("[data-testid=printed-path]", (t) => /\.pdf/.test(t));
  const path = shown.match(/(\/\S+\.pdf)/)?.[1];
  assert.ok(path, `no path in "${shown}"`);
  assert.ok(path.startsWith(app.printDir), `${path} is not in the print folder`);
  assert.ok(existsSync(path));
  execFileSync("qpdf", ["--check", path]);
  const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" });
  assert.ok(text.includes(CHAPTER), `the PDF lacks the chapter name:\n${text}`);
  assert.match(text, /Meeting sign-in|Registro de asistencia/);
  await app.screenshot("print-done");
});

test("the settings screen shows the chapter's settings", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-settings]");
  await s.waitFor("[data-testid=save-settings]");
  await app.checkScreen("settings", "accessibility problems on the settings screen");
});

test("the chapter's name survives a restart of the app", async () => {
  await app.close();
  const s = await app.open();
  const title = await s.waitForText("[data-testid=chapter-title]", (t) => t.includes(CHAPTER));
  assert.ok(title.includes(CHAPTER));
});
