import { type FormEvent, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { LoadingState } from '../../../components/ui/loading-state';
import { PageHeader } from '../../../components/ui/page-header';
import { errorMessage, QueryError } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { WeekdayPicker } from '../../../components/ui/weekday-picker';
import { useAvailability } from '../../../lib/api/get-availability';
import { useMe } from '../../../lib/api/get-me';
import { useShiftTypes } from '../../../lib/api/get-shift-types';
import { isApiError } from '../../../lib/api-client';
import type {
  Availability,
  FieldError,
  Me,
  ShiftPreference,
  ShiftType,
  UnavailableWindow,
  Wish,
} from '../../../lib/api-types';
import { formatTimeZoneName, weekdayNames } from '../../../lib/intl';
import { todayInZone } from '../../../lib/local-date';
import { rruleToWeekdays, weekdaysToRrule } from '../../../lib/rrule';
import { usePutAvailability } from '../api/put-availability';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A row being edited, with a key that survives removals above it. */
type Keyed<T> = T & { key: number };

interface Draft {
  worksNights: boolean;
  maxCoverDutiesPerMonth: string;
  unavailable: Keyed<UnavailableWindow>[];
  preferences: Keyed<ShiftPreference>[];
}

let nextKey = 1;
const keyed = <T extends object>(item: T): Keyed<T> => ({ ...item, key: nextKey++ });

function draftOf(data: Availability): Draft {
  return {
    worksNights: data.worksNights,
    maxCoverDutiesPerMonth:
      data.maxCoverDutiesPerMonth === null ? '' : String(data.maxCoverDutiesPerMonth),
    unavailable: data.unavailable.map(keyed),
    preferences: data.preferences.map(keyed),
  };
}

/** The PUT body: the same shape, without ids or editing keys. */
export function toAvailabilityBody(employeeId: string, draft: Draft): Availability {
  return {
    employeeId,
    worksNights: draft.worksNights,
    maxCoverDutiesPerMonth:
      draft.maxCoverDutiesPerMonth.trim() === '' ? null : Number(draft.maxCoverDutiesPerMonth),
    unavailable: draft.unavailable.map(
      ({ startTime, endTime, recurrence, validFrom, validTo, note }) => ({
        startTime,
        endTime,
        recurrence,
        validFrom,
        validTo: validTo || null,
        note,
      }),
    ),
    preferences: draft.preferences.map(({ wish, weekday, date, shiftTypeId, weight, note }) => ({
      wish,
      weekday,
      date: date || null,
      shiftTypeId,
      weight,
      note,
    })),
  };
}

/** Client-side problems by the API's field names (`unavailable.0.endTime`, …). */
function problemsOf(draft: Draft, tr: TFunction): FieldError[] {
  const out: FieldError[] = [];
  const add = (field: string, reason: string) => out.push({ field, reason });
  if (
    draft.maxCoverDutiesPerMonth.trim() !== '' &&
    !/^\d+$/.test(draft.maxCoverDutiesPerMonth.trim())
  )
    add('maxCoverDutiesPerMonth', tr('setup.validation.wholeFrom', { min: 0 }));
  draft.unavailable.forEach((w, i) => {
    if (!HH_MM.test(w.startTime)) add(`unavailable.${i}.startTime`, tr('setup.validation.time'));
    if (!HH_MM.test(w.endTime)) add(`unavailable.${i}.endTime`, tr('setup.validation.time'));
    if (!/^(RRULE:)?FREQ=[A-Z]+/i.test(w.recurrence.trim()))
      add(`unavailable.${i}.recurrence`, tr('availability.errors.days'));
    if (!DATE.test(w.validFrom)) add(`unavailable.${i}.validFrom`, tr('setup.validation.date'));
    if (w.validTo && w.validTo < w.validFrom)
      add(`unavailable.${i}.validTo`, tr('setup.validation.endBeforeStart'));
  });
  draft.preferences.forEach((p, i) => {
    if (p.weekday === null && !p.date && p.shiftTypeId === null)
      add(`preferences.${i}.shiftTypeId`, tr('availability.errors.preferenceEmpty'));
    if (p.date === '') add(`preferences.${i}.date`, tr('setup.validation.date'));
    if (!Number.isInteger(p.weight) || p.weight < 1 || p.weight > 10)
      add(`preferences.${i}.weight`, tr('setup.validation.wholeBetween', { min: 1, max: 10 }));
  });
  return out;
}

/**
 * My availability and preferences: the times I cannot work (local times in my home zone, weekly
 * on chosen days), whether I work nights, how many cover duties a month at most, and the shifts
 * or days I prefer or would rather avoid. Saving replaces all of it.
 */
export function AvailabilityPage() {
  const { t } = useTranslation();
  const me = useMe();
  const availability = useAvailability(me.data?.id);

  return (
    <>
      <PageHeader
        title={t('availability.title')}
        subtitle={
          me.data
            ? t('availability.localTimes', { timeZone: formatTimeZoneName(me.data.homeTimeZone) })
            : undefined
        }
      />
      {me.isPending || (me.data && availability.isPending) ? (
        <LoadingState label={t('app.loading')} />
      ) : me.isError || availability.isError ? (
        <QueryError
          error={me.error ?? availability.error}
          title={t('availability.loadFailed')}
          onRetry={() => void (me.isError ? me.refetch() : availability.refetch())}
        />
      ) : me.data && availability.data ? (
        <AvailabilityForm key={me.data.id} me={me.data} initial={availability.data} />
      ) : null}
    </>
  );
}

function AvailabilityForm({ me, initial }: { me: Me; initial: Availability }) {
  const { t, i18n } = useTranslation();
  const shiftTypes = useShiftTypes(me.teamId);
  const save = usePutAvailability();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<readonly FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const problems = problemsOf(draft, t);
  const today = todayInZone(me.homeTimeZone);
  const long = weekdayNames(i18n.language, 'long');
  const short = weekdayNames(i18n.language, 'short');

  const errorsFor = (field: string) => [
    ...new Set([
      ...(attempted ? problems.filter((p) => p.field === field).map((p) => p.reason) : []),
      ...server.filter((e) => e.field === field).map((e) => e.reason),
    ]),
  ];
  const change = (next: Draft) => {
    setDraft(next);
    setSaved(false);
    setServer([]);
  };
  const updateWindow = (index: number, patch: Partial<UnavailableWindow>) =>
    change({
      ...draft,
      unavailable: draft.unavailable.map((w, i) => (i === index ? { ...w, ...patch } : w)),
    });
  const updatePreference = (index: number, patch: Partial<ShiftPreference>) =>
    change({
      ...draft,
      preferences: draft.preferences.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setSaved(false);
    if (problems.length > 0) return;
    save.mutate(toAvailabilityBody(me.id, draft), {
      onSuccess: (result) => {
        setDraft(draftOf(result));
        setAttempted(false);
        setSaved(true);
      },
      onError: (error) => setServer(isApiError(error) ? error.fieldErrors : []),
    });
  };

  return (
    <form className="setup-form availability-form" noValidate onSubmit={onSubmit}>
      {save.error ? (
        <Alert tone="error" title={t('availability.errors.notSaved')}>
          <p>
            {isApiError(save.error) && save.error.fieldErrors.length > 0
              ? t('setup.errors.validation')
              : errorMessage(save.error, t)}
          </p>
        </Alert>
      ) : null}
      {attempted && problems.length > 0 ? (
        <Alert tone="error">{t('setup.errors.validation')}</Alert>
      ) : null}
      <div role="status">
        {saved ? <Alert tone="success">{t('availability.saved')}</Alert> : null}
      </div>

      <section className="panel" aria-labelledby="availability-general">
        <h2 className="panel__title" id="availability-general">
          {t('availability.general')}
        </h2>
        <CheckboxField
          label={t('availability.worksNights')}
          checked={draft.worksNights}
          onChange={(e) => change({ ...draft, worksNights: e.target.checked })}
          errors={errorsFor('worksNights')}
        />
        <TextField
          label={t('availability.maxCoverDuties')}
          inputMode="numeric"
          value={draft.maxCoverDutiesPerMonth}
          onChange={(e) => change({ ...draft, maxCoverDutiesPerMonth: e.target.value })}
          hint={t('availability.maxCoverDutiesHint')}
          errors={errorsFor('maxCoverDutiesPerMonth')}
        />
      </section>

      <section className="panel" aria-labelledby="availability-unavailable">
        <h2 className="panel__title" id="availability-unavailable">
          {t('availability.unavailable.title')}
        </h2>
        <p className="muted">
          {t('availability.unavailable.intro', { timeZone: formatTimeZoneName(me.homeTimeZone) })}
        </p>
        {draft.unavailable.length === 0 ? (
          <p className="muted">{t('availability.unavailable.empty')}</p>
        ) : null}
        <ol className="availability-rows">
          {draft.unavailable.map((window, index) => {
            const field = (name: string) => `unavailable.${index}.${name}`;
            const weekdays = rruleToWeekdays(window.recurrence);
            return (
              <li key={window.key} className="availability-row">
                <h3 className="setup-subtitle">
                  {t('availability.unavailable.item', { number: index + 1 })}
                </h3>
                <WeekdayPicker
                  legend={t('availability.unavailable.days')}
                  value={weekdays ?? []}
                  onChange={(days) =>
                    updateWindow(index, { recurrence: days.length ? weekdaysToRrule(days) : '' })
                  }
                  dayNames={long}
                  shortNames={short}
                  errors={errorsFor(field('recurrence'))}
                />
                {weekdays === null && window.recurrence ? (
                  <p className="field__hint">
                    {t('availability.unavailable.customRule', { rule: window.recurrence })}
                  </p>
                ) : null}
                <div className="setup-form__grid">
                  <TextField
                    label={t('availability.unavailable.from')}
                    type="time"
                    value={window.startTime}
                    onChange={(e) => updateWindow(index, { startTime: e.target.value })}
                    errors={errorsFor(field('startTime'))}
                  />
                  <TextField
                    label={t('availability.unavailable.to')}
                    type="time"
                    value={window.endTime}
                    onChange={(e) => updateWindow(index, { endTime: e.target.value })}
                    hint={t('availability.unavailable.toHint')}
                    errors={errorsFor(field('endTime'))}
                  />
                  <TextField
                    label={t('availability.unavailable.validFrom')}
                    type="date"
                    value={window.validFrom}
                    onChange={(e) => updateWindow(index, { validFrom: e.target.value })}
                    errors={errorsFor(field('validFrom'))}
                  />
                  <TextField
                    label={t('availability.unavailable.validTo')}
                    type="date"
                    value={window.validTo ?? ''}
                    onChange={(e) => updateWindow(index, { validTo: e.target.value || null })}
                    hint={t('availability.unavailable.validToHint')}
                    errors={errorsFor(field('validTo'))}
                  />
                  <TextField
                    label={t('availability.note')}
                    value={window.note}
                    onChange={(e) => updateWindow(index, { note: e.target.value })}
                    errors={errorsFor(field('note'))}
                  />
                </div>
                <button
                  type="button"
                  className="button button--ghost"
                  onClick={() =>
                    change({
                      ...draft,
                      unavailable: draft.unavailable.filter((_, i) => i !== index),
                    })
                  }
                >
                  {t('availability.unavailable.remove', { number: index + 1 })}
                </button>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            change({
              ...draft,
              unavailable: [
                ...draft.unavailable,
                keyed({
                  startTime: '00:00',
                  endTime: '00:00',
                  recurrence: '',
                  validFrom: today,
                  validTo: null,
                  note: '',
                }),
              ],
            })
          }
        >
          {t('availability.unavailable.add')}
        </button>
      </section>

      <section className="panel" aria-labelledby="availability-preferences">
        <h2 className="panel__title" id="availability-preferences">
          {t('availability.preferences.title')}
        </h2>
        <p className="muted">{t('availability.preferences.intro')}</p>
        {draft.preferences.length === 0 ? (
          <p className="muted">{t('availability.preferences.empty')}</p>
        ) : null}
        <ol className="availability-rows">
          {draft.preferences.map((preference, index) => (
            <PreferenceRow
              key={preference.key}
              index={index}
              preference={preference}
              shiftTypes={shiftTypes.data?.items ?? []}
              dayNames={long}
              errorsFor={(name) => errorsFor(`preferences.${index}.${name}`)}
              onChange={(patch) => updatePreference(index, patch)}
              onRemove={() =>
                change({ ...draft, preferences: draft.preferences.filter((_, i) => i !== index) })
              }
            />
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            change({
              ...draft,
              preferences: [
                ...draft.preferences,
                keyed({
                  wish: 'prefer' as Wish,
                  weekday: null,
                  date: null,
                  shiftTypeId: null,
                  weight: 5,
                  note: '',
                }),
              ],
            })
          }
        >
          {t('availability.preferences.add')}
        </button>
      </section>

      <div className="dialog__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('setup.saving') : t('availability.save')}
        </button>
      </div>
    </form>
  );
}

function PreferenceRow({
  index,
  preference,
  shiftTypes,
  dayNames,
  errorsFor,
  onChange,
  onRemove,
}: {
  index: number;
  preference: ShiftPreference;
  shiftTypes: readonly ShiftType[];
  dayNames: readonly string[];
  errorsFor: (name: string) => string[];
  onChange: (patch: Partial<ShiftPreference>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const when = preference.date ? 'date' : preference.weekday ? String(preference.weekday) : '';
  return (
    <li className="availability-row">
      <h3 className="setup-subtitle">
        {t('availability.preferences.item', { number: index + 1 })}
      </h3>
      <div className="setup-form__grid">
        <SelectField
          label={t('availability.preferences.wish')}
          value={preference.wish}
          onChange={(e) => onChange({ wish: e.target.value as Wish })}
          errors={errorsFor('wish')}
        >
          <option value="prefer">{t('availability.wish.prefer')}</option>
          <option value="avoid">{t('availability.wish.avoid')}</option>
        </SelectField>
        <SelectField
          label={t('availability.preferences.shiftType')}
          value={preference.shiftTypeId ?? ''}
          onChange={(e) => onChange({ shiftTypeId: e.target.value || null })}
          errors={errorsFor('shiftTypeId')}
        >
          <option value="">{t('availability.anyShift')}</option>
          {shiftTypes.map((type) => (
            <option key={type.id} value={type.id}>
              {type.code} · {type.name} ({type.startTime}–{type.endTime})
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('availability.preferences.when')}
          value={when}
          onChange={(e) => {
            const value = e.target.value;
            if (value === 'date') onChange({ weekday: null, date: preference.date ?? '' });
            else onChange({ weekday: value ? Number(value) : null, date: null });
          }}
          errors={errorsFor('weekday')}
        >
          <option value="">{t('availability.anyDay')}</option>
          {dayNames.map((name, i) => (
            <option key={name} value={i + 1}>
              {t('availability.preferences.everyWeekday', { day: name })}
            </option>
          ))}
          <option value="date">{t('availability.preferences.onDate')}</option>
        </SelectField>
        {preference.date !== null ? (
          <TextField
            label={t('availability.preferences.date')}
            type="date"
            value={preference.date}
            onChange={(e) => onChange({ date: e.target.value })}
            errors={errorsFor('date')}
          />
        ) : null}
        <TextField
          label={t('availability.preferences.weight')}
          type="number"
          min={1}
          max={10}
          value={String(preference.weight)}
          onChange={(e) => onChange({ weight: Number(e.target.value) })}
          hint={t('availability.preferences.weightHint')}
          errors={errorsFor('weight')}
        />
        <TextField
          label={t('availability.note')}
          value={preference.note}
          onChange={(e) => onChange({ note: e.target.value })}
          errors={errorsFor('note')}
        />
      </div>
      <button type="button" className="button button--ghost" onClick={onRemove}>
        {t('availability.preferences.remove', { number: index + 1 })}
      </button>
    </li>
  );
}
