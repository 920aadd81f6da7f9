// The power map's words for its codes and steps, in the screens' language. Each id is written
// out, so the catalogue test sees every one.
import type { Direction, NodeKind } from "../../api/types";
import { formatNumber } from "../../i18n/intl";
import { t } from "../../i18n/locale.svelte";
import { stepOf } from "./grid";

/** In the order the choosers offer them; "other" last. */
export const NODE_KINDS: readonly NodeKind[] = [
  "person",
  "organization",
  "government",
  "business",
  "media",
  "other",
];

export const DIRECTIONS: readonly Direction[] = ["directed", "mutual", "undirected"];

/** A relationship's strength, when known: 1 (weak) to 5 (strong). */
export const EDGE_STRENGTHS: readonly number[] = [1, 2, 3, 4, 5];

/** The sign inside a shape for each alignment step, −− to ++, so colour is never alone. */
export function alignmentSign(value: number): string {
  switch (stepOf(value)) {
    case -2:
      return "−−";
    case -1:
      return "−";
    case 1:
      return "+";
    case 2:
      return "++";
    default:
      return "0";
  }
}

export function kindLabel(kind: NodeKind): string {
  switch (kind) {
    case "person":
      return t("map-kind-person");
    case "organization":
      return t("map-kind-organization");
    case "government":
      return t("map-kind-government");
    case "business":
      return t("map-kind-business");
    case "media":
      return t("map-kind-media");
    case "other":
      return t("map-kind-other");
  }
}

/** "strongly opposed" … "strongly allied": the step nearest `value`. */
export function alignmentWord(value: number): string {
  switch (stepOf(value)) {
    case -2:
      return t("map-alignment-strongly-opposed");
    case -1:
      return t("map-alignment-opposed");
    case 1:
      return t("map-alignment-allied");
    case 2:
      return t("map-alignment-strongly-allied");
    default:
      return t("map-alignment-neutral");
  }
}

/** "little" … "decisive": the step nearest `value`. */
export function powerWord(value: number): string {
  switch (stepOf(value)) {
    case 0:
      return t("map-power-little");
    case 1:
      return t("map-power-some");
    case 3:
      return t("map-power-high");
    case 4:
      return t("map-power-decisive");
    default:
      return t("map-power-moderate");
  }
}

export function directionLabel(direction: Direction): string {
  switch (direction) {
    case "directed":
      return t("map-direction-directed");
    case "mutual":
      return t("map-direction-mutual");
    case "undirected":
      return t("map-direction-undirected");
  }
}

/** A place between steps, for a chooser that offers whole steps: "− opposed (−0.75)". */
export function finePlaceLabel(value: number, nearest: string): string {
  return t("map-fine-place", { value: formatNumber(value, 2), nearest });
}

/** "−− strongly opposed": a step of alignment as its chooser offers it. */
export function alignmentOption(value: number): string {
  return `${alignmentSign(value)} ${alignmentWord(value)}`;
}

/** "4 decisive": a step of power as its chooser offers it. */
export function powerOption(value: number): string {
  return `${formatNumber(stepOf(value))} ${powerWord(value)}`;
}
