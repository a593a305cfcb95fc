import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Dialog } from '../../../components/ui/dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryError } from '../../../components/ui/query-error';
import { TextField } from '../../../components/ui/text-field';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { leaveTypesKeys, useLeaveTypes } from '../../../lib/api/get-leave-types';
import { useSkills } from '../../../lib/api/get-skills';
import type { LeaveBlackout, LeaveType, Skill, SkillLimit } from '../../../lib/api-types';
import { formatDateSpan } from '../../../lib/local-date';
import { useCreateLeaveBlackout } from '../api/create-leave-blackout';
import { useCreateLeaveType } from '../api/create-leave-type';
import { useDeleteLeaveBlackout } from '../api/delete-leave-blackout';
import { useLeaveBlackouts } from '../api/get-leave-blackouts';
import { useLeaveSkillLimits } from '../api/get-leave-skill-limits';
import { usePutLeaveSkillLimits } from '../api/put-leave-skill-limits';
import { useUpdateLeaveType } from '../api/update-leave-type';
import { COLOUR, DATE, type Problems, useSetupForm, wholeNumber } from '../hooks/use-setup-form';
import { ConfirmDialog } from './confirm-dialog';
import { EditDialog } from './edit-dialog';
import { FormActions } from './form-actions';
import { FormAlert } from './form-alert';
import type { SectionProps } from './setup-page';

/** Leave policies: blackout dates, per-skill limits on people off, and the leave types. */
export function LeavePoliciesSection({ team, me, canManage }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="muted">
        {team.maxPeopleOff == null
          ? t('setup.leave.teamNoLimit')
          : t('setup.leave.teamLimit', { count: team.maxPeopleOff })}{' '}
        {t('setup.leave.teamLimitWhere')}
      </p>
      <Blackouts teamId={team.id} canManage={canManage} />
      <SkillLimits teamId={team.id} canManage={canManage} />
      <LeaveTypes isAdmin={me.role === 'admin'} />
    </>
  );
}

