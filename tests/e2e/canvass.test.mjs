// Canvassing in the real window: a VAN-style export read into doors, a canvass taking the
// needs survey to the doors cut into turfs, the packet of walk sheets printed (its addresses
// in walking order), and the filled sheets typed back in, keyboard only, in the order of the
// paper: the results then show on the person met, in the needs assessment's tallies and in
// the canvass's summary.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { TestApp } from "./support/app.mjs";
import { ELEMENT, Keys } from "./support/webdriver.mjs";

let app;

// As VAN exports it: tab-delimited, one person a row, one door spelled three ways.
const VAN = [
  "Voter File VANID\tLastName\tFirstName\tAddress\tCity\tState\tZip5\tLanguage",
  "100\tReyes\tAna\t183 Larch Ct Apt 2\tChicago\tIL\t60608\tSpanish",
  "101\tReyes\tLuis\t183 LARCH COURT #2\tChicago\tIL\t60608\t",
  "102\tOkafor\tBen\t183 Larch Ct. Unit 3\tChicago\tIL\t60608\t",
  "103\tLe\tDolores\t186 Larch Ct\tChicago\tIL\t60608\tVietnamese",
  "104\tBrown\tRosa\t185 Larch Ct\tChicago\tIL\t60608\t",
  "105\tMensah\tKofi\t12 Elm St\tChicago\tIL\t60608\t",
  "106\tOduya\tSam\t14 Elm St\tChicago\tIL\t60608\t",
];

before(async () => {
  app = await TestApp.start("canvass");
  const s = await app.open();
  await app.newChapter("Larch Court Neighbours");
  // A needs assessment whose "top three" question goes to the doors.
  await s.click("[data-testid=nav-needs]");
  await s.click("[data-testid=new-assessment]");
  await s.type("[data-testid=assessment-name]", "Larch needs");
  await s.click("[data-testid=save-assessment]");
  await s.waitForText("[data-testid=assessment-title]", (t) => t.includes("Larch needs"));
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

/** Picks an option of a select by its visible text. */
async function choose(css, text) {
  const s = app.session;
  await s.waitFor(css);
  const picked = await s.execute(
    `const select = document.querySelector(arguments[0]);
     const option = [...select.options].find((o) => o.text.includes(arguments[1]));
     if (!option) return null;
     select.value = option.value;
     select.dispatchEvent(new Event('change', { bubbles: true }));
     return option.value;`,
    [css, text],
  );
  assert.ok(picked, `no option '${text}' in ${css}`);
}

/** Presses keys in the code box, one at a time as a typist does. */
async function codes(keys) {
  for (const key of keys) await app.session.type("[data-testid=entry-code]", key);
}

/** The text of a printed PDF whose path the window shows under `css`, checked by qpdf. */
async function printed(button, before = "") {
  const s = app.session;
  await s.click(button);
  const shown = await s.waitForText("[data-testid=printed-path]", (t) => /\.pdf/.test(t) && t !== before, 30000);
  const pdf = shown.match(/(\/\S+\.pdf)/)?.[1];
  assert.ok(pdf, shown);
  execFileSync("qpdf", ["--check", pdf]);
  return { shown, text: execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }) };
}

test("a VAN export becomes doors, one for each address however it is spelled", async () => {
  const s = app.session;
  const file = join(app.dir, "van-export.txt");
  writeFileSync(file, VAN.join("\r\n") + "\r\n");
  await s.click("[data-testid=nav-canvass]");
  await s.waitForText("[data-testid=door-count]", (t) => /no doors yet/.test(plain(t)));
  app.answerDialog(file);
  await s.click("[data-testid=import-doors]");
  const said = plain(await s.waitForText("[data-testid=doors-imported]", (t) => /\d/.test(t)));
  assert.match(said, /6 new doors/, said);
  await s.waitForText("[data-testid=door-count]", (t) => /\b6\b/.test(plain(t)));
  await s.click("[data-testid=doors-imported] button");

  // A door no list has, typed in; the same door spelled another way only gets a name.
  await s.click("[data-testid=type-door]");
  await s.type("[data-testid=typed-door-address]", "188 Larch Court");
  await s.type("[data-testid=typed-door-zip]", "60608");
  await s.type("[data-testid=typed-door-names]", "Iris Chen");
  await app.checkScreen("canvass-type-door");
  await s.click("[data-testid=save-typed-door]");
  const typed = plain(await s.waitForText("[data-testid=doors-imported]", (t) => t.includes("188 Larch Ct")));
  assert.match(typed, /with one person/, typed);
  await s.waitForText("[data-testid=door-count]", (t) => /\b7\b/.test(plain(t)));
  await app.checkScreen("canvass-doors");
});

