// Passing the laptop round a meeting, in the real window, on the sample chapter: the organizer
// locks the app from Organizations > Connections (choosing the passphrase, the first time); the
// app stays locked through a reload, with no navigation; a sample member is found by name and
// ZIP and starts over; someone new joins and fills in two organizations in Spanish (one from
// the suggestions, one new); the welcome then shows nothing of them, nor does the next
// member's form, nor its suggestions; a reload mid-form gives the member their form back;
// after five misses in a row, tries at saying who one is wait; a wrong passphrase leaves it
// locked, the right one opens it; the ranking under Connections counts the newcomer's ties;
// and Settings changes the passphrase.
//
// The member's screens are checked in Spanish word by word, as the Spanish walk does
// (spanish.test.mjs): every word is the Spanish catalogue's or the chapter's data.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TestApp } from "./support/app.mjs";
import { Keys, poll } from "./support/webdriver.mjs";
import { catalogueWords, dataTexts, intlWords, strayWords, VISIBLE_TEXT } from "./support/words.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const PASSPHRASE = "tamales y café";
const KNOWN_ORG = "Iglesia San José Obrero";
const NEW_ORG = "Liga de Fútbol Los Pumas";
// A sample member (crates/core/src/sample/people.rs: the first person, ZIP 60608).
const SAMPLE_MEMBER = { first: "María", last: "Hernández", zip: "60608" };
// Nobody in the sample chapter.
const NEWCOMER = { first: "Lucía", last: "Fuentes", zip: "60623" };

let app;
let allowed;
/** The built-in connections survey's texts: the chapter's own words once its first form is in. */
const surveyTexts = new Set();
let knownOrgMembersBefore = 0;

before(async () => {
  app = await TestApp.start("laptop");
  allowed = new Set([...catalogueWords(root, "es"), ...intlWords("es-US"), "groundwork", "english"]);
  const take = (value) => {
    if (typeof value === "string") surveyTexts.add(value);
    else if (value && typeof value === "object") Object.values(value).forEach(take);
  };
  take(JSON.parse(readFileSync(resolve(root, "crates/core/src/connections/template.json"), "utf8")));
  const s = await app.open();
  await s.click("[data-testid=open-sample]");
  await s.waitFor("[data-testid=sample-banner]");
});

after(async () => {
  await app?.stop();
});

/** Clicks the `index`-th element matching `css` (a line's choice, on the second line). */
async function clickAt(css, index) {
  const s = app.session;
  await s.waitFor(css);
  const found = await s.findAll(css);
  if (!found[index]) throw new Error(`no element ${index} for ${css}`);
  await s.cmd("POST", `/element/${found[index]}/click`, {});
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

/** How many people the ranking under Connections counts for the organization, or 0 when it is not there. */
function rankedMembers(name) {
  return app.session.execute(
    `const row = [...document.querySelectorAll('[data-testid=ranking-row]')]
       .find((r) => r.querySelector('[data-testid=ranking-open]')?.textContent.trim() === arguments[0]);
     return row ? Number(row.querySelector('[data-testid=ranking-members]').textContent.replace(/\\D/g, '')) : 0;`,
    [name],
  );
}

/** Nothing of the app around the members' screens: no navigation, no chapter header. */
async function assertLockedAlone() {
  const s = app.session;
  assert.equal((await s.findAll("nav")).length, 0, "the navigation is gone");
  assert.equal((await s.findAll("[data-testid=chapter-title]")).length, 0, "the app's header is gone");
  assert.equal((await s.findAll("[data-testid^=nav-]")).length, 0);
}

/** The member's screen in Spanish: every word the catalogue's or the chapter's, axe clean, a picture. */
async function lookInSpanish(screen, typed = []) {
  const s = app.session;
  assert.equal(await s.execute("return document.documentElement.lang;"), "es");
  const texts = await s.execute(VISIBLE_TEXT);
  const data = new Set([
    ...dataTexts(app.dbPath),
    ...dataTexts(app.dbPath.replace(/\.sqlite$/, "-sample.sqlite")),
    ...surveyTexts,
    ...typed,
  ]);
  assert.deepEqual(strayWords(texts, data, allowed), [], `words not in Spanish on ${screen}`);
  const sideways = await s.execute("return document.documentElement.scrollWidth - window.innerWidth;");
  assert.ok(sideways <= 0, `${screen} scrolls sideways by ${sideways} px`);
  await app.checkScreen(screen);
}

/** Types who they are on the welcome: first, last, the ZIP picked as the fact. */
async function sayWhoIAm(who) {
  const s = app.session;
  await s.typeOver("[data-testid=laptop-first-name]", who.first);
  await s.typeOver("[data-testid=laptop-last-name]", who.last);
  await s.click("[data-testid=laptop-fact-zip]");
  await s.typeOver("[data-testid=laptop-fact]", who.zip);
}

test("Connections offers to pass the laptop round; the first time, the passphrase is chosen and typed twice", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-orgs]");
  await s.click("[data-testid=orgs-tab-connections]");
  await s.waitFor("[data-testid=orgs-tab-connections][aria-selected=true]");
  await s.waitFor("[data-testid=ranking-row]");
  knownOrgMembersBefore = await rankedMembers(KNOWN_ORG);

  await s.click("[data-testid=pass-laptop]");
  await s.waitFor("[data-testid=laptop-lock-dialog] [data-testid=laptop-passphrase-again]");
  await s.typeOver("[data-testid=laptop-locked-by]", "Rosa");
  await s.type("[data-testid=laptop-passphrase]", PASSPHRASE);
  await s.type("[data-testid=laptop-passphrase-again]", "tamales y cafe");
  await s.click("[data-testid=laptop-lock]");
  // Typed differently the second time: said beside the second field, and nothing is locked.
  await s.waitFor("[data-testid=laptop-passphrase-again][aria-invalid=true]");
  assert.match(await describedText("[data-testid=laptop-passphrase-again]"), /not the same/);
  await app.checkScreen("laptop-lock-dialog");
  await s.waitFor("nav");

  await s.typeOver("[data-testid=laptop-passphrase-again]", PASSPHRASE);
  await s.click("[data-testid=laptop-lock]");
  await s.waitFor("[data-testid=laptop-welcome]");
  await assertLockedAlone();
  await app.checkScreen("laptop-welcome");
});

