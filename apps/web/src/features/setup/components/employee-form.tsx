import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { WeekdayPicker } from '../../../components/ui/weekday-picker';
import { useShiftTypes } from '../../../lib/api/get-shift-types';
import type {
  Contract,
  Employee,
  EmploymentLeave,
  Me,
  Role,
  ShiftType,
  Skill,
  Team,
} from '../../../lib/api-types';
import { supportedTimeZones, weekdayNames } from '../../../lib/intl';
import { useCreateEmployee } from '../api/create-employee';
import type { EmployeeRequest } from '../api/setup-types';
import { useUpdateEmployee } from '../api/update-employee';
import {
  DATE,
  decimalNumber,
  type Problems,
  useSetupForm,
  wholeNumber,
} from '../hooks/use-setup-form';
import { FormActions } from './form-actions';
import { FormAlert } from './form-alert';
import { isVersionConflict } from './setup-errors';
import { FieldReasons } from '../../../components/ui/field-reasons';

/** A full-time contract: 40 h a week, 11 h rest, at most 6 days in a row. */
const DEFAULT_CONTRACT: Contract = {
  weeklyMinutes: 40 * 60,
  fte: 1,
  maxShiftsPerPeriod: null,
  maxMinutesPerPeriod: null,
  minMinutesPerPeriod: null,
  periodDays: 28,
  minRestHours: 11,
  maxConsecutiveDays: 6,
  maxWeekendsPer4Weeks: 2,
  minConsecutiveDays: 1,
  minConsecutiveDaysOff: 1,
  maxShiftsPerType: [],
};

const DEFAULT_LEAVE: EmploymentLeave = {
  annualLeaveDays: 26,
  carryOverCapDays: 5,
  workingWeekdays: [1, 2, 3, 4, 5],
  employmentStart: null,
  employmentEnd: null,
};

type SkillLevel = 'none' | 'primary' | 'backup';

/** One "at most N shifts of this type per period" line of the form, as typed. */
interface LimitRow {
  /** React's key for the line (lines are added and removed). */
  key: string;
  shiftTypeId: string;
  maxPerPeriod: string;
}

let lastLimitKey = 0;
const newLimitKey = () => `limit-${(lastLimitKey += 1)}`;

const LIMITS = 'contract.maxShiftsPerType';
/** The API's name for a part of the n-th limit, e.g. `contract.maxShiftsPerType[0].maxPerPeriod`. */
const limitField = (index: number, part?: 'shiftTypeId' | 'maxPerPeriod') =>
  `${LIMITS}[${index}]${part ? `.${part}` : ''}`;

/** Form values keyed by the API's field names, so that server errors land under their fields. */
interface EmployeeValues {
  name: string;
  email: string;
  homeTimeZone: string;
  role: Role;
  password: string;
  skills: Record<string, SkillLevel>;
  'contract.weeklyHours': string;
  'contract.fte': string;
  'contract.maxShiftsPerPeriod': string;
  'contract.maxMinutesPerPeriod': string;
  'contract.minMinutesPerPeriod': string;
  'contract.periodDays': string;
  'contract.minRestHours': string;
  'contract.maxConsecutiveDays': string;
  'contract.maxWeekendsPer4Weeks': string;
  'contract.minConsecutiveDays': string;
  'contract.minConsecutiveDaysOff': string;
  'contract.maxShiftsPerType': LimitRow[];
  'leave.annualLeaveDays': string;
  'leave.carryOverCapDays': string;
  'leave.workingWeekdays': number[];
  'leave.employmentStart': string;
  'leave.employmentEnd': string;
}

const optional = (value: number | null | undefined) => (value == null ? '' : String(value));

