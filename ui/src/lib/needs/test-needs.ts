// Invented records for the unit tests of the Needs area.
import type {
  Assessment,
  AssessmentDetail,
  NeedRank,
  NeedsRanking,
  Ranking,
  RespondentFollowUp,
  Survey,
} from "../api/types";
import { assessmentId, personId, responseId } from "../test-ids";

export function assessment(over: Partial<Assessment> = {}): Assessment {
  return {
    id: assessmentId("a-1"),
    name: "Eastside spring 2026",
    code: "K7QF",
    area_kind: "neighbourhoods",
    areas: ["Eastside", "Riverbend", "Mill Hill"],
    starts_on: "2026-03-01",
    ends_on: "2026-04-30",
    methods: ["door_to_door", "tabling"],
    languages: ["en", "es"],
    forms_printed: 300,
    responses: 264,
    is_sample: false,
    ...over,
  };
}

export function survey(over: Partial<Survey> = {}): Survey {
  return {
    languages: ["en", "es"],
    title: { en: "What does your household need?", es: "¿Qué necesita su hogar?" },
    intro: { en: "", es: "" },
    consent: { en: "", es: "" },
    domains: [
      { key: "housing", title: { en: "Housing", es: "Vivienda" }, questions: [] },
      { key: "food", title: { en: "Food", es: "Comida" }, questions: [] },
      { key: "work", title: { en: "", es: "Trabajo" }, questions: [] },
    ],
    about: [],
    ...over,
  };
}

export function assessmentDetail(
  over: Partial<Assessment> = {},
  surveyOver: Partial<Survey> = {},
): AssessmentDetail {
  return { assessment: assessment(over), survey: survey(surveyOver), untranslated: [] };
}

export function need(rank: number, over: Partial<NeedRank> = {}): NeedRank {
  return {
    rank,
    key: `need-${rank}`,
    title: `Need ${rank}`,
    respondents: 100,
    share: 0.5,
    rated: 90,
    mean_severity: 3.25,
    distribution: [10, 20, 30, 20, 10],
    ...over,
  };
}

export function ranking(responses = 264, needs: NeedRank[] = [need(1), need(2)]): Ranking {
  return { responses, needs };
}

export function needsRanking(over: Partial<NeedsRanking> = {}): NeedsRanking {
  return {
    overall: ranking(),
    by_area: [
      { group: "Eastside", ranking: ranking(90) },
      { group: "(not given)", ranking: ranking(4) },
      { group: "Riverbend", ranking: ranking(170) },
    ],
    by_language: [
      { group: "en", ranking: ranking(150) },
      { group: "es", ranking: ranking(114) },
    ],
    ...over,
  };
}

export function respondent(
  response: string,
  over: Partial<RespondentFollowUp> = {},
): RespondentFollowUp {
  return {
    response: responseId(response),
    form: "K7QF-0042",
    person: {
      id: personId(`p-${response}`),
      display_name: "Rosa Delgado",
      phone: "+13125550142",
      email: null,
      zip: "60608",
      ladder_level: "contact",
      membership_status: null,
      needs_childcare: false,
      is_sample: false,
    },
    needs: ["housing", "work"],
    entered_at: "2026-03-04T02:00:00Z",
    ...over,
  };
}
