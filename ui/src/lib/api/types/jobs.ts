// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

export type Progress = { done: number, total: number, 
/**
 * What the units are, for a person: "pages", "rows".
 */
message: string, };
