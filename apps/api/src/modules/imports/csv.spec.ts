import { CsvError, parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF and a BOM, keeping line numbers', () => {
    const table = parseCsv(
      '\uFEFFName,Email,Skills\r\n"Kowalska, Anna",anna@example.com,"chat;pl"\r\n\r\n"Say ""hi""",b@example.com,\r\n',
    );
    expect(table.header).toEqual(['name', 'email', 'skills']);
    expect(table.rows).toEqual([
      { line: 2, values: { name: 'Kowalska, Anna', email: 'anna@example.com', skills: 'chat;pl' } },
      { line: 4, values: { name: 'Say "hi"', email: 'b@example.com', skills: '' } },
    ]);
  });

  it('takes semicolons as the separator when the header uses them', () => {
    expect(parseCsv('name;email\nAnna;a@example.com').rows[0]!.values).toEqual({
      name: 'Anna',
      email: 'a@example.com',
    });
  });

  it('names the line of a broken record', () => {
    expect(() => parseCsv('name,email\nAnna,a@example.com,extra')).toThrow(
      new CsvError(2, '3 fields, the header has 2'),
    );
    expect(() => parseCsv('name\n"open')).toThrow(/line 2: a quoted field is not closed/);
    expect(() => parseCsv('')).toThrow(/line 1: the file is empty/);
  });
});
