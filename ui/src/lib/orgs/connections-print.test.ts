import { afterEach, describe, expect, it, vi } from "vitest";
import type { ChapterSettings, PrintedForms, Progress } from "../api/types";
import { locale } from "../i18n/locale.svelte";
import { AppError } from "../api/errors";
import {
  assessmentSummary,
  connectionsFormsRequest,
  DEFAULT_CONNECTIONS_FORMS,
  languageRefusal,
  nextFormNumber,
  startingPointsRequest,
  untranslatedChoice,
} from "./connections-print";
import {
  ConnectionsFormsPrint,
  StartingPointsPrint,
  type ConnectionsFormsPorts,
  type StartingPointsPorts,
} from "./connections-print.svelte";
import { Connections } from "./connections.svelte";
import { connectionsAssessment, ranked } from "./test-orgs";

afterEach(() => {
  locale.code = "en";
});

function settings(over: Partial<ChapterSettings> = {}): ChapterSettings {
  return {
    name: "Eastside",
    paper_size: "letter",
    print_languages: ["en", "es"],
    time_zone: "America/Chicago",
    ...over,
  };
}

const printed: PrintedForms = {
  path: "/print/connections-forms-K7QF-0001.pdf",
  pages: 6,
  first: "K7QF-0001",
  last: "K7QF-0003",
};

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function formsPorts(over: Partial<ConnectionsFormsPorts> = {}): ConnectionsFormsPorts {
  return {
    printConnectionsForms: vi.fn(async () => printed),
    openInViewer: vi.fn(async () => {}),
    cancelJob: vi.fn(async () => {}),
    newJobId: () => "job-5",
    ...over,
  };
}

describe("what printing connections forms sends", () => {
  it("sends the count, the languages the choice stands for, and the paper (null: the chapter's)", () => {
    expect(connectionsFormsRequest({ count: 3, language: "en+es", paper: "default" })).toEqual({
      request: { count: 3, languages: ["en", "es"], paper: null },
    });
    expect(connectionsFormsRequest({ count: 5000, language: "es", paper: "a4" })).toEqual({
      request: { count: 5000, languages: ["es"], paper: "a4" },
    });
  });

  it("says what to fix in the count instead of sending it", () => {
    expect(connectionsFormsRequest({ count: null, language: "en", paper: "default" })).toEqual({
      countError: "Say how many forms to print, from 1 to 5,000.",
    });
    expect(connectionsFormsRequest({ count: 0, language: "en", paper: "letter" })).toEqual({
      countError: "Print between 1 and 5,000 forms at a time.",
    });
    expect(connectionsFormsRequest({ count: 5001, language: "en", paper: "letter" })).toHaveProperty("countError");
    expect(connectionsFormsRequest({ count: 2.5, language: "en", paper: "letter" })).toEqual({
      countError: "Print a whole number of forms.",
    });
  });

  it("prints the starting points in the language and on the paper chosen", () => {
    expect(startingPointsRequest({ lang: "en+es", paper: "a4" })).toEqual({ lang: "en+es", paper: "a4" });
  });
});

describe("a language the forms cannot print in", () => {
  const survey = connectionsAssessment({
    survey: {
      ...connectionsAssessment().survey,
      intro: { en: "Tell us where you belong.", es: "" },
      ties_prompt: { en: "One per line.", es: "Una por línea." },
      questions: [
        {
          key: "reach_out",
          kind: "yes_no",
          text: { en: "Would you help?" },
        },
      ],
    },
  }).survey;

  it("is said before printing, with how many texts it lacks", () => {
    expect(untranslatedChoice(survey, "en")).toBeNull();
    expect(untranslatedChoice(survey, "en+es")).toBe(
      "Spanish: 2 texts not translated yet. These forms cannot print until the survey is translated.",
    );
  });

  it("is what a refused print says beside the language, in plain words", () => {
    const refused = new AppError(
      "print",
      "the survey is not yet translated into 'es': 2 text(s) missing (intro, reach_out); translate them before printing",
    );
    expect(languageRefusal(refused)).toBe(
      "The survey is not yet translated into 'es': 2 text(s) missing (intro, reach_out); translate them before printing.",
    );
    const named = new AppError("invalid_input", "languages: no such language", null, "languages", "no such language");
    expect(languageRefusal(named)).toBe("No such language.");
    // A full disk is not about the language: it is said where the job is.
    expect(languageRefusal(new AppError("io", "The print folder is full."))).toBeNull();
  });
});

