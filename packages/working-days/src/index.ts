/**
 * @motcua/working-days: the pure deadline engine. No I/O and no clock reads: callers pass `now`.
 * Instants are JS Dates (UTC); local dates and times are Vietnam's (UTC+7, see local-time.ts).
 */
export {
  type CalendarDate,
  type ClockTime,
  VIETNAM_UTC_OFFSET_MINUTES,
  addCalendarDays,
  isoWeekdayOf,
  localDateOf,
} from './local-time.js';
export {
  type CalendarException,
  type CalendarExceptionKind,
  type CalendarFault,
  type Shift,
  type WorkingCalendar,
  DEFAULT_CALENDAR_SETTINGS,
  InvalidCalendarError,
  MAX_DAYS_WITHOUT_WORK,
  findCalendarFaults,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
} from './calendar.js';
export { addWorkingMinutes, workingMinutesBetween, workingMinutesPerDay } from './minutes.js';
export {
  type Duration,
  type DurationUnit,
  MINUTES_PER_HOUR,
  addDuration,
  clockStart,
  durationInWorkingMinutes,
  effectiveReceptionDate,
} from './duration.js';
export { type Timeliness, classifyTimeliness } from './timeliness.js';
export {
  type ClockEvent,
  type ClockFigures,
  type ClockOptions,
  type ClockState,
  type PauseReason,
  ClockLedgerError,
  computeClock,
} from './clock.js';
export { type PauseSpan, type StepFigures, type StepSpan, computeSteps } from './steps.js';
export { VIETNAM_CIVIL_SERVICE_DAYS, defaultVietnamCalendar } from './vietnam-calendar.js';
