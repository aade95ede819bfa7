export { chinaHolidayRows, publishedYears, type CalendarSeedRow } from './china-holidays.js';
export { seedCalendar, seedYears, type CalendarSeedReport } from './seed.js';
