// The People area's words follow the screens' language: the same functions, switched to Spanish.
import { afterEach, describe, expect, it } from "vitest";
import { locale, plain } from "../i18n/locale.svelte";
import { slotLabel } from "./availability";
import { duplicatesSummary, historySentence, likenessShort } from "./duplicates";
import { importCounts, skippedTitle } from "./import-report";
import { labelOf, transports } from "./labels";
import { childrenText, optOuts } from "./person-record";
import { draftValues, validatePerson } from "./person-form";

afterEach(() => {
  locale.code = "en";
});

describe("in Spanish", () => {
  it("counts with Spanish plurals", () => {
    locale.code = "es";
    expect(childrenText(0)).toBe("Sin hijos");
    expect(childrenText(1)).toBe("1 hijo");
    expect(childrenText(3)).toBe("3 hijos");
    expect(duplicatesSummary(1, 1)).toBe("1 par por revisar");
    expect(skippedTitle(2)).toBe("Quedaron fuera (2 filas):");
  });

  it("writes a record's facts and reasons in Spanish, joined the Spanish way", () => {
    locale.code = "es";
    expect(optOuts({ do_not_call: true, do_not_text: false, do_not_email: true })).toEqual([
      "No llamar",
      "No mandar correos",
    ]);
    expect(slotLabel({ day: "mon", part: "evening" })).toBe("Lunes por la noche");
    expect(labelOf(transports(), "transit")).toBe("Usa el transporte público");
    expect(
      likenessShort([
        { kind: "same_phone", phone: "+16175550143" },
        { kind: "same_email", email: "a@example.org" },
      ]),
    ).toBe("mismo teléfono y mismo correo");
    expect(historySentence({ one_on_ones: 1, meetings: 2, ladder_changes: 0 })).toBe(
      "1 conversación uno a uno y 2 reuniones pasan al registro que se queda.",
    );
  });

  it("says what to fix in Spanish, and the import's counts", () => {
    locale.code = "es";
    expect(validatePerson({ ...draftValues(null), firstName: " " }).first_name).toBe(
      "Escriba el nombre de la persona. Si solo sabe un apodo, use ese.",
    );
    expect(
      importCounts({
        format: "spoke",
        read_as: plain("CSV"),
        rows: 1204,
        created: 1,
        updated: 3,
        unchanged: 1200,
        folded: 0,
        skipped: [],
        unknown_columns: [],
        lapsed: [],
        renewed: [],
      }),
    ).toBe("1,204 filas: 1 persona nueva, 3 actualizadas, 1,200 sin cambios");
  });

  it("goes back to English at once", () => {
    locale.code = "es";
    expect(childrenText(2)).toBe("2 hijos");
    locale.code = "en";
    expect(childrenText(2)).toBe("2 children");
  });
});