describe("the assessment's summary line", () => {
  it("counts forms printed, entered and members who answered", () => {
    expect(assessmentSummary({ forms_printed: 12, responses: 5, members_answered: 4 })).toBe(
      "12 forms printed · 5 entered · 4 members answered",
    );
    expect(assessmentSummary({ forms_printed: 1, responses: 1, members_answered: 1 })).toBe(
      "1 form printed · 1 entered · 1 member answered",
    );
    expect(assessmentSummary({ forms_printed: 1200, responses: 0, members_answered: 0 })).toBe(
      "1,200 forms printed · 0 entered · 0 members answered",
    );
  });

  it("says when no forms are printed yet", () => {
    expect(assessmentSummary({ forms_printed: 0, responses: 0, members_answered: 0 })).toBe(
      "No connections forms printed yet.",
    );
  });

  it("speaks Spanish with its plurals", () => {
    locale.code = "es";
    expect(assessmentSummary({ forms_printed: 12, responses: 5, members_answered: 4 })).toBe(
      "12 formularios impresos · 5 ingresados · 4 miembros respondieron",
    );
    expect(assessmentSummary({ forms_printed: 1, responses: 1, members_answered: 1 })).toBe(
      "1 formulario impreso · 1 ingresado · 1 miembro respondió",
    );
    expect(assessmentSummary({ forms_printed: 0, responses: 0, members_answered: 0 })).toBe(
      "Todavía no se ha impreso ningún formulario de conexiones.",
    );
  });

  it("names the next form's number once the assessment has a code", () => {
    expect(nextFormNumber(null)).toBeNull();
    expect(nextFormNumber(connectionsAssessment())).toBeNull();
    expect(nextFormNumber(connectionsAssessment({ code: "K7QF", forms_printed: 12 }))).toBe("K7QF-0013");
  });
});

describe("ConnectionsFormsPrint", () => {
  it("starts at 20 forms, in both languages when the chapter prints in both", () => {
    const forms = new ConnectionsFormsPrint(formsPorts());
    expect(forms.count).toBe(DEFAULT_CONNECTIONS_FORMS);
    forms.open(["en", "es"], settings().print_languages);
    expect(forms.isOpen).toBe(true);
    expect(forms.language).toBe("en+es");
    expect(forms.paper).toBe("default");
  });

  it("offers only the languages the survey prints in", () => {
    const forms = new ConnectionsFormsPrint(formsPorts());
    forms.open(["es"], settings().print_languages);
    expect(forms.language).toBe("es");
    // A choice the survey has no longer (Spanish dropped) becomes one it has.
    forms.prepare(["en"], settings().print_languages);
    expect(forms.language).toBe("en");
  });

  it("keeps the language the organizer chose when the panel opens again", () => {
    const forms = new ConnectionsFormsPrint(formsPorts());
    forms.open(["en", "es"], ["es"]);
    expect(forms.language).toBe("es");
    forms.language = "en";
    forms.close();
    forms.open(["en", "es"], ["es"]);
    expect(forms.language).toBe("en");
  });

  it("prints as a long job with progress, then says which numbers", async () => {
    const job = deferred<PrintedForms>();
    let report: (progress: Progress) => void = () => {};
    const printConnectionsForms = vi.fn<ConnectionsFormsPorts["printConnectionsForms"]>(
      (_request, _jobId, onProgress) => {
        report = onProgress;
        return job.promise;
      },
    );
    const forms = new ConnectionsFormsPrint(formsPorts({ printConnectionsForms }));
    forms.open(["en", "es"], settings().print_languages);
    forms.count = 3;
    const done = forms.print();
    expect(printConnectionsForms).toHaveBeenCalledWith(
      { count: 3, languages: ["en", "es"], paper: null },
      "job-5",
      expect.any(Function),
    );
    expect(forms.busy).toBe(true);
    report({ done: 2, total: 3, message: "forms" });
    expect(forms.state.phase === "running" && forms.state.progress?.done).toBe(2);
    job.resolve(printed);
    expect(await done).toEqual(printed);
    expect(forms.state).toEqual({ phase: "done", kind: "print", result: printed });
    expect(forms.requested).toBe(3);
  });

  it("sends nothing while the count needs fixing", async () => {
    const ports = formsPorts();
    const forms = new ConnectionsFormsPrint(ports);
    forms.count = null;
    expect(await forms.print()).toBeNull();
    expect(ports.printConnectionsForms).not.toHaveBeenCalled();
    expect(forms.countError).toBe("Say how many forms to print, from 1 to 5,000.");
    forms.count = 10;
    await forms.print();
    expect(forms.countError).toBeNull();
  });

  it("cancels through the job's id, and says so", async () => {
    const job = deferred<PrintedForms>();
    const ports = formsPorts({ printConnectionsForms: vi.fn(() => job.promise) });
    const forms = new ConnectionsFormsPrint(ports);
    const done = forms.print();
    await forms.cancel();
    expect(ports.cancelJob).toHaveBeenCalledWith("job-5");
    job.reject({ kind: "cancelled", message: "cancelled", details: null });
    expect(await done).toBeNull();
    expect(forms.state.phase).toBe("cancelled");
  });

  it("says a refused language beside the language, and nothing about it once dismissed", async () => {
    const ports = formsPorts({
      printConnectionsForms: vi.fn(async () => {
        throw { kind: "print", message: "the survey does not run in 'vi' (it runs in en, es)", details: null };
      }),
    });
    const forms = new ConnectionsFormsPrint(ports);
    forms.open(["en", "es"], ["en"]);
    expect(await forms.print()).toBeNull();
    expect(forms.state.phase).toBe("failed");
    expect(forms.languageError).toBe("The survey does not run in 'vi' (it runs in en, es).");
    forms.close();
    expect(forms.languageError).toBeNull();
  });

  it("keeps a running batch on screen when the panel is closed", async () => {
    const job = deferred<PrintedForms>();
    const forms = new ConnectionsFormsPrint(formsPorts({ printConnectionsForms: vi.fn(() => job.promise) }));
    forms.open(["en", "es"], ["en"]);
    const done = forms.print();
    forms.close();
    expect(forms.isOpen).toBe(false);
    expect(forms.busy).toBe(true);
    job.resolve(printed);
    await done;
    expect(forms.state.phase).toBe("done");
  });

  it("opens the printed forms in the viewer", async () => {
    const ports = formsPorts();
    const forms = new ConnectionsFormsPrint(ports);
    await forms.print();
    await forms.openPrinted();
    expect(ports.openInViewer).toHaveBeenCalledWith(printed.path);
  });

  it("says nothing in another chapter of a batch printed for the last one", async () => {
    const job = deferred<PrintedForms>();
    const forms = new ConnectionsFormsPrint(formsPorts({ printConnectionsForms: vi.fn(() => job.promise) }));
    forms.open(["en", "es"], ["es"]);
    const done = forms.print();
    forms.reset();
    expect(forms.isOpen).toBe(false);
    job.resolve(printed);
    expect(await done).toBeNull();
    expect(forms.state.phase).toBe("idle");
    // The next chapter's language is its own.
    forms.open(["en", "es"], ["en"]);
    expect(forms.language).toBe("en");
  });
});