test("a canvass carrying the survey is cut into turfs and its packet prints in walking order", async () => {
  const s = app.session;
  await s.click("[data-testid=new-canvass]");
  await s.waitFor("[data-testid=canvass-form]");
  await s.type("[data-testid=canvass-name]", "Larch Saturday");
  await setValue("[data-testid=canvass-day]", "2026-12-12");
  await s.type("[data-testid=canvass-script]", "Hi, we're your neighbours from the tenant union.");
  await choose("[data-testid=canvass-survey]", "Larch needs");
  await app.checkScreen("canvass-new");
  await s.click("[data-testid=save-canvass]");
  await s.waitForText("[data-testid=canvass-title]", (t) => t.includes("Larch Saturday"));

  // Larch Court only: five doors, one turf.
  await s.waitFor("[data-testid=cut-turfs]");
  await s.clear("[data-testid=doors-per-turf]");
  await s.type("[data-testid=doors-per-turf]", "10");
  await s.type("[data-testid=cut-street]", "Larch Court");
  await s.click("[data-testid=save-cut]");
  await s.waitForCount("[data-testid=turf-row]", 1);
  const turf = plain(await s.text("[data-testid=turf-row]"));
  assert.match(turf, /Larch Ct/, turf);
  assert.match(turf, /5/, turf);

  // Who walks it.
  await s.click("[data-testid=assign-turf]");
  await s.type("[data-testid=turf-canvassers]", "Ana Reyes & Luis Tran");
  await s.type("[data-testid=turf-shift]", "Saturday 10 am to noon");
  await s.click("[data-testid=save-assign]");
  await s.waitForText("[data-testid=turf-row]", (t) => t.includes("Ana Reyes & Luis Tran"));
  await app.checkScreen("canvass-turfs");

  const { text } = await printed("[data-testid=print-walk-sheets]");
  const at = (address) => {
    const i = text.indexOf(address);
    assert.ok(i >= 0, `${address} is on the sheets`);
    return i;
  };
  // Up the odd side, back down the even; the building's units together.
  assert.ok(at("183 Larch Ct Apt 2") < at("183 Larch Ct Unit 3"));
  assert.ok(at("183 Larch Ct Unit 3") < at("185 Larch Ct"));
  assert.ok(at("185 Larch Ct") < at("188 Larch Ct"));
  assert.ok(at("188 Larch Ct") < at("186 Larch Ct"));
  assert.ok(text.includes("Ana Reyes & Luis Tran"), "the canvassers are on the cover");
  assert.ok(/1 Housing and rent/.test(text), "the needs are numbered on the sheets");
  assert.ok(!text.includes("12 Elm St"), "Elm Street is not on this canvass");
});