test("the lock holds through a reload: the welcome again, and nothing else", async () => {
  const s = app.session;
  await s.cmd("POST", "/refresh", {});
  await s.waitFor("[data-testid=laptop-welcome]", 60000);
  await assertLockedAlone();
});

test("a sample member is found by name and ZIP, and 'That's not me' starts over", async () => {
  const s = app.session;
  await sayWhoIAm(SAMPLE_MEMBER);
  await s.click("[data-testid=laptop-continue]");
  await s.waitForText("[data-testid=laptop-greeting]", (t) => t.includes(SAMPLE_MEMBER.first));
  await s.click("[data-testid=laptop-not-me]");
  await s.waitFor("[data-testid=laptop-welcome]");
  assert.equal(await s.execute("return document.querySelector('[data-testid=laptop-first-name]').value;"), "");
});

test("someone new, not found, joins and fills in two organizations in Spanish", async () => {
  const s = app.session;
  // The screens switch to Spanish at once.
  await s.click("[data-testid=laptop-welcome] [data-testid=language-es]");
  await s.waitForText("[data-testid=laptop-welcome] h2", (t) => t.includes("idioma"));
  await lookInSpanish("laptop-welcome-es");

  await sayWhoIAm(NEWCOMER);
  await s.click("[data-testid=laptop-continue]");
  const notFound = await s.waitForText("[data-testid=laptop-not-found]", (t) => t.length > 0);
  assert.match(notFound, /No encontramos sus datos/);
  await lookInSpanish("laptop-not-found", [NEWCOMER.first, NEWCOMER.last]);

  // "It's my first time": the same name and ZIP, already filled in.
  await s.click("[data-testid=laptop-new]");
  await s.waitFor("[data-testid=laptop-join]");
  assert.equal(await s.execute("return document.querySelector('[data-testid=laptop-last-name]').value;"), NEWCOMER.last);
  await lookInSpanish("laptop-join", [NEWCOMER.first, NEWCOMER.last]);
  await s.click("[data-testid=laptop-join-continue]");
  await s.waitForText("[data-testid=laptop-greeting]", (t) => t.includes(`¡Hola, ${NEWCOMER.first}!`));

  // The first organization from the directory's suggestions.
  await s.type("[data-testid=laptop-org-name]", "Iglesia San");
  await s.waitForText("[data-testid=laptop-org-suggestion]", (t) => t.length > 0);
  const suggestions = await s.findAll("[data-testid=laptop-org-suggestion]");
  let picked = null;
  for (const el of suggestions) if ((await s.textOf(el)) === KNOWN_ORG) picked = el;
  assert.ok(picked, `${KNOWN_ORG} is suggested`);
  await lookInSpanish("laptop-form-suggestions");
  await s.cmd("POST", `/element/${picked}/click`, {});
  await poll("the suggestion taken", 10000, async () =>
    (await s.execute("return document.querySelector('[data-testid=laptop-org-name]').value;")) === KNOWN_ORG,
  );
  await clickAt("[data-testid=laptop-role-leader]", 0);
  await clickAt("[data-testid=laptop-strength-4]", 0);
  await clickAt("[data-testid=laptop-introduce-yes]", 0);

  // The second, typed new: not in the directory, and that is fine.
  await s.click("[data-testid=laptop-add-org]");
  await s.waitForCount("[data-testid=laptop-org-name]", 2);
  await poll("the cursor in the new line", 10000, () =>
    s.execute("return document.activeElement === document.querySelectorAll('[data-testid=laptop-org-name]')[1];"),
  );
  await s.typeAt("[data-testid=laptop-org-name]", 1, NEW_ORG);
  await s.waitFor("[data-testid=laptop-org-new]");

  // Done before saying how strong the second tie is: said beside it, nothing sent.
  await s.click("[data-testid=laptop-done]");
  const missing = await poll("what to fix on the second line", 10000, () =>
    s.execute(
      "return document.querySelectorAll('[data-testid=laptop-tie-row]')[1]?.querySelector('[data-testid=error]')?.textContent ?? null;",
    ),
  );
  assert.equal(
    await s.execute("return document.querySelectorAll('[data-testid=laptop-tie-row]')[0].querySelector('[data-testid=error]');"),
    null,
    "the first line is whole",
  );
  assert.match(missing, /del 1 al 5/);
  await lookInSpanish("laptop-form-refused", [NEW_ORG]);

  await clickAt("[data-testid=laptop-strength-3]", 1);
  await s.type("[data-testid=laptop-workplace]", "Panadería La Espiga");
  await s.click("[data-testid=choice-reach_out-yes]");
  await lookInSpanish("laptop-form", [NEW_ORG, "Panadería La Espiga"]);
  await s.click("[data-testid=laptop-done]");
  const thanks = await s.waitForText("[data-testid=laptop-thanks]", (t) => t.length > 0);
  assert.match(thanks, new RegExp(`Gracias, ${NEWCOMER.first}`));
  await lookInSpanish("laptop-thanks");
});