function Blackouts({ teamId, canManage }: { teamId: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const blackouts = useLeaveBlackouts(teamId);
  const leaveTypes = useLeaveTypes();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<LeaveBlackout | null>(null);
  const remove = useDeleteLeaveBlackout();
  const typeNames = (ids: string[]) =>
    ids.length === 0
      ? t('setup.leave.allTypes')
      : ids.map((id) => leaveTypes.data?.items.find((x) => x.id === id)?.name ?? id).join(', ');

  return (
    <section className="setup-section" aria-labelledby="setup-blackouts-title">
      <div className="setup-section__head">
        <h2 id="setup-blackouts-title" className="panel__title">
          {t('setup.leave.blackouts')}
        </h2>
        {canManage ? (
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            {t('setup.leave.newBlackout')}
          </button>
        ) : null}
      </div>
      {blackouts.isPending ? (
        <LoadingState label={t('setup.loading')} />
      ) : blackouts.isError ? (
        <QueryError
          error={blackouts.error}
          title={t('setup.leave.blackoutsFailed')}
          onRetry={() => void blackouts.refetch()}
        />
      ) : blackouts.data.items.length === 0 ? (
        <EmptyState title={t('setup.leave.noBlackouts')} />
      ) : (
        <ul className="setup-list">
          {blackouts.data.items.map((blackout) => (
            <li key={blackout.id} className="setup-list__row">
              <span>
                <strong>{blackout.name}</strong>{' '}
                {formatDateSpan(blackout.startDate, blackout.endDate, i18n.language)}{' '}
                <span className="muted">({typeNames(blackout.leaveTypeIds)})</span>
              </span>
              {canManage ? (
                <button
                  type="button"
                  className="button button--ghost"
                  onClick={() => {
                    remove.reset();
                    setRemoving(blackout);
                  }}
                  aria-label={t('setup.deleteLabel', { name: blackout.name })}
                >
                  {t('setup.delete')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <Dialog
          title={t('setup.leave.newBlackout')}
          onClose={() => setAdding(false)}
          closeLabel={t('setup.close')}
        >
          <div className="dialog__section">
            <BlackoutForm
              teamId={teamId}
              leaveTypes={leaveTypes.data?.items ?? []}
              onDone={() => setAdding(false)}
            />
          </div>
        </Dialog>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('setup.leave.deleteBlackoutTitle', { name: removing.name })}
          body={t('setup.leave.deleteBlackoutBody')}
          confirmLabel={t('setup.delete')}
          pending={remove.isPending}
          error={remove.error}
          onClose={() => setRemoving(null)}
          onConfirm={() => remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
        />
      ) : null}
    </section>
  );
}

interface BlackoutValues {
  name: string;
  startDate: string;
  endDate: string;
  leaveTypeIds: string[];
}

function BlackoutForm({
  teamId,
  leaveTypes,
  onDone,
}: {
  teamId: string;
  leaveTypes: readonly LeaveType[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateLeaveBlackout();
  const form = useSetupForm<BlackoutValues>(
    { name: '', startDate: '', endDate: '', leaveTypeIds: [] },
    (v): Problems => ({
      name: v.name.trim() ? undefined : t('setup.validation.required'),
      startDate: DATE.test(v.startDate) ? undefined : t('setup.validation.date'),
      endDate: !DATE.test(v.endDate)
        ? t('setup.validation.date')
        : v.endDate < v.startDate
          ? t('setup.validation.endBeforeStart')
          : undefined,
    }),
  );
  const { values, set, errorsFor } = form;
  return (
    <form
      className="setup-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit(() =>
          create.mutate(
            { teamId, ...values, name: values.name.trim() },
            { onSuccess: onDone, onError: form.takeServerErrors },
          ),
        );
      }}
    >
      <FormAlert error={create.error} />
      <TextField
        label={t('setup.leave.blackoutName')}
        value={values.name}
        onChange={(e) => set('name', e.target.value)}
        errors={errorsFor('name')}
        required
      />
      <div className="setup-form__grid">
        <TextField
          label={t('setup.leave.startDate')}
          type="date"
          value={values.startDate}
          onChange={(e) => set('startDate', e.target.value)}
          errors={errorsFor('startDate')}
          required
        />
        <TextField
          label={t('setup.leave.endDate')}
          type="date"
          value={values.endDate}
          onChange={(e) => set('endDate', e.target.value)}
          hint={t('setup.leave.inclusive')}
          errors={errorsFor('endDate')}
          required
        />
      </div>
      <fieldset className="setup-fieldset">
        <legend>{t('setup.leave.blackoutTypes')}</legend>
        <p className="field__hint">{t('setup.leave.blackoutTypesHint')}</p>
        <div className="setup-checklist">
          {leaveTypes.map((type) => (
            <CheckboxField
              key={type.id}
              label={type.name}
              checked={values.leaveTypeIds.includes(type.id)}
              onChange={(e) =>
                set(
                  'leaveTypeIds',
                  e.target.checked
                    ? [...values.leaveTypeIds, type.id]
                    : values.leaveTypeIds.filter((id) => id !== type.id),
                )
              }
            />
          ))}
        </div>
      </fieldset>
      <FormActions pending={create.isPending} onCancel={onDone} />
    </form>
  );
}

function SkillLimits({ teamId, canManage }: { teamId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const limits = useLeaveSkillLimits(teamId);
  const skills = useSkills();
  return (
    <section className="setup-section" aria-labelledby="setup-skill-limits-title">
      <h2 id="setup-skill-limits-title" className="panel__title">
        {t('setup.leave.skillLimits')}
      </h2>
      <p className="muted">{t('setup.leave.skillLimitsIntro')}</p>
      {limits.isPending || skills.isPending ? (
        <LoadingState label={t('setup.loading')} />
      ) : limits.isError || skills.isError ? (
        <QueryError
          error={limits.error ?? skills.error}
          title={t('setup.leave.skillLimitsFailed')}
          onRetry={() => {
            void limits.refetch();
            void skills.refetch();
          }}
        />
      ) : (
        <SkillLimitsForm
          key={JSON.stringify(limits.data.limits)}
          teamId={teamId}
          limits={limits.data.limits}
          skills={skills.data.items}
          canManage={canManage}
        />
      )}
    </section>
  );
}

function SkillLimitsForm({
  teamId,
  limits,
  skills,
  canManage,
}: {
  teamId: string;
  limits: readonly SkillLimit[];
  skills: readonly Skill[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const put = usePutLeaveSkillLimits();
  const [saved, setSaved] = useState(false);
  const form = useSetupForm<Record<string, string>>(
    () =>
      Object.fromEntries(
        skills.map((skill) => [
          skill.id,
          String(limits.find((limit) => limit.skillId === skill.id)?.maxPeopleOff ?? ''),
        ]),
      ),
    (v): Problems =>
      Object.fromEntries(
        Object.entries(v).map(([id, text]) => [
          id,
          text === '' || wholeNumber(text, 0) !== null
            ? undefined
            : t('setup.validation.wholeFrom', { min: 0 }),
        ]),
      ),
  );
  if (skills.length === 0) return <EmptyState title={t('setup.skills.empty')} />;
  return (
    <form
      className="setup-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        form.submit(() =>
          put.mutate(
            {
              teamId,
              limits: Object.entries(form.values)
                .filter(([, text]) => text !== '')
                .map(([skillId, text]) => ({ skillId, maxPeopleOff: Number(text) })),
            },
            { onSuccess: () => setSaved(true), onError: form.takeServerErrors },
          ),
        );
      }}
    >
      <FormAlert error={put.error} />
      {saved ? <Alert tone="success">{t('setup.leave.skillLimitsSaved')}</Alert> : null}
      <div className="setup-form__grid">
        {skills.map((skill, index) => (
          <TextField
            key={skill.id}
            label={skill.name}
            inputMode="numeric"
            value={form.values[skill.id] ?? ''}
            disabled={!canManage}
            placeholder={t('setup.noLimit')}
            onChange={(e) => form.set(skill.id, e.target.value)}
            errors={form.errorsFor(skill.id, `limits.${index}.maxPeopleOff`)}
          />
        ))}
      </div>
      {canManage ? (
        <FormActions pending={put.isPending} saveLabel={t('setup.leave.saveLimits')} />
      ) : null}
    </form>
  );
}

function LeaveTypes({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const leaveTypes = useLeaveTypes();
  const [editing, setEditing] = useState<LeaveType | 'new' | null>(null);
  return (
    <section className="setup-section" aria-labelledby="setup-leave-types-title">
      <div className="setup-section__head">
        <h2 id="setup-leave-types-title" className="panel__title">
          {t('setup.leave.types')}
        </h2>
        {isAdmin ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing('new')}
          >
            {t('setup.leave.newType')}
          </button>
        ) : null}
      </div>
      {leaveTypes.isPending ? (
        <LoadingState label={t('setup.loading')} />
      ) : leaveTypes.isError ? (
        <QueryError
          error={leaveTypes.error}
          title={t('setup.leave.typesFailed')}
          onRetry={() => void leaveTypes.refetch()}
        />
      ) : leaveTypes.data.items.length === 0 ? (
        <EmptyState title={t('setup.leave.noTypes')} />
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('setup.leave.typeName')}</th>
                <th scope="col">{t('setup.leave.typeCode')}</th>
                <th scope="col">{t('setup.leave.countsAgainstAllowance')}</th>
                <th scope="col">{t('setup.leave.requiresApproval')}</th>
                {isAdmin ? <th scope="col">{t('setup.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {leaveTypes.data.items.map((type) => (
                <tr key={type.id}>
                  <th scope="row">
                    <span
                      className="colour-dot"
                      aria-hidden="true"
                      style={{ backgroundColor: type.colour }}
                    />{' '}
                    {type.name}
                  </th>
                  <td>
                    <code>{type.code}</code>
                  </td>
                  <td>{type.countsAgainstAllowance ? t('setup.yes') : t('setup.no')}</td>
                  <td>{type.requiresApproval ? t('setup.yes') : t('setup.no')}</td>
                  {isAdmin ? (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => setEditing(type)}
                        aria-label={t('setup.editLabel', { name: type.name })}
                      >
                        {t('setup.edit')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <EditDialog
          title={
            editing === 'new'
              ? t('setup.leave.newType')
              : t('setup.leave.editType', { name: editing.name })
          }
          item={editing === 'new' ? null : editing}
          latest={null}
          listKey={leaveTypesKeys.all}
          onClose={() => setEditing(null)}
        >
          {(type) => <LeaveTypeForm type={type} onDone={() => setEditing(null)} />}
        </EditDialog>
      ) : null}
    </section>
  );
}

interface LeaveTypeValues {
  code: string;
  name: string;
  countsAgainstAllowance: boolean;
  requiresApproval: boolean;
  colour: string;
}

function LeaveTypeForm({ type, onDone }: { type: LeaveType | null; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateLeaveType();
  const update = useUpdateLeaveType();
  const mutation = type ? update : create;
  const form = useSetupForm<LeaveTypeValues>(
    {
      code: type?.code ?? '',
      name: type?.name ?? '',
      countsAgainstAllowance: type?.countsAgainstAllowance ?? true,
      requiresApproval: type?.requiresApproval ?? true,
      colour: type?.colour ?? '#16a34a',
    },
    (v): Problems => ({
      code: /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v.code) ? undefined : t('setup.validation.skillCode'),
      name: v.name.trim() ? undefined : t('setup.validation.required'),
      colour: COLOUR.test(v.colour) ? undefined : t('setup.validation.colour'),
    }),
  );
  const { values, set, errorsFor } = form;
  return (
    <form
      className="setup-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit(() => {
          const body = { ...values, name: values.name.trim(), colour: values.colour.toLowerCase() };
          const options = { onSuccess: onDone, onError: form.takeServerErrors };
          if (type) {
            const { code: _code, ...changes } = body;
            update.mutate({ id: type.id, ...changes }, options);
          } else create.mutate(body, options);
        });
      }}
    >
      <FormAlert error={mutation.error} />
      <TextField
        label={t('setup.leave.typeCode')}
        value={values.code}
        disabled={type !== null}
        onChange={(e) => set('code', e.target.value)}
        hint={t('setup.skills.codeHint')}
        errors={errorsFor('code')}
        required
      />
      <TextField
        label={t('setup.leave.typeName')}
        value={values.name}
        onChange={(e) => set('name', e.target.value)}
        errors={errorsFor('name')}
        required
      />
      <TextField
        label={t('setup.shiftTypes.colour')}
        value={values.colour}
        onChange={(e) => set('colour', e.target.value)}
        hint={t('setup.shiftTypes.colourHint')}
        errors={errorsFor('colour')}
      />
      <CheckboxField
        label={t('setup.leave.countsAgainstAllowance')}
        checked={values.countsAgainstAllowance}
        onChange={(e) => set('countsAgainstAllowance', e.target.checked)}
        errors={errorsFor('countsAgainstAllowance')}
      />
      <CheckboxField
        label={t('setup.leave.requiresApproval')}
        checked={values.requiresApproval}
        onChange={(e) => set('requiresApproval', e.target.checked)}
        errors={errorsFor('requiresApproval')}
      />
      <FormActions pending={mutation.isPending} onCancel={onDone} />
    </form>
  );
}
