import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { FieldErrorList } from '../../../components/ui/field-error-list';
import { Spinner } from '../../../components/ui/loading-state';
import { errorMessage } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { TextField } from '../../../components/ui/text-field';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { type ApiError, isApiError } from '../../../lib/api-client';
import type {
  CreateLeaveRequest,
  Employee,
  LeaveDraft,
  LeaveRequest,
  LeaveType,
  Skill,
} from '../../../lib/api-types';
import { compareText } from '../../../lib/intl';
import { useCreateLeaveRequest } from '../api/create-leave-request';
import { useLeavePreview } from '../api/preview-leave';
import { useIdempotencyKey } from '../hooks/use-idempotency-key';
import {
  type LeaveFormField,
  type LeaveFormValues,
  MAX_LEAVE_DAYS,
  useLeaveForm,
} from '../hooks/use-leave-form';
import { ImpactSummary, impactSentence } from './impact-summary';
import { policyViolationsOf, shortageOf } from './leave-errors';
import { daysText, leaveDatesText } from './leave-text';

/** How long the dates must stay still before the impact is asked for. */
export const PREVIEW_DELAY_MS = 350;

/** The server's override reasons are 3–2,000 characters. */
const MIN_OVERRIDE_LENGTH = 3;

export interface LeaveFormProps {
  /** `request`: the signed-in person asks for leave; `record`: a manager records a staff absence. */
  mode: 'request' | 'record';
  /** Whom a manager may record an absence for. */
  staff?: readonly Employee[];
  leaveTypes: readonly LeaveType[];
  skills: readonly Skill[] | undefined;
  /** May override a leave policy with a reason (a manager of their own team, an admin). */
  canOverride: boolean;
  initial: LeaveFormValues;
  /** Saved: `message` says what happened, in words. */
  onDone: (message: string, created: LeaveRequest) => void;
  onCancel?: () => void;
}

interface Submitted {
  values: LeaveFormValues;
  error: ApiError | Error;
}

const SERVER_FIELDS: readonly LeaveFormField[] = [
  'employeeId',
  'leaveTypeId',
  'startDate',
  'endDate',
  'halfDay',
  'reason',
  'handoverNote',
  'overrideReason',
];

const sameDraft = (a: LeaveDraft | null, b: LeaveDraft | null) =>
  a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);

/**
 * A leave request (or, for a manager, a staff member's absence) that checks itself as it is
 * typed and shows its impact live: once the type and dates hold still for a moment, the server
 * previews what the leave costs, the balance after, the leave policies it breaks and the duties
 * it would leave uncovered. Refusals are explained under their fields and in words.
 */
