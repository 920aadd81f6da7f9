// The Needs area's words follow the screens' language: Spanish plurals, dates, language names.
import { afterEach, describe, expect, it } from "vitest";
import { locale } from "../i18n/locale.svelte";
import { formsEnteredText, languagesText, methodsText, periodText, untranslatedText } from "./assessment-facts";
import { printButtonText, printedText } from "./forms-print-choices";
import { savedText, unscoredText } from "./programs";
import { needRowText, respondentsText, shareLabel } from "./ranking-chart";
import { need } from "./test-needs";
import { candidate } from "./test-programs";

afterEach(() => {
  locale.code = "en";
});

describe("the needs area in Spanish", () => {
  it("says an assessment's facts, its dates and its languages in Spanish", () => {
    locale.code = "es";
    expect(formsEnteredText({ forms_printed: 300, responses: 264 })).toBe("264 de 300 formularios ingresados");
    expect(formsEnteredText({ forms_printed: 1, responses: 0 })).toBe("0 de 1 formulario ingresado");
    expect(periodText("2026-03-01", "2026-04-30")).toBe("Del 1 mar al 30 abr 2026");
    expect(methodsText(["door_to_door", "listening_session"])).toBe("De puerta en puerta, sesiones de escucha");
    expect(languagesText(["en", "es", "vi"])).toBe("Inglés, español, vietnamita");
    expect(untranslatedText({ lang: "vi", missing: ["title"] })).toBe("Vietnamita: falta 1 texto por traducir");
  });

  it("counts forms, pages, people and criteria by Spanish plurals", () => {
    locale.code = "es";
    expect(printButtonText(1)).toBe("Imprimir 1 formulario");
    expect(printButtonText(50)).toBe("Imprimir 50 formularios");
    expect(printedText({ path: "/p.pdf", pages: 150, first: "K7QF-0051", last: "K7QF-0100" })).toBe(
      "Se imprimieron los formularios K7QF-0051 al K7QF-0100 (150 páginas)",
    );
    expect(respondentsText(1)).toBe("1 persona");
    expect(unscoredText(2)).toBe("2 criterios sin calificar todavía");
    expect(shareLabel({ share: 0.56, mean_severity: 3.3 })).toBe("56% · promedio 3.3 de 5");
    expect(needRowText({ ...need(1, { title: "Vivienda", respondents: 148, share: 0.56 }), mean_severity: null, rated: 0 }, 264)).toBe(
      "1. Vivienda: la nombraron 148 de 264 personas (56%), sin calificar",
    );
    expect(savedText(candidate("x", { rank: 2, total: 24 }), 8)).toBe(
      "Guardado. Ahora va en el puesto 2 de 8, con 24 de 30.",
    );
  });
});

describe("the ordinal of a candidate's place", () => {
  it("follows English's ordinal rules", () => {
    const place = (rank: number) => savedText(candidate("x", { rank, total: 6 }), 30);
    expect(place(1)).toBe("Saved. Now 1st of 30, 6 of 30.");
    expect(place(3)).toBe("Saved. Now 3rd of 30, 6 of 30.");
    expect(place(12)).toBe("Saved. Now 12th of 30, 6 of 30.");
    expect(place(13)).toBe("Saved. Now 13th of 30, 6 of 30.");
    expect(place(22)).toBe("Saved. Now 22nd of 30, 6 of 30.");
  });
});