function valuesOf(employee: Employee | null, team: Team): EmployeeValues {
  const contract = employee?.contract ?? DEFAULT_CONTRACT;
  const leave = employee?.leave ?? DEFAULT_LEAVE;
  const skills: Record<string, SkillLevel> = {};
  for (const skill of employee?.skills ?? [])
    skills[skill.id] = 'backup' in skill && skill.backup ? 'backup' : 'primary';
  return {
    name: employee?.name ?? '',
    email: employee?.email ?? '',
    homeTimeZone: employee?.homeTimeZone ?? team.timeZone,
    role: employee?.role ?? 'employee',
    password: '',
    skills,
    'contract.weeklyHours': String(contract.weeklyMinutes / 60),
    'contract.fte': String(contract.fte),
    'contract.maxShiftsPerPeriod': optional(contract.maxShiftsPerPeriod),
    'contract.maxMinutesPerPeriod': optional(contract.maxMinutesPerPeriod),
    'contract.minMinutesPerPeriod': optional(contract.minMinutesPerPeriod),
    'contract.periodDays': String(contract.periodDays),
    'contract.minRestHours': String(contract.minRestHours),
    'contract.maxConsecutiveDays': String(contract.maxConsecutiveDays),
    'contract.maxWeekendsPer4Weeks': String(contract.maxWeekendsPer4Weeks),
    // Contracts saved before these rules existed may lack them: no minimum, no limits.
    'contract.minConsecutiveDays': String(contract.minConsecutiveDays ?? 1),
    'contract.minConsecutiveDaysOff': String(contract.minConsecutiveDaysOff ?? 1),
    'contract.maxShiftsPerType': (contract.maxShiftsPerType ?? []).map((limit) => ({
      key: newLimitKey(),
      shiftTypeId: limit.shiftTypeId,
      maxPerPeriod: String(limit.maxPerPeriod),
    })),
    'leave.annualLeaveDays': String(leave.annualLeaveDays),
    'leave.carryOverCapDays': String(leave.carryOverCapDays),
    'leave.workingWeekdays': leave.workingWeekdays,
    'leave.employmentStart': leave.employmentStart ?? '',
    'leave.employmentEnd': leave.employmentEnd ?? '',
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A staff member: who they are, their skills, contract limits and leave terms. */
export function EmployeeForm({
  team,
  me,
  employee,
  skills,
  onDone,
  onConflict,
}: {
  team: Team;
  me: Me;
  employee: Employee | null;
  skills: readonly Skill[] | undefined;
  onDone: () => void;
  onConflict: () => void;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateEmployee();
  const update = useUpdateEmployee();
  const mutation = employee ? update : create;
  const zones = supportedTimeZones();
  const isAdmin = me.role === 'admin';
  const shiftTypes = useShiftTypes(employee?.teamId ?? team.id);

  const form = useSetupForm<EmployeeValues>(
    () => valuesOf(employee, team),
    (v): Problems => {
      const whole = (
        field: keyof EmployeeValues,
        min: number,
        max?: number,
        allowEmpty = false,
      ) => {
        const text = v[field] as string;
        if (allowEmpty && text === '') return undefined;
        return wholeNumber(text, min, max) === null
          ? max === undefined
            ? t('setup.validation.wholeFrom', { min })
            : t('setup.validation.wholeBetween', { min, max })
          : undefined;
      };
      const limits: Problems = {};
      v['contract.maxShiftsPerType'].forEach((row, index) => {
        limits[limitField(index, 'shiftTypeId')] = !row.shiftTypeId
          ? t('setup.validation.chooseShiftType')
          : v['contract.maxShiftsPerType'].findIndex((o) => o.shiftTypeId === row.shiftTypeId) <
              index
            ? t('setup.validation.duplicateShiftType')
            : undefined;
        limits[limitField(index, 'maxPerPeriod')] =
          wholeNumber(row.maxPerPeriod, 0) === null
            ? t('setup.validation.wholeFrom', { min: 0 })
            : undefined;
      });
      return {
        ...limits,
        name: v.name.trim() ? undefined : t('setup.validation.required'),
        email: EMAIL.test(v.email.trim()) ? undefined : t('setup.validation.email'),
        homeTimeZone: zones.includes(v.homeTimeZone) ? undefined : t('setup.validation.timeZone'),
        password:
          v.password === '' || v.password.length >= 10
            ? undefined
            : t('setup.validation.password', { min: 10 }),
        'contract.weeklyHours':
          decimalNumber(v['contract.weeklyHours'], 0, 168) === null
            ? t('setup.validation.between', { min: 0, max: 168 })
            : undefined,
        'contract.fte':
          decimalNumber(v['contract.fte'], 0, 1) === null
            ? t('setup.validation.between', { min: 0, max: 1 })
            : undefined,
        'contract.maxShiftsPerPeriod': whole('contract.maxShiftsPerPeriod', 0, undefined, true),
        'contract.maxMinutesPerPeriod': whole('contract.maxMinutesPerPeriod', 0, undefined, true),
        'contract.minMinutesPerPeriod': whole('contract.minMinutesPerPeriod', 0, undefined, true),
        'contract.periodDays': whole('contract.periodDays', 1, 366),
        'contract.minRestHours': whole('contract.minRestHours', 0, 48),
        'contract.maxConsecutiveDays': whole('contract.maxConsecutiveDays', 1, 31),
        'contract.maxWeekendsPer4Weeks': whole('contract.maxWeekendsPer4Weeks', 0, 4),
        'contract.minConsecutiveDays': whole('contract.minConsecutiveDays', 1, 14),
        'contract.minConsecutiveDaysOff': whole('contract.minConsecutiveDaysOff', 1, 14),
        'leave.annualLeaveDays':
          decimalNumber(v['leave.annualLeaveDays'], 0, 366) === null
            ? t('setup.validation.between', { min: 0, max: 366 })
            : undefined,
        'leave.carryOverCapDays':
          decimalNumber(v['leave.carryOverCapDays'], 0, 366) === null
            ? t('setup.validation.between', { min: 0, max: 366 })
            : undefined,
        'leave.workingWeekdays':
          v['leave.workingWeekdays'].length > 0 ? undefined : t('setup.validation.weekdays'),
        'leave.employmentStart':
          v['leave.employmentStart'] === '' || DATE.test(v['leave.employmentStart'])
            ? undefined
            : t('setup.validation.date'),
        'leave.employmentEnd':
          v['leave.employmentEnd'] === ''
            ? undefined
            : !DATE.test(v['leave.employmentEnd'])
              ? t('setup.validation.date')
              : v['leave.employmentStart'] && v['leave.employmentEnd'] < v['leave.employmentStart']
                ? t('setup.validation.endBeforeStart')
                : undefined,
      };
    },
  );
  const { values, set, touch, errorsFor } = form;
  const period = wholeNumber(values['contract.periodDays'], 1, 366);
  const nullable = (text: string) => (text === '' ? null : Number(text));

  const body = (): EmployeeRequest => {
    const skillIds = Object.entries(values.skills)
      .filter(([, level]) => level === 'primary')
      .map(([id]) => id);
    const backupSkillIds = Object.entries(values.skills)
      .filter(([, level]) => level === 'backup')
      .map(([id]) => id);
    return {
      name: values.name.trim(),
      email: values.email.trim(),
      teamId: employee?.teamId ?? team.id,
      homeTimeZone: values.homeTimeZone,
      ...(isAdmin || values.role === 'employee' ? { role: values.role } : {}),
      ...(values.password ? { password: values.password } : {}),
      skillIds,
      backupSkillIds,
      contract: {
        weeklyMinutes: Math.round(Number(values['contract.weeklyHours'].replace(',', '.')) * 60),
        fte: Number(values['contract.fte'].replace(',', '.')),
        maxShiftsPerPeriod: nullable(values['contract.maxShiftsPerPeriod']),
        maxMinutesPerPeriod: nullable(values['contract.maxMinutesPerPeriod']),
        minMinutesPerPeriod: nullable(values['contract.minMinutesPerPeriod']),
        periodDays: Number(values['contract.periodDays']),
        minRestHours: Number(values['contract.minRestHours']),
        maxConsecutiveDays: Number(values['contract.maxConsecutiveDays']),
        maxWeekendsPer4Weeks: Number(values['contract.maxWeekendsPer4Weeks']),
        minConsecutiveDays: Number(values['contract.minConsecutiveDays']),
        minConsecutiveDaysOff: Number(values['contract.minConsecutiveDaysOff']),
        maxShiftsPerType: values['contract.maxShiftsPerType'].map((row) => ({
          shiftTypeId: row.shiftTypeId,
          maxPerPeriod: Number(row.maxPerPeriod),
        })),
      },
      leave: {
        annualLeaveDays: Number(values['leave.annualLeaveDays'].replace(',', '.')),
        carryOverCapDays: Number(values['leave.carryOverCapDays'].replace(',', '.')),
        workingWeekdays: values['leave.workingWeekdays'],
        employmentStart: values['leave.employmentStart'] || null,
        employmentEnd: values['leave.employmentEnd'] || null,
      },
    };
  };

  const number = (
    field: keyof EmployeeValues & `${'contract' | 'leave'}.${string}`,
    hint?: string,
    serverField?: string,
  ) => (
    <TextField
      label={t(`setup.employees.fields.${field.replace('.', '_') as 'contract_fte'}`)}
      inputMode="decimal"
      value={values[field] as string}
      onChange={(e) => set(field, e.target.value as never)}
      hint={hint}
      errors={errorsFor(field, ...(serverField ? [serverField] : []))}
    />
  );

  return (
    <form
      className="setup-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit(() => {
          const options = {
            onSuccess: onDone,
            onError: (error: unknown) => {
              form.takeServerErrors(error);
              if (isVersionConflict(error)) onConflict();
            },
          };
          if (employee)
            update.mutate({ id: employee.id, version: employee.version, ...body() }, options);
          else create.mutate(body(), options);
        });
      }}
    >
      <FormAlert error={mutation.error} />
      <fieldset className="setup-fieldset">
        <legend>{t('setup.employees.person')}</legend>
        <div className="setup-form__grid">
          <TextField
            label={t('setup.employees.fields.name')}
            value={values.name}
            onChange={(e) => set('name', e.target.value)}
            errors={errorsFor('name')}
            required
          />
          <TextField
            label={t('setup.employees.fields.email')}
            type="email"
            value={values.email}
            onChange={(e) => set('email', e.target.value)}
            errors={errorsFor('email')}
            required
          />
          <TextField
            label={t('setup.employees.fields.homeTimeZone')}
            list="setup-employee-zones"
            value={values.homeTimeZone}
            onChange={(e) => set('homeTimeZone', e.target.value)}
            hint={t('setup.employees.homeTimeZoneHint')}
            errors={errorsFor('homeTimeZone')}
          />
          <datalist id="setup-employee-zones">
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <SelectField
            label={t('setup.employees.fields.role')}
            value={values.role}
            disabled={!isAdmin}
            hint={isAdmin ? undefined : t('setup.employees.roleHint')}
            onChange={(e) => set('role', e.target.value as Role)}
            errors={errorsFor('role')}
          >
            <option value="employee">{t('roles.employee')}</option>
            <option value="manager">{t('roles.manager')}</option>
            <option value="admin">{t('roles.admin')}</option>
          </SelectField>
          {employee ? null : (
            <TextField
              label={t('setup.employees.fields.password')}
              type="password"
              autoComplete="new-password"
              value={values.password}
              onChange={(e) => set('password', e.target.value)}
              hint={t('setup.employees.passwordHint')}
              errors={errorsFor('password')}
            />
          )}
        </div>
      </fieldset>

      <fieldset className="setup-fieldset">
        <legend>{t('setup.employees.skills')}</legend>
        <p className="field__hint">{t('setup.employees.skillsHint')}</p>
        {skills && skills.length > 0 ? (
          <div className="setup-form__grid">
            {skills.map((skill) => (
              <SelectField
                key={skill.id}
                label={skill.name}
                value={values.skills[skill.id] ?? 'none'}
                onChange={(e) =>
                  set('skills', { ...values.skills, [skill.id]: e.target.value as SkillLevel })
                }
              >
                <option value="none">{t('setup.employees.skillNone')}</option>
                <option value="primary">{t('setup.employees.skillPrimary')}</option>
                <option value="backup">{t('setup.employees.skillBackup')}</option>
              </SelectField>
            ))}
          </div>
        ) : (
          <p className="muted">{t('setup.skills.none')}</p>
        )}
        {[...errorsFor('skillIds'), ...errorsFor('backupSkillIds')].map((reason) => (
          <p key={reason} className="field__errors">
            {reason}
          </p>
        ))}
      </fieldset>

      <fieldset className="setup-fieldset">
        <legend>{t('setup.employees.contract')}</legend>
        <div className="setup-form__grid">
          {number('contract.weeklyHours', undefined, 'contract.weeklyMinutes')}
          {number('contract.fte', t('setup.employees.fteHint'))}
          {number('contract.periodDays')}
          {number(
            'contract.maxShiftsPerPeriod',
            period === null
              ? t('setup.employees.optional')
              : t('setup.employees.maxShiftsPerPeriodHint', { count: period }),
          )}
          {number('contract.maxMinutesPerPeriod', t('setup.employees.optional'))}
          {number('contract.minMinutesPerPeriod', t('setup.employees.optional'))}
          {number('contract.minRestHours')}
          {number('contract.maxConsecutiveDays')}
          {number('contract.minConsecutiveDays', t('setup.employees.minConsecutiveDaysHint'))}
          {number('contract.minConsecutiveDaysOff', t('setup.employees.minConsecutiveDaysOffHint'))}
          {number('contract.maxWeekendsPer4Weeks')}
        </div>
        <ShiftTypeLimits
          rows={values['contract.maxShiftsPerType']}
          shiftTypes={shiftTypes.data?.items}
          loadFailed={shiftTypes.isError}
          period={period}
          onChange={(rows, changed) => {
            set('contract.maxShiftsPerType', rows);
            for (const field of changed) touch(field);
          }}
          errorsFor={errorsFor}
        />
      </fieldset>

      <fieldset className="setup-fieldset">
        <legend>{t('setup.employees.leave')}</legend>
        <div className="setup-form__grid">
          {number('leave.annualLeaveDays')}
          {number('leave.carryOverCapDays')}
          <TextField
            label={t('setup.employees.fields.leave_employmentStart')}
            type="date"
            value={values['leave.employmentStart']}
            onChange={(e) => set('leave.employmentStart', e.target.value)}
            errors={errorsFor('leave.employmentStart')}
          />
          <TextField
            label={t('setup.employees.fields.leave_employmentEnd')}
            type="date"
            value={values['leave.employmentEnd']}
            onChange={(e) => set('leave.employmentEnd', e.target.value)}
            errors={errorsFor('leave.employmentEnd')}
          />
        </div>
        <WeekdayPicker
          legend={t('setup.employees.fields.leave_workingWeekdays')}
          value={values['leave.workingWeekdays']}
          onChange={(days) => set('leave.workingWeekdays', days)}
          dayNames={weekdayNames(i18n.language, 'long')}
          shortNames={weekdayNames(i18n.language, 'short')}
          errors={errorsFor('leave.workingWeekdays')}
        />
      </fieldset>
      <FormActions pending={mutation.isPending} onCancel={onDone} />
    </form>
  );
}

