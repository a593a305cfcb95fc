import type { ShiftType } from '../../../lib/api-types';
import { fourWeekPreset, resizePattern } from './pattern-editor';

const type = (id: string, code: string): ShiftType => ({
  id,
  teamId: 't',
  code,
  name: code,
  startTime: '07:00',
  endTime: '15:00',
  colour: '#000000',
  requiredSkillIds: [],
  cannotBeFollowedBy: [],
});

describe('pattern helpers', () => {
  it('pads with days off or cuts when the cycle length changes', () => {
    expect(resizePattern(['a', null, 'b'], 5)).toEqual(['a', null, 'b', null, null]);
    expect(resizePattern(['a', null, 'b'], 2)).toEqual(['a', null]);
  });

  it('builds four weeks of earlies, lates, nights and a week off from codes E, L, N', () => {
    const preset = fourWeekPreset([type('n', 'N'), type('e', 'e'), type('l', 'L')]);
    expect(preset).toHaveLength(28);
    expect(preset?.slice(0, 7)).toEqual(['e', 'e', 'e', 'e', 'e', null, null]);
    expect(preset?.slice(7, 14)).toEqual(['l', 'l', 'l', 'l', 'l', null, null]);
    expect(preset?.slice(14, 21)).toEqual(['n', 'n', 'n', 'n', 'n', null, null]);
    expect(preset?.slice(21)).toEqual(Array(7).fill(null));
    expect(fourWeekPreset([type('e', 'E'), type('l', 'L')])).toBeNull();
  });
});
