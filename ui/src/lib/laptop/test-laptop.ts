// A connections survey and laptop answers for tests, shaped like the built-in survey.
import type { ConnectionsSurvey, IpcError, LaptopStatus, OrgSuggestion, Question } from "../api/types";
import { orgId } from "../test-ids";

export function testQuestions(): Question[] {
  return [
    {
      key: "communities",
      kind: "multiple",
      text: { en: "Which of these are you part of?", es: "¿De cuáles forma parte?" },
      choices: [
        { key: "union", text: { en: "A union", es: "Un sindicato" } },
        { key: "school", text: { en: "A school", es: "Una escuela" } },
      ],
    },
    { key: "reach_out", kind: "yes_no", text: { en: "Would you help?", es: "¿Ayudaría?" } },
    { key: "years", kind: "number", text: { en: "How many years?", es: "¿Cuántos años?" } },
    { key: "anything_else", kind: "text", text: { en: "Anything else?", es: "¿Algo más?" } },
  ];
}

export function testSurvey(): ConnectionsSurvey {
  return {
    languages: ["en", "es"],
    title: { en: "Where we belong", es: "Dónde participamos" },
    intro: { en: "Tell us.", es: "Cuéntenos." },
    ties_prompt: { en: "One per line.", es: "Una por línea." },
    rows: 6,
    questions: testQuestions(),
  };
}

export function testStatus(over: Partial<LaptopStatus> = {}): LaptopStatus {
  return {
    lock: { has_passphrase: true, locked: true, locked_by: "Rosa", locked_at: "2026-12-06T18:00:00Z" },
    chapter_name: "Eastside Neighbors",
    survey: testSurvey(),
    at_keyboard: null,
    ...over,
  };
}

export function suggestion(id: string, name: string): OrgSuggestion {
  return { id: orgId(id), name };
}

/** A refusal as the backend sends it, about the input at `key`. */
export function refused(key: string, reason: string): IpcError {
  return {
    kind: "invalid_input",
    message: `${key}: ${reason}`,
    details: null,
    field: key,
    reason,
    said: { id: null, args: {}, text: `${key}: ${reason}` },
    refused: { field: { id: null, args: {}, text: key }, reason: { id: null, args: {}, text: reason } },
  };
}
