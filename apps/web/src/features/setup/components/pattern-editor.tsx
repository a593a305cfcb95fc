import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShiftType } from '../../../lib/api-types';
import { weekdayNames } from '../../../lib/intl';
import { addDays, isoWeekday, isLocalDate } from '../../../lib/local-date';
import { ShiftSwatch } from './shift-types-section';
import { FieldReasons } from '../../../components/ui/field-reasons';

/** The longest cycle the editor offers (a year). */
export const MAX_CYCLE_DAYS = 366;

/** A pattern of `days` days: the given one cut or padded with days off. */
export function resizePattern(
  pattern: readonly (string | null)[],
  days: number,
): (string | null)[] {
  return Array.from({ length: days }, (_, index) => pattern[index] ?? null);
}

/**
 * "4 weeks E/L/N/off": a week of earlies, a week of lates and a week of nights (Monday to Friday
 * when the cycle starts on a Monday, weekends off), then a week off. Null when the team has no
 * shift types coded E, L and N.
 */
export function fourWeekPreset(shiftTypes: readonly ShiftType[]): (string | null)[] | null {
  const byCode = (code: string) =>
    shiftTypes.find((type) => type.code.toUpperCase() === code)?.id ?? null;
  const ids = ['E', 'L', 'N'].map(byCode);
  if (ids.some((id) => id === null)) return null;
  const week = (id: string | null) => [id, id, id, id, id, null, null];
  return [...week(ids[0]!), ...week(ids[1]!), ...week(ids[2]!), ...week(null).map(() => null)];
}

export interface PatternEditorProps {
  pattern: (string | null)[];
  onChange: (pattern: (string | null)[]) => void;
  shiftTypes: readonly ShiftType[];
  /** Day 1 of the cycle, to name each day's weekday. */
  anchorDate: string;
  errors?: readonly string[];
}

/**
 * A rotation's pattern: the cycle length, then one choice per day (a shift type or off), each
 * shown with the type's code and colour. A preset fills the usual four-week early/late/night
 * rotation.
 */
export function PatternEditor({
  pattern,
  onChange,
  shiftTypes,
  anchorDate,
  errors = [],
}: PatternEditorProps) {
  const { t, i18n } = useTranslation();
  const lengthId = useId();
  // What is typed into the length while it is not a usable length yet (empty, 0, 400).
  const [lengthDraft, setLengthDraft] = useState<string | null>(null);
  const days = weekdayNames(i18n.language, 'short');
  const preset = fourWeekPreset(shiftTypes);
  const typeOf = (id: string | null) => shiftTypes.find((type) => type.id === id) ?? null;
  const working = pattern.filter((id) => id !== null).length;

  return (
    <fieldset className="pattern-editor setup-fieldset">
      <legend>{t('setup.rotations.pattern')}</legend>
      <div className="pattern-editor__tools">
        <div className="field">
          <label className="field__label" htmlFor={lengthId}>
            {t('setup.rotations.cycleDays')}
          </label>
          <input
            id={lengthId}
            className="input pattern-editor__length"
            type="number"
            min={1}
            max={MAX_CYCLE_DAYS}
            value={lengthDraft ?? pattern.length}
            aria-invalid={lengthDraft !== null || undefined}
            onBlur={() => setLengthDraft(null)}
            onChange={(e) => {
              const text = e.target.value;
              const next = Number(text);
              if (/^\d+$/.test(text) && next >= 1 && next <= MAX_CYCLE_DAYS) {
                setLengthDraft(null);
                onChange(resizePattern(pattern, next));
              } else setLengthDraft(text);
            }}
          />
        </div>
        <button
          type="button"
          className="button button--secondary"
          disabled={preset === null}
          onClick={() => preset && onChange(preset)}
        >
          {t('setup.rotations.preset')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => onChange(pattern.map(() => null))}
        >
          {t('setup.rotations.clear')}
        </button>
      </div>
      {preset === null ? <p className="field__hint">{t('setup.rotations.presetHint')}</p> : null}
      <p className="field__hint" aria-live="polite">
        {t('setup.rotations.summary', { count: pattern.length, working })}
      </p>
      <ol className="pattern-editor__days">
        {pattern.map((value, index) => {
          const type = typeOf(value);
          const date = isLocalDate(anchorDate) ? addDays(anchorDate, index) : null;
          const weekday = date ? days[isoWeekday(date) - 1] : null;
          const label = weekday
            ? t('setup.rotations.dayLabelWeekday', { day: index + 1, weekday })
            : t('setup.rotations.dayLabel', { day: index + 1 });
          return (
            <li key={index} className="pattern-editor__day">
              <span className="pattern-editor__day-name" aria-hidden="true">
                {index + 1}
                {weekday ? ` ${weekday}` : ''}
              </span>
              {type ? (
                <ShiftSwatch shiftType={type} />
              ) : (
                <span className="shift-swatch shift-swatch--off">{t('setup.rotations.off')}</span>
              )}
              <select
                className="select"
                aria-label={label}
                value={value ?? ''}
                onChange={(e) => {
                  const next = [...pattern];
                  next[index] = e.target.value || null;
                  onChange(next);
                }}
              >
                <option value="">{t('setup.rotations.off')}</option>
                {shiftTypes.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.code} · {option.name}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ol>
      <FieldReasons reasons={errors} />
    </fieldset>
  );
}
