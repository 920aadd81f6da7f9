import * as laptopClient from "../api/client/laptop";
import type { Question } from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { locale } from "../i18n/locale.svelte";
import { sessionKeeper, windowSessionStorage, type FormKeeper } from "./kept-form";
import { MemberForm, type MemberFormPorts } from "./member-form.svelte";
import { factSent, fullName } from "./who";
import { WhoDraft } from "./who-draft.svelte";

/** How long the thank-you stays before the welcome is back for the next member. */
export const THANKS_MS = 8000;

/** Where the member at the laptop is. */
export type Step =
  | { kind: "welcome"; who: WhoDraft }
  | { kind: "join"; who: WhoDraft }
  | { kind: "form"; form: MemberForm }
  | { kind: "thanks"; name: string };

export type RoundPorts = MemberFormPorts &
  Pick<typeof laptopClient, "laptopIdentify" | "laptopJoin" | "laptopLeaveSeat"> & {
    /** The screens' language: lent to each member, given back to the laptop between them. */
    language: { borrow(code: string): void; restore(): void; current(): string };
    /** Calls `done` after `ms`; the function returned stops it. */
    after(ms: number, done: () => void): () => void;
    /** Where an unfinished form waits out a reload of the window. */
    keeper: FormKeeper;
  };

const realPorts: RoundPorts = {
  laptopIdentify: laptopClient.laptopIdentify,
  laptopJoin: laptopClient.laptopJoin,
  laptopLeaveSeat: laptopClient.laptopLeaveSeat,
  laptopSuggestOrgs: laptopClient.laptopSuggestOrgs,
  laptopSubmit: laptopClient.laptopSubmit,
  language: {
    borrow: (code) => locale.borrow(code),
    restore: () => locale.restore(),
    current: () => locale.code,
  },
  after: (ms, done) => {
    const timer = setTimeout(done, ms);
    return () => clearTimeout(timer);
  },
  keeper: sessionKeeper(windowSessionStorage()),
};

/**
 * The laptop going round a meeting: each member in turn chooses a language, says who they are
 * (or joins), fills in the survey and is thanked; then the welcome is back for the next one
 * with nothing of them anywhere: every draft, answer and suggestion is made anew.
 */
export class LaptopRound {
  step = $state.raw<Step>({ kind: "welcome", who: new WhoDraft() });
  /** Goes up for every new member, so the screen is built afresh (no field keeps its text). */
  turn = $state(0);

  readonly #questions: readonly Question[];
  readonly #ports: RoundPorts;
  #stopThanks: (() => void) | null = null;

  /** `atKeyboard`: a member who had said who they are before the window was reloaded. */
  constructor(questions: readonly Question[], atKeyboard: string | null, ports: RoundPorts = realPorts) {
    this.#questions = questions;
    this.#ports = ports;
    if (atKeyboard === null) {
      ports.keeper.forget();
      return;
    }
    const form = this.#formFor(atKeyboard);
    const kept = ports.keeper.take(atKeyboard);
    if (kept) {
      form.restore(kept.values);
      ports.language.borrow(kept.language);
    }
    this.step = { kind: "form", form };
  }

  /** Keeps the open form as it is now, to come back after a reload of the window. */
  keepForm(): void {
    if (this.step.kind !== "form") return;
    const form = this.step.form;
    this.#ports.keeper.keep({
      name: form.name,
      language: this.#ports.language.current(),
      values: $state.snapshot(form.values),
    });
  }

  chooseLanguage(code: string): void {
    this.#ports.language.borrow(code);
  }

  /** "Continue": the member is found and their form opens, or they are told they were not. */
  async identify(): Promise<void> {
    const step = this.step;
    if (step.kind !== "welcome") return;
    const who = step.who;
    who.notFound = false;
    const found: { name: string | null } = { name: null };
    const sent = await saveDraft(who, async (values) => {
      found.name = await this.#ports.laptopIdentify(fullName(values), factSent(values));
    });
    if (!sent || this.step !== step) return;
    if (found.name === null) who.notFound = true;
    else this.step = { kind: "form", form: this.#formFor(found.name) };
  }

  /** "Try again" after not being found: what they typed stays, to put right. */
  tryAgain(): void {
    if (this.step.kind === "welcome") this.step.who.notFound = false;
  }

  /** "I'm new": the join form, with the name and fact they typed already in it. */
  joinAsNew(): void {
    if (this.step.kind !== "welcome") return;
    this.step = { kind: "join", who: new WhoDraft({ ...this.step.who.values }, true) };
  }

  /** Back from joining to saying who they are. */
  backToWelcome(): void {
    if (this.step.kind !== "join") return;
    this.step = { kind: "welcome", who: new WhoDraft({ ...this.step.who.values }) };
  }

  /** Joins them as a new member; their form opens. */
  async join(): Promise<void> {
    const step = this.step;
    if (step.kind !== "join") return;
    const joined = { name: "" };
    const sent = await saveDraft(step.who, async (values) => {
      joined.name = await this.#ports.laptopJoin(values.first.trim(), values.last.trim(), factSent(values));
    });
    if (sent && this.step === step) this.step = { kind: "form", form: this.#formFor(joined.name) };
  }

  /** "Done": the form is entered and they are thanked; the next member's turn follows. */
  async submit(): Promise<void> {
    const step = this.step;
    if (step.kind !== "form") return;
    const sent = await step.form.submit(this.#ports.language.current());
    if (!sent || this.step !== step) return;
    step.form.close();
    this.#ports.keeper.forget();
    this.step = { kind: "thanks", name: step.form.name };
    this.#stopThanks = this.#ports.after(THANKS_MS, () => this.nextMember());
  }

  /** "That's not me" or "Start over": nothing is entered, and the welcome is back. */
  async notMe(): Promise<void> {
    if (this.step.kind === "form") this.step.form.close();
    this.nextMember();
    try {
      await this.#ports.laptopLeaveSeat();
    } catch {
      // The seat is taken anew when the next member says who they are, before anything of
      // theirs can be entered: a failure here leaves nothing to put right.
    }
  }

  /** The welcome, with nothing of the member before: new drafts, and the laptop's own language. */
  nextMember(): void {
    this.#stopThanks?.();
    this.#stopThanks = null;
    if (this.step.kind === "form") this.step.form.close();
    this.#ports.keeper.forget();
    this.step = { kind: "welcome", who: new WhoDraft() };
    this.turn += 1;
    this.#ports.language.restore();
  }

  /** The screen went (the app was opened again): nothing more happens by itself. */
  stop(): void {
    this.#stopThanks?.();
    this.#stopThanks = null;
    if (this.step.kind === "form") this.step.form.close();
    this.#ports.keeper.forget();
  }

  #formFor(name: string): MemberForm {
    return new MemberForm(name, this.#questions, this.#ports);
  }
}
