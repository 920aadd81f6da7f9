// The typed way to the Rust side: one function per command, grouped by area under client/
// (all of them go through client/call.ts, the only caller of `invoke`). Components and state
// classes call these; none of them ever spells a command name. This module gathers every area
// so `import * as client from ".../api/client"` reaches them all; code that uses one area
// imports that area's module instead.
export * from "./client/backup";
export * from "./client/campaigns";
export * from "./client/chapter";
export * from "./client/grants";
export * from "./client/jobs";
export * from "./client/laptop";
export * from "./client/lists";
export * from "./client/meetings";
export * from "./client/national";
export * from "./client/training";
export * from "./client/canvass";
export * from "./client/needs";
export * from "./client/orgs";
export * from "./client/people";
export * from "./client/print";
export * from "./client/programs";
