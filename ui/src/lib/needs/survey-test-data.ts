// A small survey and assessment for tests, shaped like the built-in one (a scale first in
// each need, a household section at the end).

import type { AssessmentDetail, Survey } from "../api/types";
import { assessmentId } from "../test-ids";

export function testSurvey(): Survey {
  return {
    languages: ["en", "es"],
    title: { en: "Neighbourhood Needs Survey", es: "Encuesta sobre las necesidades del vecindario" },
    intro: { en: "Hi, we are your neighbours.", es: "Hola, somos sus vecinos." },
    consent: { en: "Giving your contact details is optional.", es: "Darnos sus datos es opcional." },
    domains: [
      {
        key: "housing",
        title: { en: "Housing and rent", es: "Vivienda y renta" },
        questions: [
          { key: "housing_hard", kind: "scale", text: { en: "How hard is housing?", es: "¿Qué tan difícil es la vivienda?" } },
          {
            key: "housing_tenure",
            kind: "single",
            text: { en: "Do you rent or own?", es: "¿Rentan o son dueños?" },
            choices: [
              { key: "rent", text: { en: "We rent", es: "Rentamos" } },
              { key: "own", text: { en: "We own", es: "Somos dueños" } },
            ],
          },
          {
            key: "housing_problems",
            kind: "multiple",
            text: { en: "Which of these?", es: "¿Cuáles de estos?" },
            choices: [
              { key: "rent_went_up", text: { en: "Rent went up", es: "Nos subieron la renta" } },
              { key: "repairs_not_done", text: { en: "Repairs not done", es: "No hacen las reparaciones" } },
              { key: "other", text: { en: "Something else", es: "Otra cosa" } },
            ],
          },
        ],
      },
      {
        key: "work",
        title: { en: "Work and wages", es: "Trabajo y salarios" },
        questions: [
          { key: "work_hard", kind: "scale", text: { en: "How hard is making a living?", es: "¿Qué tan difícil es ganarse la vida?" } },
          { key: "work_looking", kind: "yes_no", text: { en: "Is anyone looking for work?", es: "¿Alguien busca trabajo?" } },
        ],
      },
      {
        key: "food",
        title: { en: "Food", es: "Comida" },
        questions: [{ key: "food_hard", kind: "scale", text: { en: "How hard is food?", es: "¿Qué tan difícil es la comida?" } }],
      },
      {
        key: "health",
        title: { en: "Health care", es: "Salud" },
        questions: [{ key: "health_hard", kind: "scale", text: { en: "How hard is health care?", es: "¿Qué tan difícil es la salud?" } }],
      },
    ],
    about: [
      {
        key: "top_three",
        kind: "top_three",
        text: { en: "Pick your top three", es: "Escoja sus tres principales" },
        choices: [
          { key: "housing", text: { en: "Housing and rent", es: "Vivienda y renta" } },
          { key: "work", text: { en: "Work and wages", es: "Trabajo y salarios" } },
          { key: "food", text: { en: "Food", es: "Comida" } },
          { key: "health", text: { en: "Health care", es: "Salud" } },
        ],
      },
      { key: "household_size", kind: "number", text: { en: "How many people live in your home?", es: "¿Cuántas personas viven en su casa?" } },
      {
        key: "language",
        kind: "single",
        text: { en: "Which language?", es: "¿Qué idioma?" },
        choices: [
          { key: "en", text: { en: "English", es: "Inglés" } },
          { key: "es", text: { en: "Spanish", es: "Español" } },
        ],
      },
      { key: "come_to_meeting", kind: "yes_no", text: { en: "Would you come to a meeting?", es: "¿Vendría a una reunión?" } },
      { key: "anything_else", kind: "text", text: { en: "Anything else?", es: "¿Algo más?" } },
    ],
  };
}

export function testDetail(survey: Survey = testSurvey()): AssessmentDetail {
  return {
    assessment: {
      id: assessmentId("assessment-1"),
      name: "Eastside 2026",
      code: "K7QF",
      area_kind: "neighbourhoods",
      areas: ["Eastside", "Riverside"],
      starts_on: null,
      ends_on: null,
      methods: ["door_to_door"],
      languages: survey.languages,
      forms_printed: 50,
      responses: 0,
      is_sample: false,
    },
    survey,
    untranslated: [],
  };
}
