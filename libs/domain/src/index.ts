export * from './time/zone.js';
export * from './errors.js';
export * from './holidays/holidays.js';
