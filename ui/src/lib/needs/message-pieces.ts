// A message with more than one part the screen shows in its own element (two codes as code):
// the message is formatted with a private-use character standing in for each part, then cut
// at them, so each language puts the parts where its grammar wants them.

/** The stand-in for the `n`th part; a private-use character no message contains. */
export function slot(n: number): string {
  return String.fromCodePoint(0xe100 + n);
}

/** A piece of the message: plain text, or the number of the part that goes there. */
export type Piece = { text: string } | { part: number };

/** The message cut at its stand-ins, in order. */
export function pieces(message: string): Piece[] {
  const out: Piece[] = [];
  let text = "";
  for (const char of message) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xe100 && code < 0xe200) {
      if (text !== "") out.push({ text });
      text = "";
      out.push({ part: code - 0xe100 });
    } else {
      text += char;
    }
  }
  if (text !== "") out.push({ text });
  return out;
}