test("the next member's welcome, and their form, show nothing of the one before", async () => {
  const s = app.session;
  // "Next member", unless the thanks have already given way to the welcome by themselves.
  await s.execute("document.querySelector('[data-testid=laptop-next-member]')?.click();");
  await s.waitFor("[data-testid=laptop-welcome]");
  // Back in the laptop's own language, every field empty, no trace of the newcomer.
  assert.equal(await s.execute("return document.documentElement.lang;"), "en");
  const values = await s.execute("return [...document.querySelectorAll('input[type=text]')].map((i) => i.value);");
  assert.ok(values.every((v) => v === ""), `fields hold ${JSON.stringify(values)}`);
  const page = await s.execute("return document.body.innerText;");
  for (const word of [NEWCOMER.first, NEWCOMER.last, NEW_ORG, KNOWN_ORG, "Panadería"]) {
    assert.ok(!page.includes(word), `the welcome shows ${word}`);
  }
  await assertLockedAlone();

  // The next member's form starts with one empty line and no suggestions.
  await sayWhoIAm(SAMPLE_MEMBER);
  await s.click("[data-testid=laptop-continue]");
  await s.waitForText("[data-testid=laptop-greeting]", (t) => t.includes(SAMPLE_MEMBER.first));
  await s.waitForCount("[data-testid=laptop-org-name]", 1);
  assert.equal(await s.execute("return document.querySelector('[data-testid=laptop-org-name]').value;"), "");
  assert.equal((await s.findAll("[data-testid=laptop-org-suggestion]")).length, 0);
  const form = await s.execute("return document.body.innerText;");
  for (const word of [NEWCOMER.first, NEW_ORG, "Panadería"]) assert.ok(!form.includes(word), `the form shows ${word}`);
  await app.checkScreen("laptop-form-en");
  // The organization the newcomer added is theirs: typed again, it is not suggested, and the
  // line says it would be a new one.
  await s.type("[data-testid=laptop-org-name]", NEW_ORG);
  await s.waitFor("[data-testid=laptop-org-new]");
  for (const el of await s.findAll("[data-testid=laptop-org-suggestion]")) {
    assert.notEqual(await s.textOf(el), NEW_ORG, "the newcomer's organization is suggested");
  }
  // A reload of the window gives the member their form back as they left it.
  await s.cmd("POST", "/refresh", {});
  await s.waitForText("[data-testid=laptop-greeting]", (t) => t.includes(SAMPLE_MEMBER.first), 60000);
  await poll("the line typed before the reload", 10000, async () =>
    (await s.execute("return document.querySelector('[data-testid=laptop-org-name]')?.value ?? null;")) === NEW_ORG,
  );
  await s.click("[data-testid=laptop-not-me]");
  await s.waitFor("[data-testid=laptop-welcome]");
});

