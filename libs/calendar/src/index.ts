export { fractionUsed } from './fraction-used.js';
export { isLocalDate, localDateOf, localDayOf, localTimeOf, localYearOf, type LocalDate } from './local-date.js';
export type { CalendarOverride, OverrideKind } from './overrides.js';
export { WorkCalendar } from './work-calendar.js';
export { DEFAULT_WORKING_HOURS, type WorkingHours } from './working-hours.js';
