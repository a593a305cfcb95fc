import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ROTA_DAYS } from '../../../lib/api-types';
import { addDays, daysBetween, formatDateRange, isLocalDate } from '../../../lib/local-date';
import { RANGE_VIEWS, type RangeView, type RotaRange, rangeProblem } from '../hooks/use-rota-range';

export interface RotaToolbarProps {
  range: RotaRange;
  onViewChange: (view: RangeView) => void;
  onPrevious: () => void;
  onNext: () => void;
  onToday: () => void;
  onRangeChange: (range: RotaRange) => void;
}

const STEP_LABELS = {
  week: { previous: 'rota.range.previousWeek', next: 'rota.range.nextWeek' },
  month: { previous: 'rota.range.previousMonth', next: 'rota.range.nextMonth' },
  custom: { previous: 'rota.range.previousPeriod', next: 'rota.range.nextPeriod' },
} as const;

/** Week / month / custom, previous / today / next, and for a custom window two date pickers. */
export function RotaToolbar({
  range,
  onViewChange,
  onPrevious,
  onNext,
  onToday,
  onRangeChange,
}: RotaToolbarProps) {
  const { t, i18n } = useTranslation();
  const viewName = useId();
  const problem = rangeProblem(range);
  const days = daysBetween(range.from, range.to);

  return (
    <div className="rota-toolbar" role="group" aria-label={t('rota.range.label')}>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('rota.range.view')}</legend>
        <div className="segmented__options">
          {RANGE_VIEWS.map((view) => (
            <label key={view} className="segmented__option">
              <input
                type="radio"
                name={viewName}
                value={view}
                checked={range.view === view}
                onChange={() => onViewChange(view)}
              />
              <span>{t(`rota.range.${view}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="rota-toolbar__steps">
        <button
          type="button"
          className="button button--secondary"
          onClick={onPrevious}
          aria-label={t(STEP_LABELS[range.view].previous)}
          title={t(STEP_LABELS[range.view].previous)}
        >
          <span aria-hidden="true" className="flip-in-rtl">
            ‹
          </span>
        </button>
        <button type="button" className="button button--secondary" onClick={onToday}>
          {t('rota.range.today')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={onNext}
          aria-label={t(STEP_LABELS[range.view].next)}
          title={t(STEP_LABELS[range.view].next)}
        >
          <span aria-hidden="true" className="flip-in-rtl">
            ›
          </span>
        </button>
      </div>

      <p className="rota-toolbar__range" aria-live="polite">
        <span className="rota-toolbar__dates">
          {formatDateRange(range.from, range.to, i18n.language)}
        </span>{' '}
        {problem ? null : <span className="muted">({t('rota.range.days', { count: days })})</span>}
      </p>

      {range.view === 'custom' ? <CustomRange range={range} onRangeChange={onRangeChange} /> : null}
    </div>
  );
}

function CustomRange({
  range,
  onRangeChange,
}: {
  range: RotaRange;
  onRangeChange: (range: RotaRange) => void;
}) {
  const { t } = useTranslation();
  const fromId = useId();
  const untilId = useId();
  const errorId = useId();
  // The pickers show the last date included; the URL and the API take the day after it.
  const [from, setFrom] = useState(range.from);
  const [until, setUntil] = useState(() => addDays(range.to, -1));

  useEffect(() => {
    setFrom(range.from);
    setUntil(addDays(range.to, -1));
  }, [range.from, range.to]);

  const complete = isLocalDate(from) && isLocalDate(until);
  const problem = complete ? rangeProblem({ from, to: addDays(until, 1) }) : null;

  function apply(nextFrom: string, nextUntil: string) {
    if (!isLocalDate(nextFrom) || !isLocalDate(nextUntil)) return;
    const next = { view: 'custom' as const, from: nextFrom, to: addDays(nextUntil, 1) };
    if (rangeProblem(next)) return;
    if (next.from !== range.from || next.to !== range.to) onRangeChange(next);
  }

  return (
    <div className="rota-toolbar__custom">
      <div className="field">
        <label className="field__label" htmlFor={fromId}>
          {t('rota.range.from')}
        </label>
        <input
          id={fromId}
          className="input"
          type="date"
          value={from}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          onChange={(event) => {
            setFrom(event.target.value);
            apply(event.target.value, until);
          }}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={untilId}>
          {t('rota.range.until')}
        </label>
        <input
          id={untilId}
          className="input"
          type="date"
          value={until}
          min={isLocalDate(from) ? from : undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          onChange={(event) => {
            setUntil(event.target.value);
            apply(from, event.target.value);
          }}
        />
      </div>
      {problem ? (
        <p className="field__errors rota-toolbar__error" id={errorId} role="alert">
          <span className="field__error-icon" aria-hidden="true">
            !
          </span>{' '}
          {problem === 'order'
            ? t('rota.range.order')
            : t('rota.range.tooLong', { max: MAX_ROTA_DAYS })}
        </p>
      ) : null}
    </div>
  );
}
