// Names are single lines shown in pages and in e-mails sent in the office's name: nothing in them
// may start a new paragraph, hide itself, or reverse how the text around it reads.
const LINE_BREAKS = /[\r\n\u000B\u000C\u0085\u2028\u2029]/;
const C1_CONTROLS = /[\u0080-\u009F]/;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/;

/** The French message for a name that is not one plain line of visible text, or null. */
export function singleLineProblem(value: string): string | null {
  if (LINE_BREAKS.test(value)) return 'Ce nom doit tenir sur une seule ligne.';
  if (C1_CONTROLS.test(value) || BIDI_CONTROLS.test(value) || INVISIBLE.test(value)) {
    return 'Ce nom contient des caractères invisibles ou de contrôle\u00a0: retapez-le.';
  }
  return null;
}
