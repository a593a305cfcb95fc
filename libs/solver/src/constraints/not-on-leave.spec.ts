import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { notOnLeave } from './not-on-leave.js';

describe('notOnLeave — does not work while on leave or unavailable', () => {
  const model = compiledFixture({
    leave: [
      { employee: 'P0', day: 2 },
      { employee: 'P0', day: 3, kind: 'unavailable' },
    ],
  });

  it('penalises a shift on a leave day and on an unavailable day', () => {
    const breaches = notOnLeave.check(model, rosterOf(model, ['E E E E']), 0);
    expect(breaches.map((b) => b.day)).toEqual([2, 3]);
    expect(breaches[0]!.message).toBe('Anna is on leave on day 2');
    expect(breaches[1]!.message).toBe('Anna is unavailable on day 3');
  });

  it('does not penalise work around the leave', () => {
    expect(notOnLeave.check(model, rosterOf(model, ['E E . . E']), 0)).toEqual([]);
  });
});

describe('notOnLeave — unavailable for part of the day', () => {
  const model = compiledFixture({
    leave: [{ employee: 'P0', day: 1, kind: 'unavailable', shiftTypes: ['L'] }],
  });

  it('penalises the shift type the window rules out', () => {
    const breaches = notOnLeave.check(model, rosterOf(model, ['E L']), 0);
    expect(breaches.map((b) => b.day)).toEqual([1]);
    expect(breaches[0]!.message).toBe('Anna is unavailable on day 1');
  });

  it('does not penalise another shift that day', () => {
    expect(notOnLeave.check(model, rosterOf(model, ['E E']), 0)).toEqual([]);
  });
});
