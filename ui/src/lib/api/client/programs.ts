// Service programs as entry points: the catalogue ranked against an assessment's needs, a
// shortlisted program made a base-building project, and the chapter's projects.
import type { AssessmentId } from "../types/ids";
import type { Candidate, CandidateInput, ProgramInput, Project, ServiceProgram } from "../types";
import { call } from "./call";

/** Every program in the catalogue as a candidate for this assessment, strongest first. */
export function programCandidates(id: AssessmentId): Promise<Candidate[]> {
  return call("program_candidates", { id });
}

/** Saves a program's scores (and shortlist mark) for this assessment; answers the new ranking. */
export function scoreProgram(id: AssessmentId, input: CandidateInput): Promise<Candidate[]> {
  return call("score_program", { id, input });
}

/** Adds the chapter's own program to the catalogue. */
export function addProgram(input: ProgramInput): Promise<ServiceProgram> {
  return call("add_program", { input });
}

/** Makes a shortlisted program a base-building project. */
export function makeProject(id: AssessmentId, programId: string, name: string): Promise<Project> {
  return call("make_project", { id, programId, name });
}

/** The chapter's base-building projects, newest first: what a campaign can grow out of. */
export function listProjects(): Promise<Project[]> {
  return call("list_projects");
}