/**
 * The contract's per-shift-type limits: a line per shift type with the most shifts of it per
 * period; lines are added and removed with buttons, and a shift type may have one line only.
 */
function ShiftTypeLimits({
  rows,
  shiftTypes,
  loadFailed,
  period,
  onChange,
  errorsFor,
}: {
  rows: readonly LimitRow[];
  shiftTypes: readonly ShiftType[] | undefined;
  loadFailed: boolean;
  /** The contract's period in days, when the field holds one. */
  period: number | null;
  /** The new lines, and the fields (API names) the change was made in. */
  onChange: (rows: LimitRow[], changed: string[]) => void;
  errorsFor: (...fields: string[]) => string[];
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // Keyboard users land on what they just added, or back on "Add" after removing a line.
  const focusAfter = useRef<string | 'add' | null>(null);
  useEffect(() => {
    const target = focusAfter.current;
    if (target === null) return;
    focusAfter.current = null;
    if (target === 'add') addRef.current?.focus();
    else listRef.current?.querySelector<HTMLElement>(`[data-limit="${target}"] select`)?.focus();
  });

  const types = shiftTypes ?? [];
  const listErrors = errorsFor(LIMITS);
  const update = (index: number, patch: Partial<LimitRow>) => {
    const next = rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
    const changed = Object.keys(patch).map((part) =>
      limitField(index, part as 'shiftTypeId' | 'maxPerPeriod'),
    );
    // A shift type chosen twice is flagged on the later line, which may not be this one.
    if (patch.shiftTypeId)
      next.forEach((row, i) => {
        if (i !== index && row.shiftTypeId === patch.shiftTypeId)
          changed.push(limitField(i, 'shiftTypeId'));
      });
    onChange(next, changed);
  };
  const add = () => {
    const unused = types.find((type) => !rows.some((row) => row.shiftTypeId === type.id));
    const row = { key: newLimitKey(), shiftTypeId: unused?.id ?? '', maxPerPeriod: '' };
    focusAfter.current = row.key;
    onChange([...rows, row], []);
  };
  const remove = (index: number) => {
    focusAfter.current = 'add';
    onChange(
      rows.filter((_, i) => i !== index),
      [],
    );
  };

  return (
    <fieldset
      className="setup-fieldset"
      aria-describedby={
        [period === null ? null : hintId, listErrors.length ? `${hintId}-errors` : null]
          .filter(Boolean)
          .join(' ') || undefined
      }
    >
      <legend>{t('setup.employees.perType')}</legend>
      {period === null ? null : (
        <p className="field__hint" id={hintId}>
          {t('setup.employees.perTypeHint', { count: period })}
        </p>
      )}
      {rows.length === 0 ? <p className="muted">{t('setup.employees.perTypeNone')}</p> : null}
      <div className="setup-limits" ref={listRef}>
        {rows.map((row, index) => (
          <div
            key={row.key}
            role="group"
            aria-label={t('setup.employees.perTypeLimit', { number: index + 1 })}
            className="setup-limits__row"
            data-limit={row.key}
          >
            <SelectField
              label={t('setup.employees.perTypeShiftType')}
              value={row.shiftTypeId}
              onChange={(e) => update(index, { shiftTypeId: e.target.value })}
              errors={errorsFor(limitField(index, 'shiftTypeId'), limitField(index))}
            >
              <option value="">{t('setup.employees.perTypeChoose')}</option>
              {types.map((type) => (
                <option key={type.id} value={type.id}>
                  {t('setup.shiftTypes.typeLabel', { name: type.name, code: type.code })}
                </option>
              ))}
              {row.shiftTypeId && !types.some((type) => type.id === row.shiftTypeId) ? (
                // Still loading, or a type removed since: keep the saved choice visible.
                <option value={row.shiftTypeId}>{row.shiftTypeId}</option>
              ) : null}
            </SelectField>
            <TextField
              label={t('setup.employees.perTypeMax')}
              inputMode="numeric"
              value={row.maxPerPeriod}
              onChange={(e) => update(index, { maxPerPeriod: e.target.value })}
              errors={errorsFor(limitField(index, 'maxPerPeriod'))}
            />
            <button
              type="button"
              className="button button--ghost setup-limits__remove"
              onClick={() => remove(index)}
            >
              {t('setup.employees.removeLimit', { number: index + 1 })}
            </button>
          </div>
        ))}
      </div>
      {loadFailed ? (
        <p className="field__hint">{t('setup.employees.shiftTypesFailed')}</p>
      ) : shiftTypes && shiftTypes.length === 0 ? (
        <p className="field__hint">{t('setup.employees.noShiftTypes')}</p>
      ) : null}
      <FieldReasons id={`${hintId}-errors`} reasons={listErrors} />
      <div>
        <button
          ref={addRef}
          type="button"
          className="button button--secondary"
          onClick={add}
          disabled={!shiftTypes || shiftTypes.length === 0}
        >
          {t('setup.employees.addLimit')}
        </button>
      </div>
    </fieldset>
  );
}
