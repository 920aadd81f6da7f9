// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { AssessmentId, ProjectId } from "./ids";

export type ProjectStatus = "planning" | "active" | "paused" | "ended";

export type Project = { id: ProjectId, name: string, 
/**
 * The service program it was made from, if any.
 */
program_id: string | null, 
/**
 * The needs assessment whose program it was made from, if any.
 */
assessment_id: AssessmentId | null, 
/**
 * The needs it answers (the needs assessment's need codes).
 */
needs: Array<string>, status: ProjectStatus, };
