// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

export type Arg = number | string | Message;

export type Message = { 
/**
 * The id in the catalogues, or none for words shown as they are.
 */
id: string | null, args: { [key in string]: Arg }, 
/**
 * The English.
 */
text: string, };
