import { buildCalendar, streamCalendar } from './calendar.js';
import { type FeedAbsence, type FeedOptions, type FeedShift } from './types.js';

const options: FeedOptions = {
  name: 'Team rota',
  zone: 'Europe/Warsaw',
  window: { start: new Date('2027-01-01T00:00:00Z'), end: new Date('2028-01-01T00:00:00Z') },
  dtstamp: new Date('2027-02-01T08:30:00Z'),
  showAs: 'free',
};

function makeShift(i: number): FeedShift {
  const start = Date.UTC(2027, 0, 2) + i * 8 * 3_600_000;
  return {
    uid: `assignment-${i}`,
    start: new Date(start),
    end: new Date(start + 8 * 3_600_000),
    // Every 7th shift is in another zone, so that a late VTIMEZONE is part of the comparison.
    zone: i % 7 === 0 ? 'America/New_York' : 'Europe/Warsaw',
    shiftName: i % 3 === 0 ? 'Night' : 'Early',
    shiftCode: i % 3 === 0 ? 'N' : 'E',
    employeeName: `Employee ${i % 40} Zażółć`,
    ...(i % 5 === 0 ? { coverFor: { name: 'Anna Kowalska', reason: 'vacation' } } : {}),
    sequence: i % 4,
  };
}

const shifts = Array.from({ length: 1000 }, (_, i) => makeShift(i));
const absences: FeedAbsence[] = Array.from({ length: 50 }, (_, i) => ({
  uid: `leave-${i}`,
  employeeName: `Employee ${i}`,
  startDate: `2027-0${(i % 9) + 1}-1${i % 8}`,
  endDate: `2027-0${(i % 9) + 1}-2${i % 8}`,
  label: 'Away',
  ...(i % 10 === 0 ? { halfDay: 'pm' as const, endDate: `2027-0${(i % 9) + 1}-1${i % 8}` } : {}),
}));

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

function* syncSource<T>(items: T[]): Generator<T> {
  yield* items;
}

async function* asyncSource<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

describe('streamCalendar', () => {
  const expected = buildCalendar(options, shifts, absences);

  it.each([1, 500, 64 * 1024, 10_000_000])(
    'yields exactly the text of buildCalendar from arrays (chunk size %i)',
    async (chunkSize) => {
      const chunks = await collect(streamCalendar(options, shifts, absences, { chunkSize }));
      expect(chunks.join('')).toBe(expected);
    },
  );

  it('yields exactly the text of buildCalendar from sync and async generators', async () => {
    const fromSync = await collect(
      streamCalendar(options, syncSource(shifts), syncSource(absences)),
    );
    const fromAsync = await collect(
      streamCalendar(options, asyncSource(shifts), asyncSource(absences), { chunkSize: 4096 }),
    );
    expect(fromSync.join('')).toBe(expected);
    expect(fromAsync.join('')).toBe(expected);
  });

  it('yields the header with its VTIMEZONEs first, events in bounded batches, the footer last', async () => {
    const chunkSize = 8192;
    const chunks = await collect(streamCalendar(options, shifts, absences, { chunkSize }));
    const [header, ...rest] = chunks;
    const footer = rest.pop() ?? '';
    expect(header).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(header).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Warsaw');
    expect(header).not.toContain('BEGIN:VEVENT');
    expect(footer).toMatch(/TZID:America\/New_York[\s\S]*END:VCALENDAR\r\n$/);
    expect(rest.length).toBeGreaterThan(10);
    for (const batch of rest) {
      expect(batch.startsWith('BEGIN:VEVENT\r\n')).toBe(true);
      expect(batch.endsWith('END:VEVENT\r\n')).toBe(true);
      // A batch closes at the first event that reaches the size, so it exceeds it by < 1 event.
      expect(batch.length).toBeLessThan(chunkSize + 1000);
    }
  });

  it('pulls from its sources only as chunks are consumed', async () => {
    let pulled = 0;
    function* counting(): Generator<FeedShift> {
      for (const shift of shifts) {
        pulled++;
        yield shift;
      }
    }
    const iterator = streamCalendar(options, counting(), [], { chunkSize: 4096 })[
      Symbol.asyncIterator
    ]();
    await iterator.next(); // header
    expect(pulled).toBe(0);
    await iterator.next(); // first batch
    expect(pulled).toBeGreaterThan(0);
    expect(pulled).toBeLessThan(30);
    await iterator.return?.();
  });

  it('throws on bad input before yielding anything', async () => {
    const bad = { ...options, zone: 'Nowhere/Atlantis' };
    await expect(collect(streamCalendar(bad, shifts))).rejects.toThrow('zone');
  });
});
