import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { hasRequiredSkills } from './has-required-skills.js';

describe('hasRequiredSkills — works only shifts they have the skills for', () => {
  const model = compiledFixture({ employee: { skills: ['chat'] } });

  it('penalises a shift whose skill the employee lacks', () => {
    const breaches = hasRequiredSkills.check(model, rosterOf(model, ['. E']), 0);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({
      rule: 'hasRequiredSkills',
      hard: true,
      employee: 0,
      day: 1,
    });
    expect(breaches[0]!.message).toBe('Anna lacks a skill for E on day 1');
  });

  it('does not penalise days off or shifts the employee is skilled for', () => {
    const skilled = compiledFixture();
    expect(hasRequiredSkills.check(skilled, rosterOf(skilled, ['E L N']), 0)).toEqual([]);
    expect(hasRequiredSkills.check(model, rosterOf(model, ['. . .']), 0)).toEqual([]);
  });
});
