export { fractionUsed } from './fraction-used.js';
export { daysFrom, dueTextOf, isLocalDate, isWeekend, localDateOf, localDayOf, localTimeOf, localYearOf, monthDays, shiftDate, startOfLocalDay, weekdayNameOf, type LocalDate } from './local-date.js';
export { changesWeekdayRule, type CalendarOverride, type OverrideKind } from './overrides.js';
export { WorkCalendar } from './work-calendar.js';
export { DEFAULT_WORKING_HOURS, type WorkingHours } from './working-hours.js';
