// Invented service programs and a pretend backend for the unit tests of the Programs tab.
import { vi } from "vitest";
import type {
  AssessmentId,
  Candidate,
  CandidateInput,
  Project,
  ProjectId,
  Scores,
  ServiceProgram,
} from "../api/types";
import { projectId } from "../test-ids";
import type { ProgramsPorts } from "./programs.svelte";
import { emptyScores, scoreTotal } from "./programs";

export function program(id: string, over: Partial<ServiceProgram> = {}): ServiceProgram {
  return {
    id,
    name: `Program ${id}`,
    description: "",
    needs: ["housing"],
    is_builtin: true,
    ...over,
  };
}

export function candidate(id: string, over: Partial<Candidate> = {}): Candidate {
  return {
    rank: 1,
    program: program(id),
    scores: emptyScores(),
    suggested: { ...emptyScores(), widely_felt: 3, deeply_felt: 4 },
    total: 7,
    unscored: 4,
    notes: null,
    shortlisted: false,
    project_id: null,
    ...over,
  };
}

type Stored = { scores: Scores; notes: string | null; shortlisted: boolean; project_id: ProjectId | null };

/**
 * A catalogue of three programs kept in memory, ranked the way the backend ranks them:
 * shortlisted first, then by total, then fewer unscored, then by name.
 */
export function fakePrograms() {
  const catalogue: ServiceProgram[] = [
    program("tenant", { name: "Tenant union", needs: ["housing"] }),
    program("food", { name: "Free groceries or breakfast", needs: ["food"] }),
    program("brake", { name: "Brake-light clinic", needs: ["transport", "safety"] }),
  ];
  const suggested: Record<string, Scores> = {
    tenant: { ...emptyScores(), widely_felt: 4, deeply_felt: 5 },
    food: { ...emptyScores(), widely_felt: 3, deeply_felt: 3 },
    brake: emptyScores(),
  };
  const stored = new Map<string, Stored>();

  const ranked = (): Candidate[] => {
    const list = catalogue.map((p): Candidate => {
      const saved = stored.get(p.id) ?? {
        scores: emptyScores(),
        notes: null,
        shortlisted: false,
        project_id: null,
      };
      const hint = suggested[p.id] ?? emptyScores();
      const { total, unscored } = scoreTotal(saved.scores, hint);
      return { rank: 0, program: p, suggested: hint, total, unscored, ...saved };
    });
    list.sort(
      (a, b) =>
        Number(b.shortlisted) - Number(a.shortlisted) ||
        b.total - a.total ||
        a.unscored - b.unscored ||
        a.program.name.localeCompare(b.program.name),
    );
    return list.map((c, i) => ({ ...c, rank: i + 1 }));
  };

  const ports: ProgramsPorts = {
    programCandidates: vi.fn(async () => ranked()),
    scoreProgram: vi.fn(async (_id: AssessmentId, input: CandidateInput) => {
      const before = stored.get(input.program_id);
      stored.set(input.program_id, {
        scores: { ...input.scores },
        notes: input.notes,
        shortlisted: input.shortlisted,
        project_id: before?.project_id ?? null,
      });
      return ranked();
    }),
    addProgram: vi.fn(async (input) => {
      const made = program(`own-${catalogue.length}`, { ...input, is_builtin: false });
      catalogue.push(made);
      return made;
    }),
    makeProject: vi.fn(async (id: AssessmentId, programId: string, name: string): Promise<Project> => {
      const saved = stored.get(programId);
      if (!saved?.shortlisted) {
        throw {
          kind: "invalid_input",
          message: `program: shortlist '${programId}' before making it a project`,
          details: null,
          field: "program",
        };
      }
      const project: Project = {
        id: projectId(`project-${programId}`),
        name,
        program_id: programId,
        assessment_id: id,
        needs: [],
        status: "planning",
      };
      saved.project_id = project.id;
      return project;
    }),
    printNeedsReport: vi.fn(async () => ({
      path: "/home/ana/Groundwork/needs-summary-K7QF.pdf",
      pages: 4,
    })),
    openInViewer: vi.fn(async () => {}),
  };
  return { ports, catalogue };
}
