import { DomainError } from '../errors.js';
import { assertCoverageRule, type CoverageRuleDef } from './coverage-rule.js';
import { expandDemand } from './demand.js';

const good: CoverageRuleDef = {
  id: 'r1',
  teamId: 't',
  skillId: 'chat',
  startTime: '08:00',
  endTime: '20:00',
  recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  minHeadcount: 2,
  idealHeadcount: 3,
  priority: 2,
  validFrom: null,
  validTo: null,
  holidays: 'excluded',
};

function fieldErrors(action: () => unknown): { code: string; errors: unknown } {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return { code: (error as DomainError).code, errors: (error as DomainError).details.errors };
  }
  throw new Error('expected a DomainError');
}

describe('bad coverage rules and windows get a clear error naming the field', () => {
  it('accepts a good rule', () => {
    expect(() => assertCoverageRule(good)).not.toThrow();
  });

  it.each([
    [{ recurrence: 'FREQ=DAILY;INTERVAL=0' }, 'recurrence', 'INTERVAL must be at least 1'],
    [
      { recurrence: 'FREQ=MINUTELY' },
      'recurrence',
      'FREQ=MINUTELY is not supported: the finest frequency is DAILY (use a time window)',
    ],
    [
      { recurrence: 'FREQ=DAILY;COUNT=3' },
      'recurrence',
      'COUNT needs anchorDate or validFrom to count from',
    ],
    [
      { startTime: '24:30' },
      'startTime',
      'must be a time HH:mm between 00:00 and 23:59, got "24:30"',
    ],
    [{ idealHeadcount: 1 }, 'idealHeadcount', 'must be at least minHeadcount'],
    [{ minHeadcount: -1 }, 'minHeadcount', 'must be a whole number 0..10000'],
    [{ priority: 0 }, 'priority', 'must be a whole number from 1 (most critical) to 5'],
    [{ validFrom: '2027-02-29' }, 'validFrom', '2027-02-29 does not exist'],
    [
      { validFrom: '2027-03-01', validTo: '2027-02-01' },
      'validTo',
      'must not be before validFrom (both are inclusive)',
    ],
    [{ holidays: 'sometimes' }, 'holidays', "must be 'applies', 'excluded' or 'only'"],
    [{ overrides: true }, 'validFrom', 'an override needs a validity start'],
  ])('%j → %s: %s', (change, field, reason) => {
    const result = fieldErrors(() =>
      assertCoverageRule({ ...good, ...(change as Partial<CoverageRuleDef>) }),
    );
    expect(result.code).toBe('VALIDATION_FAILED');
    expect(result.errors).toContainEqual({ field, reason });
  });

  it('prefixes the rule index when expanding a team', () => {
    const result = fieldErrors(() =>
      expandDemand(
        [good, { ...good, id: 'r2', recurrence: 'FREQ=DAILY;COUNT=2;UNTIL=20270101' }],
        { from: '2027-01-01', to: '2027-02-01' },
        'Europe/Warsaw',
      ),
    );
    expect(result).toEqual({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'rules[1].recurrence', reason: 'COUNT and UNTIL cannot both be set' }],
    });
  });

  it('refuses duplicate rule ids and an unknown zone', () => {
    const result = fieldErrors(() =>
      expandDemand([good, good], { from: '2027-01-01', to: '2027-02-01' }, 'Mars/Olympus'),
    );
    expect(result.errors).toEqual([
      { field: 'zone', reason: 'must be an IANA time zone' },
      { field: 'rules[1].id', reason: 'is used by another rule' },
    ]);
  });

  it('refuses bad windows with INVALID_WINDOW', () => {
    expect(
      fieldErrors(() => expandDemand([good], { from: '2027-01-10', to: '2027-01-10' }, 'UTC')),
    ).toEqual({
      code: 'INVALID_WINDOW',
      errors: [{ field: 'window.to', reason: 'must be after from (the range is half-open)' }],
    });
    expect(
      fieldErrors(() => expandDemand([good], { from: '2027-1-1', to: '2027-01-10' }, 'UTC')).errors,
    ).toEqual([{ field: 'window.from', reason: 'must be a date YYYY-MM-DD, got "2027-1-1"' }]);
  });

  it('answers every bad rule in well under a second', () => {
    const started = performance.now();
    for (const recurrence of [
      'FREQ=SECONDLY',
      'FREQ=DAILY;INTERVAL=0',
      `FREQ=DAILY;X=${'1'.repeat(100_000)}`,
      'FREQ=DAILY\nDTSTART:1',
    ]) {
      expect(() =>
        expandDemand([{ ...good, recurrence }], { from: '2027-01-01', to: '2028-12-31' }, 'UTC'),
      ).toThrow(DomainError);
    }
    expect(performance.now() - started).toBeLessThan(100);
  });
});
