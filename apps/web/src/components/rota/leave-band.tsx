import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
import type { RotaLeave } from '../../lib/api-types';

export interface LeaveText {
  /** The type's name, or "Away" when the viewer may not see why. */
  name: string;
  /** `½ am` for a half day, else empty. */
  half: string;
  /** One phrase for the cell's accessible name and the hover title. */
  label: string;
  colour: string | null;
}

type LeaveTypeNames = ReadonlyMap<string, { name: string; colour: string }>;

// Like shift texts, computed once per leave entry, type names and language: scrolling mounts the
// same cells again and again.
const cache = new WeakMap<LeaveTypeNames, Map<string, WeakMap<RotaLeave, LeaveText>>>();

/** What a leave band says, in words: the type (or "Away"), a half day, approved or pending. */
export function describeLeave(
  leave: RotaLeave,
  types: LeaveTypeNames,
  t: TFunction,
  language: string,
): LeaveText {
  let byLanguage = cache.get(types);
  if (!byLanguage) {
    byLanguage = new Map();
    cache.set(types, byLanguage);
  }
  let byLeave = byLanguage.get(language);
  if (!byLeave) {
    byLeave = new WeakMap();
    byLanguage.set(language, byLeave);
  }
  const cached = byLeave.get(leave);
  if (cached) return cached;
  const text = leaveText(leave, types, t);
  byLeave.set(leave, text);
  return text;
}

function leaveText(leave: RotaLeave, types: LeaveTypeNames, t: TFunction): LeaveText {
  const type = leave.leaveTypeId ? types.get(leave.leaveTypeId) : undefined;
  const name = type?.name ?? t('rota.leave.away');
  const status = t(`rota.leave.${leave.status}`);
  const label = leave.halfDay
    ? t('rota.leave.halfLabel', { type: name, half: t(`leave.halfDay.${leave.halfDay}`), status })
    : t('rota.leave.label', { type: name, status });
  return {
    name,
    half: leave.halfDay ? t(`rota.leave.half.${leave.halfDay}`) : '',
    label,
    colour: type?.colour ?? null,
  };
}

/**
 * A leave band at the top of a cell: approved leave is a solid band with a tick, pending leave
 * a hatched one with a question mark; the type's name (or "Away") is written on it, so the
 * state never rests on colour alone.
 */
export function LeaveBand({ leave, text }: { leave: RotaLeave; text: LeaveText }) {
  return (
    <span
      className={`leave-band leave-band--${leave.status}`}
      style={text.colour ? ({ '--leave-colour': text.colour } as CSSProperties) : undefined}
      title={text.label}
      data-leave-id={leave.id}
    >
      <span className="leave-band__icon" aria-hidden="true">
        {leave.status === 'approved' ? '✓' : '?'}
      </span>
      <span className="leave-band__name">{text.name}</span>
      {text.half ? <span className="leave-band__half">{text.half}</span> : null}
    </span>
  );
}
