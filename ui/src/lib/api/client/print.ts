// Printing that belongs to no one area: the blank sign-in sheet, and opening any printed file.
import type { PrintedFile, SignInRequest } from "../types";
import { call } from "./call";

/** Writes the sheet as a PDF into the print folder. */
export function printSignIn(request: SignInRequest): Promise<PrintedFile> {
  return call("print_sign_in", { request });
}

export function openInViewer(path: string): Promise<void> {
  return call("open_in_viewer", { path });
}
