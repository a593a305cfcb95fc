import { type ICalTZDateStub } from 'ical-generator';
import { icalOffset, offsetAt, wallAtOffset, type WallTime } from './zone.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * A date-time that ical-generator writes as local wall time in one zone
 * (`DTSTART;TZID=<zone>:<wall time>`), whatever the process's `TZ`.
 *
 * ical-generator formats a plain `Date` through the process's local fields once an event has a
 * zone, so the output would depend on the server's `TZ`. A TZDate (`@date-fns/tz`) is formatted
 * through its own zone instead: ical-generator reads the local getters of `withTimeZone(zone)`.
 * This class is such a TZDate (ical-generator's `ICalTZDateStub`, with the `internal` date and
 * `tzComponents` its TZDate check looks for) whose wall fields come from our zone tables — the
 * tables the VTIMEZONE blocks are written from, so an event's local times and the zone
 * definition cannot disagree. A real TZDate would give the same text but costs several Intl
 * calls per value (four values per event: ~25 µs, a second for a 90 000-event feed).
 *
 * The instant (`getTime()`) is what ical-generator compares; the local getters give the wall
 * time. Only the local getters differ from `Date`; UTC getters and `getTime()` are the instant.
 */
export class ZonedTime extends Date implements ICalTZDateStub {
  /** The wall time in its UTC fields (TZDate's layout, which ical-generator checks for). */
  readonly internal: Date;
  readonly timeZone: string;
  /** The wall time as written. */
  readonly wall: WallTime;
  private readonly offset: number;

  private constructor(ms: number, zone: string, wall: WallTime, offset: number) {
    super(ms);
    this.timeZone = zone;
    this.wall = wall;
    this.offset = offset;
    this.internal = new Date(
      Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second),
    );
  }

  /** The instant, shown as its wall time in `zone`. */
  static at(ms: number, zone: string): ZonedTime {
    const offset = offsetAt(zone, ms);
    return new ZonedTime(ms, zone, wallAtOffset(ms, offset), offset);
  }

  /**
   * A wall time in `zone`, written as given. Its instant is the one RFC 5545 §3.3.5 gives the
   * wall time: the first of two when the clocks go back, and for a time the clocks skip, the
   * offset before the gap (the domain's "move forward" rule).
   */
  static atWall(wall: WallTime, zone: string): ZonedTime {
    const asUtc = Date.UTC(
      wall.year,
      wall.month - 1,
      wall.day,
      wall.hour,
      wall.minute,
      wall.second,
    );
    // No zone changes its offset twice within two days, so these are the candidates.
    const before = offsetAt(zone, asUtc - DAY);
    const after = offsetAt(zone, asUtc + DAY);
    let offset = before;
    if (offsetAt(zone, asUtc - before * MINUTE) !== before) {
      const afterFits = offsetAt(zone, asUtc - after * MINUTE) === after;
      offset = afterFits ? after : before;
    }
    return new ZonedTime(asUtc - offset * MINUTE, zone, wall, offset);
  }

  /**
   * ical-generator passes the event's zone; this value already shows that zone. Without a zone
   * (`null`: ical-generator writes UTC) the UTC getters, i.e. the instant, are what it reads.
   */
  withTimeZone(zone?: string | null): ZonedTime {
    if (!zone || zone === this.timeZone) return this;
    return ZonedTime.at(this.getTime(), zone);
  }

  /** The offset as `[sign, hours, minutes]`, as TZDate gives it. */
  tzComponents(): [string, string, string] {
    const text = icalOffset(this.offset);
    return [text.slice(0, 1), text.slice(1, 3), text.slice(3, 5)];
  }

  override getFullYear(): number {
    return this.internal.getUTCFullYear();
  }

  override getMonth(): number {
    return this.internal.getUTCMonth();
  }

  override getDate(): number {
    return this.internal.getUTCDate();
  }

  override getDay(): number {
    return this.internal.getUTCDay();
  }

  override getHours(): number {
    return this.internal.getUTCHours();
  }

  override getMinutes(): number {
    return this.internal.getUTCMinutes();
  }

  override getSeconds(): number {
    return this.internal.getUTCSeconds();
  }

  override getMilliseconds(): number {
    return this.internal.getUTCMilliseconds();
  }

  override getTimezoneOffset(): number {
    return -this.offset;
  }
}