describe("StartingPointsPrint", () => {
  function ports(over: Partial<StartingPointsPorts> = {}): StartingPointsPorts {
    return {
      printStartingPoints: vi.fn(async () => ({ path: "/print/starting-points.pdf", pages: 3 })),
      openInViewer: vi.fn(async () => {}),
      ...over,
    };
  }

  it("starts in the chapter's languages and on its paper, and keeps what the organizer chose", () => {
    const report = new StartingPointsPrint(ports());
    report.open(settings({ paper_size: "a4" }));
    expect(report.isOpen).toBe(true);
    expect([report.lang, report.paper]).toEqual(["en+es", "a4"]);
    report.lang = "es";
    report.close();
    report.open(settings({ paper_size: "a4" }));
    expect(report.lang).toBe("es");
    // Another chapter: its own.
    report.reset();
    report.open(settings({ print_languages: ["en"], paper_size: "letter" }));
    expect([report.lang, report.paper]).toEqual(["en", "letter"]);
  });

  it("prints the report in the language and on the paper chosen, and opens it", async () => {
    const p = ports();
    const report = new StartingPointsPrint(p);
    report.open(settings());
    report.paper = "a4";
    const file = await report.print();
    expect(p.printStartingPoints).toHaveBeenCalledWith({ lang: "en+es", paper: "a4" });
    expect(file).toEqual({ path: "/print/starting-points.pdf", pages: 3 });
    expect(report.printed).toEqual(file);
    expect(report.printing).toBe(false);
    await report.openPrinted();
    expect(p.openInViewer).toHaveBeenCalledWith("/print/starting-points.pdf");
  });

  it("shows why it could not print, and keeps no file", async () => {
    const report = new StartingPointsPrint(
      ports({
        printStartingPoints: vi.fn(async () => {
          throw { kind: "io", message: "The print folder is full.", details: null };
        }),
      }),
    );
    expect(await report.print()).toBeNull();
    expect(report.printed).toBeNull();
    expect(report.error?.message).toBe("The print folder is full.");
  });
});

describe("Connections", () => {
  it("fetches how far the assessment has come beside the ranking, and again after printing", async () => {
    const assessment = vi
      .fn()
      .mockResolvedValueOnce(connectionsAssessment())
      .mockResolvedValueOnce(connectionsAssessment({ code: "K7QF", forms_printed: 3 }));
    const connections = new Connections(
      { connectionsRanking: async () => [ranked("a")], connectionsAssessment: assessment },
      new ConnectionsFormsPrint(formsPorts()),
    );
    await connections.load();
    expect(connections.assessment?.forms_printed).toBe(0);
    expect(await connections.printForms()).toEqual(printed);
    expect(assessment).toHaveBeenCalledTimes(2);
    expect(connections.assessment?.forms_printed).toBe(3);
  });

  it("shows the ranking even when the assessment cannot be fetched", async () => {
    const connections = new Connections({
      connectionsRanking: async () => [ranked("a")],
      connectionsAssessment: async () => {
        throw { kind: "io", message: "The chapter's file cannot be read.", details: null };
      },
    });
    await connections.load();
    expect(connections.loaded).toBe(true);
    expect(connections.tied).toHaveLength(1);
    expect(connections.assessment).toBeNull();
    expect(connections.assessmentError?.message).toBe("The chapter's file cannot be read.");
  });
});
