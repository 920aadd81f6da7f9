// What an assessment is, in words: its areas, how answers are gathered, its languages, its
// dates and how far it has got.
import type { AreaKind, Assessment, Method, Untranslated } from "../api/types";
import { formatDate, isPlainDate } from "../format/date";
import { dateFormat } from "../i18n/intl";
import { locale, t } from "../i18n/locale.svelte";
import { capitalized, languageLabel, languageName } from "./survey-texts";

const AREA_KIND_VALUES: readonly AreaKind[] = ["neighbourhoods", "zip_codes", "turfs"];

/** The kinds of area, in the screens' language, read afresh each time. */
export function areaKinds(): Array<{ value: AreaKind; label: string }> {
  return AREA_KIND_VALUES.map((value) => ({ value, label: areaKindLabel(value) }));
}

const METHOD_VALUES: readonly Method[] = [
  "door_to_door",
  "tabling",
  "listening_session",
  "community_meeting",
];

/** How answers are gathered: `label` for an assessment (it may hold many sessions), `one` for
 *  a single form ("Listening session"). */
export function methods(): Array<{ value: Method; label: string; one: string }> {
  return METHOD_VALUES.map((value) => ({
    value,
    label: methodLabel(value),
    one: methodOne(value),
  }));
}

function methodLabel(method: Method): string {
  switch (method) {
    case "door_to_door":
      return t("needs-method-door-to-door");
    case "tabling":
      return t("needs-method-tabling");
    case "listening_session":
      return t("needs-method-listening-sessions");
    case "community_meeting":
      return t("needs-method-community-meetings");
    default:
      return method;
  }
}

/** One form's way of being gathered: "Listening session". */
export function methodOne(method: Method): string {
  switch (method) {
    case "door_to_door":
      return t("needs-method-door-to-door");
    case "tabling":
      return t("needs-method-tabling-one");
    case "listening_session":
      return t("needs-method-listening-session");
    case "community_meeting":
      return t("needs-method-community-meeting");
    default:
      return method;
  }
}

/** The languages the survey comes translated in; any other starts untranslated. */
export function translatedLanguages(): Array<{ code: string; label: string }> {
  return ["en", "es"].map((code) => ({ code, label: languageLabel(code) }));
}

/** "es" → "Spanish": the name the survey's languages go by everywhere in the app. */
export { languageLabel, languageName };

/** "English, Spanish" */
export function languagesText(codes: readonly string[]): string {
  const shown = codes.length === 0 ? ["en"] : codes;
  return capitalized(shown.map((code) => languageName(code)).join(", "));
}

export function areaKindLabel(kind: AreaKind): string {
  switch (kind) {
    case "neighbourhoods":
      return t("needs-area-kind-neighbourhoods");
    case "zip_codes":
      return t("needs-area-kind-zip-codes");
    case "turfs":
      return t("needs-area-kind-turfs");
    default:
      return kind;
  }
}

/** "Eastside, Riverbend"; "No areas listed yet". */
export function areasText(areas: readonly string[]): string {
  return areas.length === 0 ? t("needs-areas-none") : areas.join(", ");
}

/** "Door to door, tabling"; "Not said". */
export function methodsText(methods: readonly Method[]): string {
  if (methods.length === 0) return t("needs-methods-none");
  const words = methods.map((m) => methodLabel(m));
  return words.map((w, i) => (i === 0 ? w : w.toLocaleLowerCase(locale.intl))).join(", ");
}

/** "Mar 1" ("1 mar" in Spanish), in the screens' language. */
function dayAndMonth(text: string): string {
  const format = dateFormat({ month: "short", day: "numeric", timeZone: "UTC" });
  return format.format(new Date(`${text.trim()}T00:00:00Z`));
}

/** "Mar 1 to Apr 30, 2026" (the year once when both fall in it), "From Mar 1, 2026". */
export function periodText(startsOn: string | null, endsOn: string | null): string {
  if (startsOn && endsOn) {
    const sameYear =
      isPlainDate(startsOn) && isPlainDate(endsOn) && startsOn.slice(0, 4) === endsOn.slice(0, 4);
    const start = sameYear ? dayAndMonth(startsOn) : formatDate(startsOn);
    return t("needs-period", { start, end: formatDate(endsOn) });
  }
  if (startsOn) return t("needs-period-from", { start: formatDate(startsOn) });
  if (endsOn) return t("needs-period-until", { end: formatDate(endsOn) });
  return t("needs-period-none");
}

/** The number printed on a form: "K7QF-0042". */
export function formNumber(code: string, serial: number): string {
  return `${code}-${String(serial).padStart(4, "0")}`;
}

/** "Forms print as K7QF-0001, K7QF-0002, …" */
export function formNumbersText(code: string): string {
  return t("needs-form-numbers", { first: formNumber(code, 1), second: formNumber(code, 2) });
}

/** The list row's progress: "264 of 300 forms entered", "No forms printed yet". */
export function formsEnteredText(
  assessment: Pick<Assessment, "forms_printed" | "responses">,
): string {
  const { forms_printed: printed, responses } = assessment;
  if (printed === 0 && responses === 0) return t("needs-forms-none-printed");
  return t("needs-forms-entered-of", { entered: responses, printed });
}

/** "300 printed, 264 entered" */
export function formsPrintedText(printed: number, entered: number): string {
  return printed === 0
    ? t("needs-forms-printed-none", { entered })
    : t("needs-forms-printed", { printed, entered });
}

/** How many texts a language still lacks: "Spanish: 12 texts not translated yet". */
export function untranslatedText(untranslated: Untranslated): string {
  return t("needs-untranslated", {
    language: languageLabel(untranslated.lang),
    count: untranslated.missing.length,
  });
}
