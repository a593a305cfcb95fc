export interface CsvRow {
  /** 1-based line of the record in the file (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/**
 * Parses CSV as spreadsheets write it (RFC 4180): comma or semicolon separated (taken from the
 * header), quoted fields with doubled quotes, CRLF or LF line ends, a UTF-8 BOM. Header names
 * are matched case-insensitively; blank lines are skipped.
 */
export function parseCsv(text: string, maxRows = 5000): CsvTable {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: { line: number; fields: string[] }[] = [];
  let field = '';
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0]!.trim() === ''))
      records.push({ line: recordLine, fields });
    if (records.length > maxRows + 1)
      throw new CsvError(recordLine, `more than ${maxRows} rows; split the file`);
    fields = [];
    field = '';
  };
  while (i < source.length) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += c;
    i++;
  }
  if (quoted) throw new CsvError(recordLine, 'a quoted field is not closed');
  if (field !== '' || fields.length > 0) endRecord();
  const [head, ...body] = records;
  if (!head) throw new CsvError(1, 'the file is empty');
  const header = head.fields.map((h) => h.trim().toLowerCase());
  return {
    header,
    rows: body.map((r) => {
      if (r.fields.length > header.length)
        throw new CsvError(r.line, `${r.fields.length} fields, the header has ${header.length}`);
      return {
        line: r.line,
        values: Object.fromEntries(header.map((h, k) => [h, (r.fields[k] ?? '').trim()])),
      };
    }),
  };
}
