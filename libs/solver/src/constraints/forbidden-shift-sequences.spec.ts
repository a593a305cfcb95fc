import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { forbiddenShiftSequences } from './forbidden-shift-sequences.js';

describe('forbiddenShiftSequences — never works a forbidden shift sequence', () => {
  const model = compiledFixture();

  it('penalises an early right after a late', () => {
    const breaches = forbiddenShiftSequences.check(model, rosterOf(model, ['L E']), 0);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]!.message).toBe('Anna works E on day 1 right after L');
  });

  it('does not penalise allowed sequences or a day off in between', () => {
    expect(forbiddenShiftSequences.check(model, rosterOf(model, ['E L L N N . E']), 0)).toEqual([]);
  });
});
