/**
 * One flat string with the text of `s`. A string made by concatenation (a template literal with
 * parts) is a tree of pieces until something reads it whole; kept for a long time — an event's
 * message, a pod's name or IP, a timeline sample's cause — each piece is one more object for the
 * garbage collector to walk and copy, tens of thousands of them in a large rollout.
 *
 * `normalize()` is what makes V8 lay the text out in one piece without copying it twice. It
 * returns NFC, which for text already in NFC (all of Latin-1, so every name and message the
 * simulator makes) is the same text; anything else is returned as it came.
 */
export function flat(s: string): string {
  // V8 joins strings shorter than 13 characters at once: those are flat already.
  if (s.length < 13) return s;
  const n = s.normalize();
  return n === s ? n : s;
}
