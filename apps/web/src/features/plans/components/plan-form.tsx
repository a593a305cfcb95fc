import { type FormEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Alert } from '../../../components/ui/alert';
import { FieldErrorList } from '../../../components/ui/field-error-list';
import { errorMessage } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { MAX_PLAN_DAYS, PLAN_MODES, type PlanMode, type Team } from '../../../lib/api-types';
import { todayInZone } from '../../../lib/local-date';
import { useCreatePlan } from '../api/create-plan';
import {
  type PlanFormField,
  serverReasons,
  TIME_LIMIT,
  toCreatePlanRequest,
  usePlanForm,
} from '../hooks/use-plan-form';

const FIELDS: readonly PlanFormField[] = ['mode', 'from', 'to', 'timeLimitSeconds'];

/** Starts a build or repair run for the team over inclusive dates, then opens its page. */
export function PlanForm({ team }: { team: Team }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = usePlanForm(todayInZone(team.timeZone));
  const create = useCreatePlan();
  const formRef = useRef<HTMLFormElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    form.attempt();
    if (!form.valid) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    create.mutate(toCreatePlanRequest(team.id, form.values), {
      onSuccess: (plan) => void navigate(`/plans/${encodeURIComponent(plan.id)}`),
    });
  }

  const errorsFor = (field: PlanFormField): string[] => {
    const problem = form.shownProblem(field);
    return [
      ...(problem
        ? [
            t(`plans.form.problems.${problem}`, {
              min: TIME_LIMIT.min,
              max: TIME_LIMIT.max,
              days: MAX_PLAN_DAYS,
            }),
          ]
        : []),
      ...serverReasons(create.error, field),
    ];
  };
  // Reasons for fields the form does not show (teamId) are listed in the alert.
  const otherReasons = isApiError(create.error)
    ? create.error.fieldErrors.filter((e) => !FIELDS.includes(e.field as PlanFormField))
    : [];

  return (
    <form ref={formRef} className="plan-form" onSubmit={submit} noValidate>
      {create.isError ? (
        <Alert tone="error" title={t('plans.form.failed')}>
          <p>{errorMessage(create.error, t)}</p>
          <FieldErrorList errors={otherReasons} />
        </Alert>
      ) : null}
      <div className="plan-form__fields">
        <SelectField
          label={t('plans.form.mode')}
          value={form.values.mode}
          hint={t(`plans.form.modeHint.${form.values.mode}`)}
          errors={errorsFor('mode')}
          errorLabel={t('plans.form.errorLabel')}
          onChange={(event) => form.change('mode', event.target.value as PlanMode)}
        >
          {PLAN_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`plans.mode.${mode}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('plans.form.from')}
          type="date"
          value={form.values.from}
          required
          errors={errorsFor('from')}
          errorLabel={t('plans.form.errorLabel')}
          onChange={(event) => form.change('from', event.target.value)}
        />
        <TextField
          label={t('plans.form.to')}
          type="date"
          value={form.values.to}
          min={form.values.from || undefined}
          required
          errors={errorsFor('to')}
          errorLabel={t('plans.form.errorLabel')}
          onChange={(event) => form.change('to', event.target.value)}
        />
        <TextField
          label={t('plans.form.timeLimit')}
          hint={t('plans.form.timeLimitHint', { min: TIME_LIMIT.min, max: TIME_LIMIT.max })}
          type="number"
          inputMode="numeric"
          min={TIME_LIMIT.min}
          max={TIME_LIMIT.max}
          step={1}
          value={form.values.timeLimitSeconds}
          required
          errors={errorsFor('timeLimitSeconds')}
          errorLabel={t('plans.form.errorLabel')}
          onChange={(event) => form.change('timeLimitSeconds', event.target.value)}
        />
      </div>
      <div className="plan-form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('plans.form.starting') : t('plans.form.start')}
        </button>
      </div>
    </form>
  );
}
