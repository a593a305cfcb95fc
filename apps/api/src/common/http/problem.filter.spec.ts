import { redactPath } from './problem.filter.js';

describe('redactPath', () => {
  it('keeps calendar feed tokens out of logs', () => {
    expect(redactPath('/ical/AbCdEf0123456789_-AbCdEf0123456789_-AbCdEfG.ics')).toBe(
      '/ical/[redacted]',
    );
  });
  it('leaves other paths as they are', () => {
    expect(redactPath('/api/employees/42')).toBe('/api/employees/42');
  });
});
