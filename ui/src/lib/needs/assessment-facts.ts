// What an assessment is, in words: its areas, how answers are gathered, its languages, its
// dates and how far it has got.
import type { AreaKind, Assessment, Method, Untranslated } from "../api/types";
import { formatCount, formatCounted } from "../format/count";
import { formatDate, isPlainDate } from "../format/date";
import { languageName } from "./survey-texts";

export const AREA_KINDS: ReadonlyArray<{ value: AreaKind; label: string }> = [
  { value: "neighbourhoods", label: "Neighbourhoods" },
  { value: "zip_codes", label: "ZIP codes" },
  { value: "turfs", label: "Turfs" },
];

/** How answers are gathered: `label` for an assessment (it may hold many sessions), `one` for
 *  a single form ("Listening session"). */
export const METHODS: ReadonlyArray<{ value: Method; label: string; one: string }> = [
  { value: "door_to_door", label: "Door to door", one: "Door to door" },
  { value: "tabling", label: "Tabling", one: "Tabling" },
  { value: "listening_session", label: "Listening sessions", one: "Listening session" },
  { value: "community_meeting", label: "Community meetings", one: "Community meeting" },
];

/** The languages the survey comes translated in; any other starts untranslated. */
export const TRANSLATED_LANGUAGES: ReadonlyArray<{ code: string; label: string }> = [
  { code: "en", label: "English" },
  { code: "es", label: "Spanish" },
];

/** "es" → "Spanish": the name the survey's languages go by everywhere in the app. */
export { languageName };

/** "English, Spanish" */
export function languagesText(codes: readonly string[]): string {
  return codes.length === 0 ? "English" : codes.map((code) => languageName(code)).join(", ");
}

export function areaKindLabel(kind: AreaKind): string {
  return AREA_KINDS.find((k) => k.value === kind)?.label ?? kind;
}

/** "Eastside, Riverbend"; "No areas listed yet". */
export function areasText(areas: readonly string[]): string {
  return areas.length === 0 ? "No areas listed yet" : areas.join(", ");
}

/** "Door to door, tabling"; "Not said". */
export function methodsText(methods: readonly Method[]): string {
  if (methods.length === 0) return "Not said";
  const words = methods.map((m) => METHODS.find((known) => known.value === m)?.label ?? m);
  return words.map((w, i) => (i === 0 ? w : w.toLowerCase())).join(", ");
}

const dayAndMonth = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

/** "Mar 1 to Apr 30, 2026" (the year once when both fall in it), "From Mar 1, 2026". */
export function periodText(startsOn: string | null, endsOn: string | null): string {
  if (startsOn && endsOn) {
    const sameYear =
      isPlainDate(startsOn) && isPlainDate(endsOn) && startsOn.slice(0, 4) === endsOn.slice(0, 4);
    const start = sameYear
      ? dayAndMonth.format(new Date(`${startsOn.trim()}T00:00:00Z`))
      : formatDate(startsOn);
    return `${start} to ${formatDate(endsOn)}`;
  }
  if (startsOn) return `From ${formatDate(startsOn)}`;
  if (endsOn) return `Until ${formatDate(endsOn)}`;
  return "No dates set";
}

/** The number printed on a form: "K7QF-0042". */
export function formNumber(code: string, serial: number): string {
  return `${code}-${String(serial).padStart(4, "0")}`;
}

/** "Forms print as K7QF-0001, K7QF-0002, …" */
export function formNumbersText(code: string): string {
  return `Forms print as ${formNumber(code, 1)}, ${formNumber(code, 2)}, …`;
}

/** The list row's progress: "264 of 300 forms entered", "No forms printed yet". */
export function formsEnteredText(
  assessment: Pick<Assessment, "forms_printed" | "responses">,
): string {
  const { forms_printed: printed, responses } = assessment;
  if (printed === 0 && responses === 0) return "No forms printed yet";
  const unit = printed === 1 ? "form" : "forms";
  return `${formatCount(responses)} of ${formatCount(printed)} ${unit} entered`;
}

/** "300 printed" */
export function formsPrintedText(printed: number): string {
  return printed === 0 ? "None printed yet" : `${formatCount(printed)} printed`;
}

/** How many texts a language still lacks: "Spanish: 12 texts not translated yet". */
export function untranslatedText(untranslated: Untranslated): string {
  const count = formatCounted(untranslated.missing.length, "text", "texts");
  return `${languageName(untranslated.lang)}: ${count} not translated yet`;
}
