import { escape, foldLines, ICalCalendar } from 'ical-generator';
import { contentLine, fold, multiLine, multiLineTextValue, singleLine, textValue } from './text.js';

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

function physical(line: string): string[] {
  return line.split('\r\n');
}

describe("ical-generator's escape, which every TEXT value goes through", () => {
  it('escapes backslash, semicolon, comma and newline (RFC 5545 §3.3.11)', () => {
    expect(escape('a\\b;c,d\ne', false)).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('leaves colons and quotes alone, which TEXT allows', () => {
    expect(escape('Late: "B"', false)).toBe('Late: "B"');
  });

  it('turns CR, LF and CRLF into "\\n", so no raw line break survives it', () => {
    const escaped = escape('Team\r\nATTENDEE:mailto:x\rEND:VCALENDAR\nBEGIN:VEVENT', false);
    expect(escaped).not.toMatch(/[\r\n]/);
    expect(escaped).toBe('Team\\nATTENDEE:mailto:x\\nEND:VCALENDAR\\nBEGIN:VEVENT');
  });

  it('leaves other control characters raw, which is why names are sanitised first', () => {
    expect(escape('a\u0000b\u001bc', false)).toBe('a\u0000b\u001bc');
    expect(textValue('a\u0000b\u001bc')).toBe('a b c');
  });
});

describe("ical-generator's own calendar envelope (why we write the envelope ourselves)", () => {
  it('writes a calendar name unescaped, so a CR/LF in it injects a property', () => {
    // If this starts failing, ical-generator escapes names now: the envelope could be its own.
    const lines = physical(
      new ICalCalendar({ name: 'Team\r\nATTENDEE:mailto:x' }).toString().replace(/\r\n /g, ''),
    );
    expect(lines).toContain('ATTENDEE:mailto:x');
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

describe('textValue and multiLineTextValue', () => {
  it('cannot produce a raw line break, whatever the input', () => {
    const value = textValue('x\r\nATTENDEE:mailto:x\rEND:VEVENT\nBEGIN:VEVENT');
    expect(value).not.toMatch(/[\r\n]/);
    expect(value).toBe('x ATTENDEE:mailto:x END:VEVENT BEGIN:VEVENT');
  });

  it('keeps the lines of multi-line text as escaped \\n inside one value', () => {
    const value = multiLineTextValue('Bring headset\r\nATTENDEE:mailto:x;\u0000');
    expect(value).not.toMatch(/[\r\n]/);
    expect(value).toBe('Bring headset\\nATTENDEE:mailto:x\\;');
  });
});

describe("fold: ical-generator's foldLines", () => {
  const samples: Array<[string, string]> = [
    ['short', 'UID:a-1'],
    ['74 octets', 'X:' + 'A'.repeat(72)],
    ['75 octets', 'X:' + 'A'.repeat(73)],
    ['ASCII', 'SUMMARY:' + 'Late shift covering for Anna Kowalska '.repeat(8)],
    [
      'a UID of two UUIDs',
      `UID:team-rota:rotation-${'8f0c1a9e-1111-4a2b-9c3d-aaaaaaaaaaaa:'.repeat(3)}`,
    ],
    ['Polish (2-octet)', 'SUMMARY:' + 'Zażółć gęślą jaźń — dyżur zastępczy '.repeat(8)],
    ['24 units of 3 octets', 'X:' + '€'.repeat(24)],
    ['25 units of 3 octets', 'X:' + '€'.repeat(25)],
    ['CJK (3-octet)', 'SUMMARY:' + '早班十四点到二十二点代班'.repeat(12)],
    ['emoji (4-octet pairs)', 'SUMMARY:' + '🌙🏖️👩‍💻'.repeat(20)],
    ['mixed at every offset', 'X:' + 'aé€😀'.repeat(40)],
    ['emoji at the boundary', 'A'.repeat(73) + '😀' + 'B'],
  ];

  it.each(samples)('gives exactly what foldLines gives (%s)', (_label, line) => {
    expect(fold(line)).toBe(foldLines(line));
    const text = `BEGIN:VEVENT\r\n${line}\r\nSUMMARY:x\r\n${line}\r\nEND:VEVENT\r\n`;
    expect(fold(text)).toBe(foldLines(text));
  });

  it('gives exactly what foldLines gives on random text of every width', () => {
    const alphabet = ['a', ' ', ';', 'é', 'ł', '€', '—', '早', '😀', '🌙'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 400; n++) {
      let line = 'X:';
      const length = Math.floor(random() * 120);
      for (let i = 0; i < length; i++) line += alphabet[Math.floor(random() * alphabet.length)];
      expect(fold(line)).toBe(foldLines(line));
    }
  });

  it('leaves a line of 74 octets unfolded and folds one of 75 (74 + a space and 1)', () => {
    expect(fold('A'.repeat(74))).toBe('A'.repeat(74));
    expect(fold('A'.repeat(75))).toBe(`${'A'.repeat(74)}\r\n A`);
  });

  it.each(samples.filter(([, line]) => utf8.encode(line).length > 75))(
    'keeps every physical line ≤ 75 octets and valid UTF-8 (%s)',
    (_label, line) => {
      const folded = fold(line);
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
    },
  );

  it('does not separate the halves of a surrogate pair at the boundary', () => {
    // 74 ASCII octets, then a 4-octet character that does not fit on the first line.
    const line = 'A'.repeat(74) + '😀' + 'B';
    const [first, second] = physical(fold(line));
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
