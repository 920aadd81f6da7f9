// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.
// Every area's types, for code that wants them from one place.

export type * from "./types/ids";
export type * from "./types/messages";
export type * from "./types/chapter";
export type * from "./types/errors";
export type * from "./types/jobs";
export type * from "./types/backup";
export type * from "./types/print";
export type * from "./types/lists";
export type * from "./types/people";
export type * from "./types/meetings";
export type * from "./types/needs";
export type * from "./types/projects";
export type * from "./types/orgs";
export type * from "./types/connections";
export type * from "./types/laptop";
export type * from "./types/campaigns";
export type * from "./types/maps";
export type * from "./types/grants";
export type * from "./types/national";
export type * from "./types/canvass";
export type * from "./types/training";