test("the filled sheet is typed in door by door, and shows on the person, in the needs and in the summary", async () => {
  const s = app.session;
  await s.click("[data-testid=enter-results]");
  await s.waitFor("[data-testid=results-entry]");
  await s.waitForText("[data-testid=entry-door]", (t) => t.includes("183 Larch Ct Apt 2"));
  await s.click("[data-testid=entry-code]");

  // Door 1: Ana answered (1), talked (t); she named needs 1 and 5, wants to get involved.
  await codes(["1", "t"]);
  await s.waitFor("[data-testid=entry-needs]");
  await s.type("[data-testid=entry-needs]", "1 5");
  await s.waitForText("[data-testid=entry-needs-said]", (t) => t.includes("Housing and rent") && t.includes("Food"));
  await s.type("[data-testid=entry-note]", "Rent went up $150 this fall");
  await s.click("label:has([data-testid=entry-involved])");
  await app.checkScreen("canvass-entry-line");
  await s.type("[data-testid=entry-note]", Keys.ENTER);
  await s.waitForText("[data-testid=entry-door]", (t) => t.includes("183 Larch Ct Unit 3"));

  // Door 2: someone not on the sheet answered: just a name.
  await codes(["+"]);
  await s.waitFor("[data-testid=entry-new-person]");
  await s.type("[data-testid=entry-new-name]", "Marisol Vega");
  await s.click("[data-testid=save-new-person]");
  await s.waitForText("[data-testid=entry-door]", (t) => t.includes("185 Larch Ct"));

  // Door 3: not home; door 4: come back, with when; the rest of the block: nobody home.
  await s.click("[data-testid=entry-code]");
  await codes(["n"]);
  await s.waitForText("[data-testid=entry-door]", (t) => t.includes("188 Larch Ct"));
  await codes(["c"]);
  await s.waitFor("[data-testid=entry-note]");
  await s.type("[data-testid=entry-note]", "Saturday morning" + Keys.ENTER);
  await s.waitForText("[data-testid=entry-door]", (t) => t.includes("186 Larch Ct"));
  await codes(["B"]);
  await s.waitForCount("[data-testid=entered-door]", 5);
  await s.waitForText("[data-testid=entry-progress]", (t) => /5\D+5/.test(plain(t)));
  await app.checkScreen("canvass-entry-done");
  await s.click("[data-testid=finish-results]");

  // The summary, the needs named and the doors to go back to, on the record.
  await s.waitFor("[data-testid=canvass-title]");
  await s.waitForText("[data-testid=canvass-summary]", (t) => /40\s?%/.test(plain(t)));
  await s.waitForCount("[data-testid=needs-at-doors-row]", 2);
  const needs = plain(await s.text("[data-testid=needs-at-doors]"));
  assert.match(needs, /Housing and rent/, needs);
  await s.waitForCount("[data-testid=go-back-row]", 2);
  const back = plain(await s.text("[data-testid=go-back]"));
  assert.ok(back.indexOf("183 Larch Ct Apt 2") < back.indexOf("188 Larch Ct"), back);
  assert.match(back, /Saturday morning/, back);
  await app.checkScreen("canvass-summary");
  const { text } = await printed("[data-testid=print-canvass-summary]");
  const squashed = text.replace(/\s+/g, " ");
  assert.match(squashed, /5 of 5 doors knocked, 2 conversations/, squashed);
  assert.match(squashed, /Needs named at the doors/, squashed);
  assert.match(squashed, /Saturday morning/, squashed);

  // Someone went back to the come-back door: it leaves the list.
  const rows = await s.findAll("[data-testid=went-back]");
  await s.cmd("POST", `/element/${rows[1]}/click`, {});
  await s.waitForCount("[data-testid=go-back-row]", 1);

  // The person met at the door has it on their record.
  await s.click("[data-testid=nav-people]");
  await s.click("[data-testid=everyone]");
  await s.waitForText("[data-testid=person-row]", (t) => t.includes("Vega"));
  await s.click("[data-testid=person-row]");
  await s.waitForText("[data-testid=person-name]", (t) => t.includes("Marisol"));
  const door = plain(await s.waitForText("[data-testid=person-door-contacts]", (t) => t.includes("Larch Saturday")));
  assert.match(door, /183 Larch Ct Unit 3/, door);

  // The needs assessment counts the door's answers as a form of its own.
  await s.click("[data-testid=nav-needs]");
  await s.waitForText("[data-testid=assessment-title]", (t) => t.includes("Larch needs"));
  const count = await s.waitForText("[data-testid=responses-count]", (t) => /\d/.test(t));
  assert.match(plain(count), /\b1 form/, count);
  await s.waitFor("[data-testid=need-row]");
  const ranked = plain(await s.text("[data-testid=ranking]"));
  for (const need of ["Housing and rent: named by 1 of 1", "Food: named by 1 of 1"]) {
    assert.ok(ranked.includes(need), `${need} in ${ranked}`);
  }
});
