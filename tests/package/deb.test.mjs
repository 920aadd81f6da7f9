// The installer: the Debian package `make deb` builds holds the app, its menu entry and icons,
// says who made it and what it is, and the app it installs opens its window.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TestApp } from "../e2e/support/app.mjs";
import { Session } from "../e2e/support/webdriver.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const debFolder = join(root, "target/release/bundle/deb");
let deb;
let app;

before(() => {
  const built = readdirSync(debFolder).filter((name) => name.endsWith(".deb"));
  assert.equal(built.length, 1, `one package in ${debFolder}: ${built.join(", ")}`);
  deb = join(debFolder, built[0]);
});

after(async () => {
  await app?.stop();
});

test("the package says what it is, who made it, and what it needs", () => {
  const info = execFileSync("dpkg-deb", ["--info", deb], { encoding: "utf8" });
  const field = (name) => info.match(new RegExp(`^ ${name}: (.+)$`, "m"))?.[1] ?? "";
  assert.equal(field("Package"), "groundwork");
  assert.match(field("Version"), /^\d+\.\d+\.\d+/);
  assert.match(field("Maintainer"), /Groundwork developers/);
  assert.match(field("Description"), /Base building for chapter organizers/);
  assert.match(field("Depends"), /libwebkit2gtk-4\.1/);
  const megabytes = statSync(deb).size / 1024 / 1024;
  assert.ok(megabytes < 40, `a package of ${megabytes.toFixed(1)} MB`);
});

test("the package holds the app, its menu entry and its icons", () => {
  const contents = execFileSync("dpkg-deb", ["--contents", deb], { encoding: "utf8" });
  for (const file of ["usr/bin/groundwork", "usr/share/applications/Groundwork.desktop", "usr/share/icons/hicolor/"]) {
    assert.ok(contents.includes(file), `the package lacks ${file}:\n${contents}`);
  }
});

test("the installed app opens its window on a new chapter", async () => {
  const installed = mkdtempSync(join(tmpdir(), "groundwork-deb-"));
  // What dpkg -i unpacks, into a throwaway root: no system is changed by the test.
  execFileSync("dpkg-deb", ["--extract", deb, installed]);
  const binary = join(installed, "usr/bin/groundwork");
  assert.ok(statSync(binary).mode & 0o111, "the app is executable");
  const desktop = execFileSync("cat", [join(installed, "usr/share/applications/Groundwork.desktop")], {
    encoding: "utf8",
  });
  assert.match(desktop, /^Exec=groundwork/m);
  app = await TestApp.start("deb");
  app.session = await Session.start(app.base, binary);
  await app.session.waitFor("[data-testid=welcome]", 60000);
  await app.newChapter("Packaged Chapter");
  await app.checkScreen("installed-app");
});
