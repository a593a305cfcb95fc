export { buildCalendar, streamCalendar, type StreamOptions } from './calendar.js';
export { FeedInputError } from './errors.js';
export { sequenceFor, type EventRevision, type PublishedRevision } from './sequence.js';
export { abbreviateName, absenceSummary, shiftSummary } from './summary.js';
export type {
  CoverFor,
  FeedAbsence,
  FeedOptions,
  FeedShift,
  FeedWindow,
  HalfDay,
  LocalDate,
  ShiftStatus,
} from './types.js';
export { DEFAULT_DAYS_BACK, DEFAULT_MONTHS_AHEAD, feedWindow } from './window.js';
