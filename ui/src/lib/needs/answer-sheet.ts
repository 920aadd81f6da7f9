// What a question on screen needs from the form it is on: the typing in of a paper form
// (EntryForm) and a member filling in the connections survey on the laptop (MemberForm) both
// show the survey's questions with EntryQuestion.
import type { Question } from "../api/types";
import type { AnswerDraft, EntryTarget } from "./entry-form";

export interface AnswerSheet {
  /** What to fix, by target: a question's is `questionTarget(key)`. */
  readonly problems: Readonly<Record<EntryTarget, string>>;
  answer(key: string): AnswerDraft;
  /** The choices ticked on a multiple-choice or top-three question. */
  picked(key: string): string[];
  setAnswer(key: string, value: AnswerDraft): void;
  /** Ticks or unticks a choice; answers false when refused (a fourth of the top three). */
  toggle(question: Question, choice: string, on: boolean): boolean;
}
