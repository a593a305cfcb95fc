/** A calendar date `YYYY-MM-DD` on the local calendar of the zone it belongs to. */
export type LocalDate = string;

export type ShiftStatus = 'confirmed' | 'cancelled';

/** Half-day leave: am = 00:00–12:00, pm = 12:00–24:00 local, as in `@planner/domain` leave. */
export type HalfDay = 'am' | 'pm';

/** A feed's time range as instants (half-open). See `feedWindow` for the default. */
export interface FeedWindow {
  start: Date;
  end: Date;
}

export interface CoverFor {
  /** The absent employee's full name; the summary shows it abbreviated ("Anna K."). */
  name: string;
  /**
   * Why they are away, as the viewer may see it ("vacation", or "away" where the type is
   * private — the caller decides; sick leave is health data).
   */
  reason?: string;
}

/** One shift (an assignment or a rotation occurrence) as it appears in a feed. */
export interface FeedShift {
  /**
   * Stable key of the assignment or rotation occurrence ("assignment-…"), never anything
   * request-specific: calendar clients match updates by UID across fetches.
   */
  uid: string;
  /** UTC instants, half-open. */
  start: Date;
  end: Date;
  /** IANA zone the event is written in (the team's zone). */
  zone: string;
  shiftName: string;
  shiftCode: string;
  /** Set for team rota feeds; omitted in an employee's own schedule. */
  employeeName?: string;
  coverFor?: CoverFor;
  location?: string;
  description?: string;
  /** The published revision; derive it with `sequenceFor`. */
  sequence: number;
  status?: ShiftStatus;
}

/** One leave (whole days, or a half day) as it appears in a feed. */
export interface FeedAbsence {
  uid: string;
  /** Shown before the label; pass '' in an employee's own feed to show the label alone. */
  employeeName: string;
  /** Inclusive local dates. */
  startDate: LocalDate;
  endDate: LocalDate;
  halfDay?: HalfDay;
  /** 'Vacation' for managers, 'Away' for employees — chosen by the caller. */
  label: string;
  /** Zone of a half day's times (the employee's home zone); defaults to the feed's zone. */
  zone?: string;
  /** Defaults to 0. */
  sequence?: number;
  status?: ShiftStatus;
}

export interface FeedOptions {
  /** X-WR-CALNAME / NAME. */
  name: string;
  description?: string;
  /** The calendar's zone (X-WR-TIMEZONE); its VTIMEZONE is always written. */
  zone: string;
  /**
   * Further TZIDs the events will use. Their VTIMEZONEs go in the header; a zone met only
   * while writing events gets its VTIMEZONE after the events (valid, but declare it if known).
   */
  zones?: readonly string[];
  /** The range the events lie in; VTIMEZONE definitions are derived for it. */
  window: FeedWindow;
  /** REFRESH-INTERVAL and X-PUBLISHED-TTL, in minutes. Defaults to 60. */
  refreshMinutes?: number;
  /** DTSTAMP of every event: the time the feed is generated (passed in, never read). */
  dtstamp: Date;
  /** PRODID, e.g. "-//Coverage Planner//Feeds//EN". */
  productId?: string;
  /**
   * 'busy' (default) for a person's own schedule; 'free' for team feeds, so that colleagues'
   * shifts and absences never block the subscriber's own free/busy time.
   */
  showAs?: 'busy' | 'free';
}
