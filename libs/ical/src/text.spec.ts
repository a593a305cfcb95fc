import { contentLine, escapeText, foldLine, multiLine, singleLine, textValue } from './text.js';

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

function physical(line: string): string[] {
  return line.split('\r\n');
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newline (RFC 5545 §3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('leaves colons and quotes alone, which TEXT allows', () => {
    expect(escapeText('Late: "B"')).toBe('Late: "B"');
  });
});

describe('singleLine', () => {
  it('turns every control character and line separator into a single space', () => {
    expect(singleLine('Anna\r\nATTENDEE:mailto:x')).toBe('Anna ATTENDEE:mailto:x');
    expect(singleLine('a\rb\nc\td\u0000e\u007ff\u0085g\u2028h\u2029i')).toBe('a b c d e f g h i');
  });

  it('collapses runs of spaces and trims', () => {
    expect(singleLine('  Anna \n\n Kowalska  ')).toBe('Anna Kowalska');
  });

  it('replaces lone surrogates, which have no UTF-8 form, and keeps pairs', () => {
    expect(singleLine('a\uD800b\uDC00c 😀')).toBe('a\uFFFDb\uFFFDc 😀');
  });
});

describe('multiLine', () => {
  it('normalises CRLF and CR to LF and drops other controls but keeps TAB', () => {
    expect(multiLine('one\r\ntwo\rthree\nfour\u0007\tfive')).toBe('one\ntwo\nthree\nfour \tfive');
  });
});

describe('textValue', () => {
  it('cannot produce a raw line break, whatever the input', () => {
    const value = textValue('x\r\nATTENDEE:mailto:x\rEND:VEVENT\nBEGIN:VEVENT');
    expect(value).not.toMatch(/[\r\n]/);
    expect(value).toBe('x ATTENDEE:mailto:x END:VEVENT BEGIN:VEVENT');
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets unfolded and folds one of 76', () => {
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
  });

  it.each([
    ['ASCII', 'SUMMARY:' + 'Late shift covering for Anna Kowalska '.repeat(8)],
    ['Polish (2-octet)', 'SUMMARY:' + 'Zażółć gęślą jaźń — dyżur zastępczy '.repeat(8)],
    ['CJK (3-octet)', 'SUMMARY:' + '早班十四点到二十二点代班'.repeat(12)],
    ['emoji (4-octet pairs)', 'SUMMARY:' + '🌙🏖️👩‍💻'.repeat(20)],
    ['mixed at every offset', 'X:' + 'aé€😀'.repeat(40)],
  ])('keeps every physical line ≤ 75 octets and valid UTF-8 (%s)', (_label, line) => {
    const folded = foldLine(line);
    const lines = physical(folded);
    expect(lines.length).toBeGreaterThan(1);
    for (const [i, part] of lines.entries()) {
      const bytes = utf8.encode(part);
      expect(bytes.length).toBeLessThanOrEqual(75);
      // A split multi-octet sequence would make the strict decoder throw.
      expect(strictUtf8.decode(bytes)).toBe(part);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('does not separate the halves of a surrogate pair at the boundary', () => {
    // 74 ASCII octets, then a 4-octet character that does not fit on the first line.
    const line = 'A'.repeat(74) + '😀' + 'B';
    const [first, second] = physical(foldLine(line));
    expect(first).toBe('A'.repeat(74));
    expect(second).toBe(' 😀B');
  });
});

describe('contentLine', () => {
  it('ends every line with CRLF and folds long ones', () => {
    expect(contentLine('UID', 'a-1')).toBe('UID:a-1\r\n');
    const long = contentLine('DESCRIPTION', 'x'.repeat(200));
    expect(long.endsWith('\r\n')).toBe(true);
    expect(physical(long.slice(0, -2)).every((l) => utf8.encode(l).length <= 75)).toBe(true);
  });
});
