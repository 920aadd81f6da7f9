// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

export type BackupEntry = { path: string, file_name: string, 
/**
 * When the file was last written (UTC, RFC 3339).
 */
created_at: string, size_bytes: number, };
