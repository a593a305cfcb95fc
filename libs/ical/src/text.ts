/**
 * RFC 5545 text: sanitising is ours, escaping and folding are ical-generator's (`escape`,
 * `foldLines`). The header, the VTIMEZONE blocks and every event go through `fold`, so the batch
 * and the streaming output cannot drift apart.
 */
import { escape, foldLines } from 'ical-generator';

export const CRLF = '\r\n';

/**
 * ical-generator's `foldLines` keeps at most 74 octets of content per physical line (the first
 * line 74, each continuation a space plus 74), so no line exceeds RFC 5545's 75 octets.
 */
const FOLD_OCTETS = 74;
/** Folded lines remembered (see `foldLine`); ~1–2 MB at most. */
const MAX_REMEMBERED = 4096;

// Every control character (C0 incl. TAB/CR/LF, DEL, C1) and the Unicode line/paragraph
// separators. ical-generator's `escape` turns CR and LF into `\n`, so a raw line break cannot
// reach the output through it, but it leaves other controls (NUL, ESC, U+0085…) raw, and a name
// is one line: these all become spaces before escaping.
const SINGLE_LINE_BREAKERS = /[\p{Cc}\u2028\u2029]+/gu;
// Multi-line text keeps its line breaks (escaped as \n by `escape`) and TAB, which TEXT allows.
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
const OTHER_CONTROLS = /(?![\t\n])\p{Cc}/gu;
// A lone surrogate has no UTF-8 encoding; encoders would write U+FFFD (3 octets) anyway.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPACES = / {2,}/g;
// Nothing for `singleLine` to change: no control, separator or surrogate, no double, leading or
// trailing space. Most names are like that, and one test is cheaper than four replacements.
const NEEDS_CLEANING = /[\p{Cc}\u2028\u2029\uD800-\uDFFF]| {2}|^ | $/u;
// eslint-disable-next-line no-control-regex -- the ASCII range, controls included
const ASCII = /^[\u0000-\u007f]*$/;

/** A name or label on one line: control characters become spaces, runs of spaces collapse. */
export function singleLine(value: string): string {
  if (typeof value === 'string' && !NEEDS_CLEANING.test(value)) return value;
  return String(value)
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(SINGLE_LINE_BREAKERS, ' ')
    .replace(SPACES, ' ')
    .trim();
}

/** Free text that may have several lines: line breaks kept (as LF), other controls removed. */
export function multiLine(value: string): string {
  return String(value)
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(LINE_BREAKS, '\n')
    .replace(OTHER_CONTROLS, ' ')
    .trim();
}

/** A TEXT property value from an untrusted single-line string (ical-generator's `escape`). */
export function textValue(value: string): string {
  return escape(singleLine(value), false);
}

/** A TEXT property value from untrusted multi-line text (ical-generator's `escape`). */
export function multiLineTextValue(value: string): string {
  return escape(multiLine(value), false);
}

/**
 * `foldLines(text)` of ical-generator, for text of one or more CRLF-separated lines, computed
 * line by line (as `foldLines` does) and only where a line can need it.
 *
 * Why not call `foldLines` on everything: it encodes each character with a new TextEncoder,
 * ~0.5 µs a character here, ~0.25 ms for one event — 20 s for a 90 000-event team feed. Short
 * lines are returned as they are (`foldLines` would not change them either); see `foldLine`
 * for the long ones. A spec checks that the result equals `foldLines(text)`.
 */
export function fold(text: string): string {
  let out = '';
  // `text` up to `copied` is in `out`; most events have no line to fold and are returned as is.
  let copied = 0;
  let from = 0;
  while (from <= text.length) {
    let end = text.indexOf(CRLF, from);
    if (end < 0) end = text.length;
    if (needsFolding(text, from, end)) {
      out += text.slice(copied, from) + foldLine(text.slice(from, end));
      copied = end;
    }
    from = end + 2;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Whether `text[from, end)` has more UTF-8 octets than `foldLines` keeps on one line. */
function needsFolding(text: string, from: number, end: number): boolean {
  const length = end - from;
  // A UTF-16 unit is at most 3 octets; a line has at least as many octets as units.
  if (length * 3 <= FOLD_OCTETS) return false;
  if (length > FOLD_OCTETS) return true;
  let octets = 0;
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    // A surrogate counts 3 (a pair is 4 octets): overcounting only sends a line to `foldLine`,
    // which returns what `foldLines` would.
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return octets > FOLD_OCTETS;
}

const remembered = new Map<string, string>();

/**
 * One long line folded as `foldLines` folds it. A pure ASCII line (a UID of two UUIDs, most
 * descriptions) is cut every 74 characters, which is what `foldLines` does with one octet per
 * character; anything else goes through `foldLines` itself, remembered in a bounded map,
 * because feed lines repeat (a team's summaries are a few per person and shift type).
 */
function foldLine(line: string): string {
  if (ASCII.test(line)) {
    let out = line.slice(0, FOLD_OCTETS);
    for (let i = FOLD_OCTETS; i < line.length; i += FOLD_OCTETS) {
      out += `${CRLF} ${line.slice(i, i + FOLD_OCTETS)}`;
    }
    return out;
  }
  let folded = remembered.get(line);
  if (folded === undefined) {
    folded = foldLines(line);
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(line, folded);
  }
  return folded;
}

/**
 * One folded content line with its CRLF. `name` may carry parameters
 * (`REFRESH-INTERVAL;VALUE=DURATION`); `value` must already be escaped for its type.
 */
export function contentLine(name: string, value: string): string {
  return fold(`${name}:${value}`) + CRLF;
}
