// When things go wrong, someone can see it: a chapter database that will not open is a window
// with a way out (the newest backup put in its place), a failed daily backup is said on screen,
// a second launch brings the running window forward, and the log records what happened
// without anyone's personal details.

import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { binary, TestApp } from "./support/app.mjs";
import { poll } from "./support/webdriver.mjs";

const CHAPTER = "Riverside Tenants";
const apps = [];

after(async () => {
  for (const app of apps) await app?.stop();
});

function logText(app) {
  const folder = join(app.dir, "logs");
  if (!existsSync(folder)) return "";
  return readdirSync(folder)
    .map((name) => readFileSync(join(folder, name), "utf8"))
    .join("\n");
}

test("a database that will not open shows what happened, and the newest backup puts it right", async () => {
  const app = await TestApp.start("recovery");
  apps.push(app);
  let s = await app.open();
  await app.newChapter(CHAPTER);
  // The settings screen says where the log is.
  await s.click("[data-testid=nav-settings]");
  const folder = await s.waitForText("[data-testid=log-folder]", (t) => t.includes("logs"));
  assert.equal(folder, join(app.dir, "logs"));
  await app.close();
  // Today's automatic backup was made before the chapter had its name: remove it, and the next
  // start makes one that holds the named chapter.
  const backups = join(app.dir, "backups");
  const daily = () => (existsSync(backups) ? readdirSync(backups).filter((n) => n.startsWith("daily-")) : []);
  for (const name of daily()) rmSync(join(backups, name));
  s = await app.open();
  await poll("today's automatic backup", 30000, () => daily().length === 1);
  await app.close();

  // A disk error writes over the chapter's file.
  writeFileSync(app.dbPath, "this was a database once; a disk error wrote over it");
  for (const side of ["-wal", "-shm"]) rmSync(app.dbPath + side, { force: true });

  s = await app.open("[data-testid=start-problem]");
  const message = await s.text("[data-testid=start-problem]");
  assert.match(message, /could not open the chapter's data/);
  assert.ok(message.includes(app.dbPath), `the file is named:\n${message}`);
  assert.ok(message.includes(daily()[0]), `the newest backup is offered:\n${message}`);
  await app.checkScreen("start-problem");

  // Another file that is no chapter either is refused with why, and the way out stays open.
  const notes = join(app.dir, "notes.txt");
  writeFileSync(notes, "shopping list: rice, beans");
  app.answerDialog(notes);
  await s.click("[data-testid=open-chapter-file]");
  const refused = await s.waitForText("[data-testid=start-problem] [data-testid=error]", (t) => t.length > 0);
  assert.match(refused, /not a database|not a Groundwork/i);
  await app.checkScreen("start-problem-refused");

  await s.click("[data-testid=restore-latest]");
  await s.waitForText("[data-testid=chapter-title]", (t) => t.includes(CHAPTER));
  const aside = readdirSync(join(app.dir, "backups")).filter((n) => n.startsWith("unopenable-"));
  assert.equal(aside.length, 1, "the file that would not open is kept");
  assert.match(readFileSync(join(app.dir, "backups", aside[0]), "utf8"), /a disk error wrote over it/);
  await app.screenshot("recovered");

  const log = logText(app);
  assert.match(log, /Groundwork starting/);
  assert.match(log, /could not be opened/);
  assert.match(log, /replaced by a backup/);
  assert.ok(!log.includes(CHAPTER), "the log names no one and nothing of the chapter's");
  await app.close();
});

test("a daily backup that fails is said on screen", async () => {
  const app = await TestApp.start("backup-fails");
  apps.push(app);
  // Something that is not a folder where the backups folder belongs.
  writeFileSync(join(app.dir, "backups"), "not a folder");
  const s = await app.open();
  await app.newChapter(CHAPTER);
  const said = await s.waitForText("[data-testid=daily-backup-problem]", (t) => t.length > 0);
  assert.match(said, /automatic backup could not be made/);
  await app.checkScreen("daily-backup-problem");
  assert.match(logText(app), /daily backup failed/);
  await app.close();
});

test("launching Groundwork again on the same chapter brings its window forward", async (t) => {
  const bus = spawnSync("dbus-daemon", ["--session", "--fork", "--print-address=1", "--print-pid=1"], {
    encoding: "utf8",
  });
  if (bus.status !== 0) {
    t.skip("no dbus-daemon to find the running window with");
    return;
  }
  const [address, pid] = bus.stdout.trim().split("\n");
  const app = await TestApp.start("single-instance", { env: { DBUS_SESSION_BUS_ADDRESS: address } });
  apps.push(app);
  try {
    const s = await app.open();
    await app.newChapter(CHAPTER);
    const second = spawn(binary, [], { env: app.env, stdio: "ignore" });
    // A second window would never end on its own: give the handover 30 seconds.
    const code = await new Promise((done) => {
      const limit = setTimeout(() => {
        second.kill("SIGKILL");
        done("still running");
      }, 30000);
      second.on("exit", (c) => {
        clearTimeout(limit);
        done(c);
      });
    });
    assert.equal(code, 0, "the second launch hands over and ends");
    await poll("the log line of the second launch", 10000, () =>
      logText(app).includes("a second launch on this chapter"),
    );
    // The first window is still there and answering.
    await s.waitForText("[data-testid=chapter-title]", (t) => t.includes(CHAPTER));
    await app.close();
  } finally {
    process.kill(Number(pid));
  }
});
