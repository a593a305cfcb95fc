/**
 * RFC 5545 text: the one place where values are sanitised, escaped and lines folded. The
 * header, VTIMEZONE and event writers all go through `contentLine`, so the batch and the
 * streaming output cannot drift apart.
 */

export const CRLF = '\r\n';

/** RFC 5545 §3.1: lines SHOULD NOT exceed 75 octets, excluding the line break. */
const MAX_OCTETS = 75;

// Every control character (C0 incl. TAB/CR/LF, DEL, C1) and the Unicode line/paragraph
// separators. A CR or LF that reached the output raw would end the content line and let the
// rest of a name become a property of its own ("\r\nATTENDEE:…").
const SINGLE_LINE_BREAKERS = /[\p{Cc}\u2028\u2029]+/gu;
// Multi-line text keeps its line breaks (escaped as \n below) and TAB, which TEXT allows.
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
const OTHER_CONTROLS = /(?![\t\n])\p{Cc}/gu;
// A lone surrogate has no UTF-8 encoding; encoders would write U+FFFD (3 octets) anyway.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPACES = / {2,}/g;
const TEXT_SPECIALS = /[\\;,\n]/g;

/** A name or label on one line: control characters become spaces, runs of spaces collapse. */
export function singleLine(value: string): string {
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

/** RFC 5545 §3.3.11 TEXT escaping of an already sanitised value. */
export function escapeText(value: string): string {
  return value.replace(TEXT_SPECIALS, (ch) => (ch === '\n' ? '\\n' : `\\${ch}`));
}

/** A TEXT property value from an untrusted single-line string. */
export function textValue(value: string): string {
  return escapeText(singleLine(value));
}

/** A TEXT property value from untrusted multi-line text. */
export function multiLineTextValue(value: string): string {
  return escapeText(multiLine(value));
}

/**
 * Folds a content line so that no physical line exceeds 75 octets of UTF-8: the first carries
 * up to 75, each continuation a space plus up to 74. Breaks fall between code points, so a
 * multi-octet character (or a surrogate pair) is never split.
 */
export function foldLine(line: string): string {
  // At most 3 octets per UTF-16 unit (a surrogate pair is 4 octets for 2 units).
  if (line.length * 3 <= MAX_OCTETS) return line;
  let out = '';
  let segmentStart = 0;
  let octets = 0;
  let limit = MAX_OCTETS;
  for (let i = 0; i < line.length;) {
    const code = line.charCodeAt(i);
    let units = 1;
    let size: number;
    if (code < 0x80) size = 1;
    else if (code < 0x800) size = 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(line.charCodeAt(i + 1))) {
      size = 4;
      units = 2;
    } else size = 3;
    if (octets + size > limit) {
      out += line.slice(segmentStart, i) + CRLF + ' ';
      segmentStart = i;
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    octets += size;
    i += units;
  }
  return segmentStart === 0 ? line : out + line.slice(segmentStart);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * One folded content line with its CRLF. `name` may carry parameters
 * (`DTSTART;TZID=Europe/Warsaw`); `value` must already be escaped for its type.
 */
export function contentLine(name: string, value: string): string {
  return foldLine(`${name}:${value}`) + CRLF;
}
