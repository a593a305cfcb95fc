import { FeedWriter } from './feed-writer.js';
import { type FeedAbsence, type FeedOptions, type FeedShift } from './types.js';

type Source<T> = Iterable<T> | AsyncIterable<T>;

export interface StreamOptions {
  /**
   * Characters gathered before a chunk is yielded (events are never split). 64 KiB keeps
   * writes few and memory flat.
   */
  chunkSize?: number;
}

const DEFAULT_CHUNK_SIZE = 64 * 1024;

/**
 * A complete iCalendar feed (RFC 5545 + RFC 7986 refresh hints) as one string with CRLF line
 * ends. Shifts come first, then absences, each in the order given.
 */
export function buildCalendar(
  options: FeedOptions,
  shifts: Iterable<FeedShift>,
  absences: Iterable<FeedAbsence> = [],
): string {
  const writer = new FeedWriter(options);
  const parts = [writer.header()];
  for (const shift of shifts) parts.push(writer.shift(shift));
  for (const absence of absences) parts.push(writer.absence(absence));
  parts.push(writer.footer());
  return parts.join('');
}

/**
 * The same text as `buildCalendar`, yielded in chunks: the header with its VTIMEZONEs, events
 * in batches of about `chunkSize` characters, then the footer. Each source is read only as
 * chunks are pulled, so memory stays bounded by one chunk plus what the sources hold — pass
 * lazy (async) iterables, e.g. a database cursor, for big team feeds.
 */
export async function* streamCalendar(
  options: FeedOptions,
  shifts: Source<FeedShift>,
  absences: Source<FeedAbsence> = [],
  { chunkSize = DEFAULT_CHUNK_SIZE }: StreamOptions = {},
): AsyncGenerator<string, void, undefined> {
  const writer = new FeedWriter(options);
  yield writer.header();
  const batch = { text: '' };
  yield* batched(shifts, (shift) => writer.shift(shift), batch, chunkSize);
  yield* batched(absences, (absence) => writer.absence(absence), batch, chunkSize);
  if (batch.text) yield batch.text;
  yield writer.footer();
}

async function* batched<T>(
  source: Source<T>,
  write: (item: T) => string,
  batch: { text: string },
  chunkSize: number,
): AsyncGenerator<string, void, undefined> {
  // A sync source is read without an await per item (90 000 microtasks add up).
  if (Symbol.asyncIterator in source) {
    for await (const item of source) {
      batch.text += write(item);
      if (batch.text.length >= chunkSize) {
        yield batch.text;
        batch.text = '';
      }
    }
    return;
  }
  for (const item of source) {
    batch.text += write(item);
    if (batch.text.length >= chunkSize) {
      yield batch.text;
      batch.text = '';
    }
  }
}
