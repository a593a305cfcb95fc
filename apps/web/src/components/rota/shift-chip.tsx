import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
import type { CancelledShift, RotaShift } from '../../lib/api-types';
import {
  dayOffset,
  localTime,
  type ProposedChange,
  type RotaModel,
  shortName,
} from './use-rota-model';

/**
 * What a shift says, in words: the chip's short text, the cell's accessible name and the hover
 * title. Computed once per shift and language (scrolling a thousand rows mounts the same shifts
 * again and again), and dropped with the data it was computed from.
 */
export interface ShiftText {
  code: string;
  /** `✎` manual, `⚙` solver, `📌` pinned: decorations next to the code. */
  marks: string;
  times: string;
  endsNextDay: boolean;
  /** `covers Anna K.`, or null. */
  cover: string | null;
  /** One sentence for assistive technology. */
  label: string;
  /** Several lines for the hover title. */
  title: string;
  colour: string;
  cancelled: boolean;
  /** A cancelled shift's `Cancelled: reason`. */
  status: string | null;
  /** What a plan under review does to the shift (marked `+` or struck through), or null. */
  change: ProposedChange | null;
}

// Keyed by the item object: the same shift shown under review (with a proposed change) is a copy,
// so the rota's own text is never reused for it.
const cache = new Map<string, WeakMap<RotaShift | CancelledShift, ShiftText>>();

export function describeItem(
  item: RotaShift | CancelledShift,
  model: RotaModel,
  t: TFunction,
  language: string,
): ShiftText {
  let byItem = cache.get(language);
  if (!byItem) {
    byItem = new WeakMap();
    cache.set(language, byItem);
  }
  const cached = byItem.get(item);
  if (cached) return cached;
  const text =
    'startLocal' in item
      ? describeShiftOnce(item, model, t, language)
      : describeCancelled(item, model, t);
  byItem.set(item, text);
  return text;
}

// Most shifts read alike (a rotation's Early, 06:00–14:00): shifts with the same words share one
// text, so scrolling to new rows rarely translates anything. Per model, whose names they use.
const alike = new WeakMap<RotaModel, Map<string, Map<string, ShiftText>>>();

function describeShiftOnce(
  shift: RotaShift,
  model: RotaModel,
  t: TFunction,
  language: string,
): ShiftText {
  let byLanguage = alike.get(model);
  if (!byLanguage) {
    byLanguage = new Map();
    alike.set(model, byLanguage);
  }
  let bySignature = byLanguage.get(language);
  if (!bySignature) {
    bySignature = new Map();
    byLanguage.set(language, bySignature);
  }
  // Everything describeShift reads, and nothing else.
  const signature = [
    shift.shiftTypeId,
    shift.startLocal.slice(11, 16),
    shift.endLocal.slice(11, 16),
    dayOffset(shift.endLocal, shift.date) > 0,
    shift.coverFor ?? '',
    shift.source,
    shift.pinned,
    shift.note ?? '',
    model.proposed.get(shift.key) ?? '',
  ].join('\u0000');
  let text = bySignature.get(signature);
  if (!text) {
    text = describeShift(shift, model, t);
    bySignature.set(signature, text);
  }
  return text;
}