export function LeaveForm({
  mode,
  staff,
  leaveTypes,
  skills,
  canOverride,
  initial,
  onDone,
  onCancel,
}: LeaveFormProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const needsEmployee = mode === 'record';
  const form = useLeaveForm(initial, { needsEmployee });
  const { values, update, draft, visibleProblem } = form;
  const create = useCreateLeaveRequest();
  const idempotency = useIdempotencyKey();
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const halfDayName = useId();
  const impactTitleId = useId();

  const debounced = useDebouncedValue(draft, PREVIEW_DELAY_MS);
  const settled = sameDraft(draft, debounced);
  const preview = useLeavePreview(settled ? debounced : null);

  // After a refused submit, take the person to the first field that needs them.
  useEffect(() => {
    if (submitCount === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [submitCount]);

  const submitError = submitted?.error ?? null;
  const apiError = isApiError(submitError) ? submitError : null;
  const policyConflict = apiError?.code === 'POLICY_VIOLATION';
  const offerOverride = canOverride && (policyConflict || values.overrideReason !== '');

  /** The server's reasons for a field, while the field still holds the value they were about. */
  function serverReasons(field: LeaveFormField): string[] {
    const reasons: string[] = [];
    if (apiError && submitted && submitted.values[field] === values[field])
      reasons.push(...apiError.reasonsFor(field));
    if (settled && isApiError(preview.error)) reasons.push(...preview.error.reasonsFor(field));
    return [...new Set(reasons)];
  }

  function errorsFor(field: LeaveFormField): string[] {
    const problem = visibleProblem(field);
    const own = problem ? [t(`leave.form.problems.${problem}`, { max: MAX_LEAVE_DAYS })] : [];
    return [...own, ...serverReasons(field)];
  }

  const overrideTooShort =
    offerOverride &&
    values.overrideReason.trim().length > 0 &&
    values.overrideReason.trim().length < MIN_OVERRIDE_LENGTH;
  const overrideErrors = [
    ...(form.attempted && overrideTooShort
      ? [t('leave.form.problems.overrideTooShort', { min: MIN_OVERRIDE_LENGTH })]
      : []),
    ...serverReasons('overrideReason'),
  ];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    form.setAttempted(true);
    setSubmitCount((n) => n + 1);
    if (!draft || overrideTooShort) return;
    const body: CreateLeaveRequest = { ...draft };
    const reason = values.reason.trim();
    const handoverNote = values.handoverNote.trim();
    const overrideReason = values.overrideReason.trim();
    if (reason) body.reason = reason;
    if (handoverNote) body.handoverNote = handoverNote;
    if (offerOverride && overrideReason) body.overrideReason = overrideReason;
    const snapshot = values;
    create.mutate(
      { body, idempotencyKey: idempotency.keyFor(body) },
      {
        onSuccess: (created) => {
          idempotency.reset();
          setSubmitted(null);
          const dates = leaveDatesText(created, t, locale);
          const who = staff?.find((person) => person.id === created.employeeId)?.name ?? '';
          const message =
            mode === 'record'
              ? t('leave.form.recorded', { name: who, dates })
              : created.status === 'approved'
                ? t('leave.form.booked', { dates })
                : t('leave.form.sent', { dates });
          form.reset({ ...initial, leaveTypeId: values.leaveTypeId });
          onDone(message, created);
        },
        onError: (error) => setSubmitted({ values: snapshot, error }),
      },
    );
  }

  const byName = compareText(locale);
  const sortedStaff = [...(staff ?? [])].sort((a, b) => byName(a.name, b.name));
  const type = leaveTypes.find((candidate) => candidate.id === values.leaveTypeId);
  const typeHint = type
    ? [
        t(type.countsAgainstAllowance ? 'leave.form.counts' : 'leave.form.doesNotCount'),
        mode === 'request'
          ? t(type.requiresApproval ? 'leave.form.needsApproval' : 'leave.form.noApproval')
          : null,
      ]
        .filter(Boolean)
        .join(' · ')
    : undefined;
  const oneDate = values.startDate !== '' && values.startDate === values.endDate;
  const halfDayErrors = errorsFor('halfDay');

  const impact = preview.data;
  const impactCurrent = Boolean(impact) && settled && !preview.isPlaceholderData;
  const impactUpdating = draft !== null && (!settled || preview.isFetching);

  return (
    <form ref={formRef} className={`leave-form leave-form--${mode}`} onSubmit={submit} noValidate>
      <div className="leave-form__fields">
        {form.attempted && Object.keys(form.problems).length > 0 ? (
          <Alert tone="error">{t('leave.form.fixFields')}</Alert>
        ) : null}
        {submitError ? (
          <SubmitError error={submitError} mode={mode} canOverride={canOverride} />
        ) : null}

        {mode === 'record' ? (
          <SelectField
            label={t('leave.form.employee')}
            value={values.employeeId}
            onChange={(event) => update({ employeeId: event.target.value })}
            errors={errorsFor('employeeId')}
            errorLabel={t('errors.fieldLabel')}
            required
          >
            <option value="">{t('leave.form.chooseEmployee')}</option>
            {sortedStaff.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </SelectField>
        ) : null}

        <SelectField
          label={t('leave.form.type')}
          value={values.leaveTypeId}
          onChange={(event) => update({ leaveTypeId: event.target.value })}
          hint={typeHint}
          errors={errorsFor('leaveTypeId')}
          errorLabel={t('errors.fieldLabel')}
          required
        >
          <option value="">{t('leave.form.chooseType')}</option>
          {leaveTypes.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </SelectField>

        <div className="leave-form__dates">
          <TextField
            type="date"
            label={t('leave.form.startDate')}
            value={values.startDate}
            onChange={(event) => update({ startDate: event.target.value })}
            errors={errorsFor('startDate')}
            errorLabel={t('errors.fieldLabel')}
            required
          />
          <TextField
            type="date"
            label={t('leave.form.endDate')}
            value={values.endDate}
            min={values.startDate || undefined}
            onChange={(event) => update({ endDate: event.target.value })}
            errors={errorsFor('endDate')}
            errorLabel={t('errors.fieldLabel')}
            required
          />
        </div>

        <fieldset
          className={`segmented leave-form__half${halfDayErrors.length > 0 ? ' field--invalid' : ''}`}
          aria-describedby={`${halfDayName}-hint${halfDayErrors.length > 0 ? ` ${halfDayName}-error` : ''}`}
        >
          <legend className="field__label">{t('leave.form.length')}</legend>
          <div className="segmented__options">
            {(['', 'am', 'pm'] as const).map((option) => (
              <label key={option || 'full'} className="segmented__option">
                <input
                  type="radio"
                  name={halfDayName}
                  value={option}
                  checked={values.halfDay === option}
                  aria-invalid={option !== '' && halfDayErrors.length > 0 ? true : undefined}
                  onChange={() => update({ halfDay: option })}
                />
                <span>
                  {option === '' ? t('leave.form.fullDays') : t(`leave.form.halfDay.${option}`)}
                </span>
              </label>
            ))}
          </div>
          <p className="field__hint" id={`${halfDayName}-hint`}>
            {oneDate ? t('leave.form.halfDayHintOne') : t('leave.form.halfDayHint')}
          </p>
          {halfDayErrors.length > 0 ? (
            <ul className="field__errors" id={`${halfDayName}-error`}>
              {halfDayErrors.map((reason) => (
                <li key={reason}>
                  <span className="field__error-icon" aria-hidden="true">
                    !
                  </span>
                  <span className="visually-hidden">{t('errors.fieldLabel')} </span>
                  {reason}
                </li>
              ))}
            </ul>
          ) : null}
        </fieldset>

        <TextAreaField
          label={mode === 'record' ? t('leave.form.note') : t('leave.form.reason')}
          hint={mode === 'record' ? t('leave.form.noteHint') : t('leave.form.reasonHint')}
          value={values.reason}
          maxLength={2000}
          rows={2}
          onChange={(event) => update({ reason: event.target.value })}
          errors={serverReasons('reason')}
          errorLabel={t('errors.fieldLabel')}
        />
        <TextAreaField
          label={t('leave.form.handover')}
          hint={t('leave.form.handoverHint')}
          value={values.handoverNote}
          maxLength={10000}
          rows={3}
          onChange={(event) => update({ handoverNote: event.target.value })}
          errors={serverReasons('handoverNote')}
          errorLabel={t('errors.fieldLabel')}
        />
        {offerOverride ? (
          <TextAreaField
            label={t('leave.form.overrideReason')}
            hint={t('leave.form.overrideHint')}
            value={values.overrideReason}
            maxLength={2000}
            rows={2}
            onChange={(event) => update({ overrideReason: event.target.value })}
            errors={overrideErrors}
            errorLabel={t('errors.fieldLabel')}
          />
        ) : null}

        <div className="leave-form__actions">
          {onCancel ? (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('leave.form.cancel')}
            </button>
          ) : null}
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending
              ? t(mode === 'record' ? 'leave.form.recording' : 'leave.form.submitting')
              : mode === 'record'
                ? t('leave.form.recordSubmit')
                : offerOverride && values.overrideReason.trim()
                  ? t('leave.form.submitOverride')
                  : t('leave.form.submit')}
          </button>
        </div>
      </div>

      <section
        className="leave-form__impact"
        aria-labelledby={impactTitleId}
        aria-busy={impactUpdating || undefined}
      >
        <h3 className="leave-form__impact-title" id={impactTitleId}>
          {t('leave.impact.title')}
          {impactUpdating && impact ? (
            <span className="leave-form__updating">
              <Spinner /> {t('leave.impact.updating')}
            </span>
          ) : null}
        </h3>
        <p className="visually-hidden" aria-live="polite">
          {impactCurrent && impact ? impactSentence(impact, t) : ''}
        </p>
        {draft === null ? (
          <p className="muted">{t('leave.impact.hint')}</p>
        ) : impact ? (
          <div className={impactUpdating ? 'leave-form__impact-body is-stale' : undefined}>
            <ImpactSummary impact={impact} skills={skills} headingLevel={4} />
          </div>
        ) : preview.isError && settled ? (
          <Alert tone="error" title={t('leave.impact.failed')}>
            <p>{errorMessage(preview.error, t)}</p>
          </Alert>
        ) : (
          <p className="leave-form__checking" role="status">
            <Spinner /> {t('leave.impact.checking')}
          </p>
        )}
        {impact && preview.isError && settled ? (
          <Alert tone="error" title={t('leave.impact.failed')}>
            <p>{errorMessage(preview.error, t)}</p>
          </Alert>
        ) : null}
      </section>
    </form>
  );
}

/** A refused submit in words: the 409s explained, other failures by what the person can do. */
function SubmitError({
  error,
  mode,
  canOverride,
}: {
  error: Error;
  mode: 'request' | 'record';
  canOverride: boolean;
}) {
  const { t } = useTranslation();
  const title = t(mode === 'record' ? 'leave.form.recordFailed' : 'leave.form.failed');
  if (!isApiError(error)) {
    return (
      <Alert tone="error" title={title}>
        <p>{errorMessage(error, t)}</p>
      </Alert>
    );
  }
  switch (error.code) {
    case 'LEAVE_OVERLAP':
      return (
        <Alert tone="error" title={title}>
          <p>{t('leave.errors.overlap')}</p>
        </Alert>
      );
    case 'POLICY_VIOLATION': {
      const violations = policyViolationsOf(error);
      return (
        <Alert tone="error" title={title}>
          <p>{t('leave.errors.policy')}</p>
          {violations.length > 0 ? (
            <ul>
              {violations.map((violation, index) => (
                <li key={`${violation.rule}-${index}`}>
                  <strong>{t(`leave.impact.rule.${violation.rule}`)}</strong>
                  {violation.detail ? `: ${violation.detail}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          <p>{canOverride ? t('leave.errors.policyOverride') : t('leave.errors.policyAsk')}</p>
        </Alert>
      );
    }
    case 'INSUFFICIENT_BALANCE': {
      const shortage = shortageOf(error);
      return (
        <Alert tone="error" title={title}>
          <p>
            {shortage
              ? t('leave.errors.balance', {
                  year: shortage.year,
                  available: daysText(shortage.available, t),
                  requested: daysText(shortage.requested, t),
                })
              : t('leave.errors.balanceUnknown')}
          </p>
        </Alert>
      );
    }
    case 'IDEMPOTENCY_MISMATCH':
      return (
        <Alert tone="error" title={title}>
          <p>{t('leave.errors.idempotency')}</p>
        </Alert>
      );
    default: {
      const known = new Set<string>(SERVER_FIELDS);
      const others = error.fieldErrors.filter((fieldError) => !known.has(fieldError.field));
      return (
        <Alert tone="error" title={title}>
          <p>
            {error.fieldErrors.length > 0 && others.length === 0
              ? t('leave.errors.validation')
              : errorMessage(error, t)}
          </p>
          <FieldErrorList errors={others} />
        </Alert>
      );
    }
  }
}