test("names cannot be tried one after another: after five misses, tries wait", async () => {
  const s = app.session;
  await s.waitFor("[data-testid=laptop-welcome]");
  const stranger = { first: "Nadie", last: "Ninguno", zip: "60601" };
  for (let miss = 1; miss <= 5; miss += 1) {
    await sayWhoIAm({ ...stranger, zip: `6060${miss}` });
    await s.click("[data-testid=laptop-continue]");
    await s.waitFor("[data-testid=laptop-not-found]");
    await s.click("[data-testid=laptop-try-again]");
    await s.waitForCount("[data-testid=laptop-not-found]", 0);
  }
  // The sixth waits, even for a real member, and says so.
  await sayWhoIAm(SAMPLE_MEMBER);
  await s.click("[data-testid=laptop-continue]");
  const refused = await s.waitForText("[data-testid=laptop-welcome] [data-testid=error]", (t) => t.length > 0);
  assert.match(refused, /too many tries: please wait \d+ seconds, or ask the organizer/);
  assert.equal((await s.findAll("[data-testid=laptop-greeting]")).length, 0, "nobody was let in");
  await app.checkScreen("laptop-too-many-tries");
});

test("a wrong passphrase is refused beside the field and the laptop stays locked; the right one opens the app", async () => {
  const s = app.session;
  await s.click("[data-testid=laptop-organizer]");
  await s.waitFor("[data-testid=laptop-unlock-passphrase]");
  await s.type("[data-testid=laptop-unlock-passphrase]", "not the passphrase");
  await s.click("[data-testid=laptop-unlock]");
  await s.waitFor("[data-testid=laptop-unlock-passphrase][aria-invalid=true]");
  const said = await poll("the reason beside the passphrase", 10000, async () => {
    const text = await describedText("[data-testid=laptop-unlock-passphrase]");
    return /passphrase/i.test(text) ? text : null;
  });
  assert.match(said, /not the chapter's passphrase/i);
  await app.checkScreen("laptop-unlock-refused");
  // Escape leaves the question, and the laptop still locked.
  await s.type("[data-testid=laptop-unlock-passphrase]", Keys.ESCAPE);
  await s.waitFor("[data-testid=laptop-welcome]");
  await assertLockedAlone();

  await s.click("[data-testid=laptop-organizer]");
  await s.waitFor("[data-testid=laptop-unlock-passphrase]");
  await s.type("[data-testid=laptop-unlock-passphrase]", PASSPHRASE);
  await s.click("[data-testid=laptop-unlock]");
  await s.waitFor("[data-testid=chapter-title]", 60000);
  await s.waitFor("nav");
  assert.equal((await s.findAll("[data-testid=laptop-locked]")).length, 0);
});

test("the ranking under Connections counts the newcomer's ties, the new organization among them", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-orgs]");
  await s.click("[data-testid=orgs-tab-connections]");
  await s.waitFor("[data-testid=orgs-tab-connections][aria-selected=true]");
  await s.waitForText("[data-testid=orgs-connections]", (t) => t.includes(NEW_ORG));
  assert.equal(await rankedMembers(NEW_ORG), 1);
  assert.equal(await rankedMembers(KNOWN_ORG), knownOrgMembersBefore + 1);
  await app.checkScreen("laptop-connections-after");

  // The newcomer is a person of the chapter now, with both ties on their record.
  await s.click("[data-testid=nav-people]");
  await s.typeOver("[data-testid=people-search]", NEWCOMER.last);
  await s.waitForText("[data-testid=person-row]", (t) => t.includes(NEWCOMER.last));
  await s.click("[data-testid=person-row]");
  await s.waitForText("[data-testid=person-tie-line]", (t) => t.includes(NEW_ORG) || t.includes(KNOWN_ORG));
  const lines = await s.waitForCount("[data-testid=person-tie-line]", 2);
  const text = (await Promise.all(lines.map((el) => s.textOf(el)))).join("\n");
  assert.match(text, new RegExp(KNOWN_ORG));
  assert.match(text, new RegExp(NEW_ORG));
});

test("Settings changes the passphrase with the current one, refused beside it when wrong", async () => {
  const s = app.session;
  await s.click("[data-testid=nav-settings]");
  await s.waitFor("[data-testid=passphrase-current]");
  await s.type("[data-testid=passphrase-current]", "not the passphrase");
  await s.type("[data-testid=passphrase-new]", "arroz con leche");
  await s.type("[data-testid=passphrase-new-again]", "arroz con leche");
  await s.click("[data-testid=change-passphrase]");
  await s.waitFor("[data-testid=passphrase-current][aria-invalid=true]");
  assert.match(await describedText("[data-testid=passphrase-current]"), /not the chapter's passphrase/i);
  await app.checkScreen("laptop-passphrase-refused");
  await s.typeOver("[data-testid=passphrase-current]", PASSPHRASE);
  await s.click("[data-testid=change-passphrase]");
  await s.waitForText("[data-testid=passphrase-changed]", (t) => /Changed/.test(t));
  // The fields are emptied: nobody reads the new one off the screen.
  assert.equal(await s.execute("return document.querySelector('[data-testid=passphrase-new]').value;"), "");
});
