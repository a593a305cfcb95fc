/**
 * Input a feed cannot represent faithfully (an invalid zone, an end before its start, a UID with
 * control characters…). `field` names the offending input, e.g. `shifts[3].end`. The API maps it
 * to a 500 with its own log line: feed input comes from our database, never from the subscriber.
 */
export class FeedInputError extends Error {
  override readonly name = 'FeedInputError';

  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}