function describeShift(shift: RotaShift, model: RotaModel, t: TFunction): ShiftText {
  const type = model.shiftTypeById.get(shift.shiftTypeId);
  const code = type?.code ?? '?';
  const typeName = type ? `${type.name} (${type.code})` : code;
  const times = t('rota.shift.times', {
    start: localTime(shift.startLocal),
    end: localTime(shift.endLocal),
  });
  const endsNextDay = dayOffset(shift.endLocal, shift.date) > 0;
  const absent = shift.coverFor ? model.employeeById.get(shift.coverFor) : undefined;
  const cover = shift.coverFor
    ? absent
      ? t('rota.shift.coversFor', { name: shortName(absent.name) })
      : t('rota.shift.coversSomeone')
    : null;
  const source = shift.source === 'rotation' ? null : t(`rota.shift.source.${shift.source}`);
  const pinned = shift.pinned ? t('rota.shift.pinned') : null;
  const note = shift.note ? t('rota.shift.note', { note: shift.note }) : null;
  const when = endsNextDay ? `${times} (${t('rota.shift.nextDay')})` : times;
  const coverLong = absent ? t('rota.shift.coversFor', { name: absent.name }) : cover;
  const change = model.proposed.get(shift.key) ?? null;
  const proposal = change ? t(`rota.shift.proposed.${change}`) : null;
  return {
    code,
    marks: `${shift.source === 'solver' ? '⚙' : shift.source === 'manual' ? '✎' : ''}${shift.pinned ? '📌' : ''}`,
    times,
    endsNextDay,
    cover,
    label: [proposal, typeName, when, coverLong, source, pinned, note].filter(Boolean).join(', '),
    title: [
      proposal,
      typeName,
      when,
      coverLong,
      source ?? t('rota.shift.source.rotation'),
      pinned,
      note,
    ]
      .filter(Boolean)
      .join('\n'),
    colour: type?.colour ?? '#8a94a6',
    cancelled: false,
    status: null,
    change,
  };
}

function describeCancelled(cancelled: CancelledShift, model: RotaModel, t: TFunction): ShiftText {
  const type = model.shiftTypeById.get(cancelled.shiftTypeId);
  const code = type?.code ?? '?';
  const typeName = type ? `${type.name} (${type.code})` : code;
  const status = cancelled.reason
    ? t('rota.shift.cancelledBecause', { reason: cancelled.reason })
    : t('rota.shift.cancelled');
  return {
    code,
    marks: '✕',
    times: '',
    endsNextDay: false,
    cover: null,
    label: `${typeName}, ${status}`,
    title: `${typeName}\n${status}`,
    colour: type?.colour ?? '#8a94a6',
    cancelled: true,
    status,
    change: null,
  };
}

export interface ShiftChipProps {
  text: ShiftText;
  itemKey: string;
  /** Several items share the cell: one line each. */
  compact?: boolean;
  nextDayMark: string;
}

/**
 * One shift in a cell, tinted with its type's colour: the code and the local times (as sent, in
 * the team's zone), and for a cover shift whom it covers. Colour is never the only signal: the
 * code, the times, the cover mark and a cancellation's reason are text. The cell carries the full
 * sentence for assistive technology, so the chip is kept to a few elements.
 */
export function ShiftChip({ text, itemKey, compact, nextDayMark }: ShiftChipProps) {
  const className = [
    'shift',
    compact ? 'shift--compact' : '',
    text.cover ? 'shift--cover' : '',
    text.cancelled ? 'shift--cancelled' : '',
    text.change ? `shift--${text.change}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <span
      className={className}
      style={{ '--shift-colour': text.colour } as CSSProperties}
      title={text.title}
      data-key={itemKey}
    >
      {text.cancelled ? (
        <>
          <s className="shift__code">
            {text.marks} {text.code}
          </s>
          {compact ? null : <span className="shift__reason">{text.status}</span>}
        </>
      ) : (
        <>
          {text.change ? (
            <span className="shift__change" aria-hidden="true">
              {text.change === 'added' ? '+' : '−'}
            </span>
          ) : null}
          {text.change === 'removed' ? (
            <s className="shift__code">{text.code}</s>
          ) : (
            <b className="shift__code">
              {text.code}
              {text.marks ? ` ${text.marks}` : ''}
            </b>
          )}
          <span className="shift__times">
            {compact ? text.times.slice(0, 5) : text.times}
            {text.endsNextDay && !compact ? <sup>{nextDayMark}</sup> : null}
          </span>
          {text.cover && !compact ? <span className="shift__cover">↪ {text.cover}</span> : null}
        </>
      )}
    </span>
  );
}
