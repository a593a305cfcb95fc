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

/** What a leave band says, in words: the type (or "Away"), a half day, approved or pending. */
export function describeLeave(
  leave: RotaLeave,
  types: ReadonlyMap<string, { name: string; colour: string }>,
  t: TFunction,
): LeaveText {
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
