import type { ShiftTypeResponse } from './dto/shift-type.dto.js';
import type { ShiftTypeRecord } from './shift-type.repository.js';

const hhmm = (time: string) => time.slice(0, 5);
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function toShiftTypeResponse(s: ShiftTypeRecord): ShiftTypeResponse {
  const start = minutes(s.startTime);
  const end = minutes(s.endTime);
  return {
    id: s.id,
    teamId: s.teamId,
    code: s.code,
    name: s.name,
    startTime: hhmm(s.startTime),
    endTime: hhmm(s.endTime),
    // An end at or before the start is on the next day (a night shift).
    durationMinutes: end > start ? end - start : end + 1440 - start,
    crossesMidnight: end <= start,
    colour: s.colour,
    requiredSkillIds: s.requiredSkillIds,
    cannotBeFollowedBy: s.cannotBeFollowedBy,
    version: s.version,
  };
}
