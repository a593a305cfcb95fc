import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryError } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { useSkills } from '../../../lib/api/get-skills';
import {
  type CoverageRule,
  HOLIDAY_MODES,
  type HolidayMode,
  type Skill,
} from '../../../lib/api-types';
import { formatDateSpan } from '../../../lib/local-date';
import { useCreateCoverageRule } from '../api/create-coverage-rule';
import { useDeleteCoverageRule } from '../api/delete-coverage-rule';
import { coverageRulesKeys, useCoverageRules } from '../api/get-coverage-rules';
import { useUpdateCoverageRule } from '../api/update-coverage-rule';
import { DATE, HH_MM, type Problems, useSetupForm, wholeNumber } from '../hooks/use-setup-form';
import { ConfirmDialog } from './confirm-dialog';
import { EditDialog } from './edit-dialog';
import { FormActions } from './form-actions';
import { FormAlert } from './form-alert';
import { describeRecurrence, RecurrenceField } from './recurrence-field';
import { isVersionConflict } from './setup-errors';
import type { SectionProps } from './setup-page';

const PRIORITIES = [1, 2, 3, 4, 5] as const;

/** How many people (with which skill) the team needs when: the demand the rota is checked against. */
export function CoverageRulesSection({ team, canManage }: SectionProps) {
  const { t, i18n } = useTranslation();
  const rules = useCoverageRules(team.id);
  const skills = useSkills();
  const [editing, setEditing] = useState<CoverageRule | 'new' | null>(null);
  const [removing, setRemoving] = useState<CoverageRule | null>(null);
  const remove = useDeleteCoverageRule();
  const skillName = (id: string | null) =>
    id === null
      ? t('setup.coverage.anySkill')
      : (skills.data?.items.find((s) => s.id === id)?.name ?? id);

  return (
    <section className="setup-section" aria-labelledby="setup-coverage-title">
      <div className="setup-section__head">
        <h2 id="setup-coverage-title" className="panel__title">
          {t('setup.coverage.title')}
        </h2>
        {canManage ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing('new')}
          >
            {t('setup.coverage.new')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('setup.coverage.intro', { team: team.name })}</p>
      {rules.isPending ? (
        <LoadingState label={t('setup.loading')} />
      ) : rules.isError ? (
        <QueryError
          error={rules.error}
          title={t('setup.coverage.loadFailed')}
          onRetry={() => void rules.refetch()}
        />
      ) : rules.data.items.length === 0 ? (
        <EmptyState title={t('setup.coverage.empty')} />
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('setup.coverage.name')}</th>
                <th scope="col">{t('setup.coverage.skill')}</th>
                <th scope="col">{t('setup.coverage.when')}</th>
                <th scope="col">{t('setup.coverage.headcount')}</th>
                <th scope="col">{t('setup.coverage.priority')}</th>
                <th scope="col">{t('setup.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rules.data.items.map((rule) => (
                <tr key={rule.id}>
                  <th scope="row">
                    {rule.name}
                    {rule.overrides ? (
                      <span className="setup-tag">{t('setup.coverage.seasonal')}</span>
                    ) : null}
                  </th>
                  <td>{skillName(rule.skillId)}</td>
                  <td>
                    {describeRecurrence(rule.recurrence, i18n.language, t('setup.everyDay'))}
                    {', '}
                    {rule.startTime === rule.endTime
                      ? t('setup.coverage.allDay')
                      : t('setup.shiftTypes.timeRange', {
                          start: rule.startTime,
                          end: rule.endTime,
                        })}
                    <br />
                    <span className="muted">
                      {t(`setup.coverage.holidayModes.${rule.holidays}`)}
                      {rule.validFrom || rule.validTo
                        ? ` · ${
                            rule.validFrom && rule.validTo
                              ? formatDateSpan(rule.validFrom, rule.validTo, i18n.language)
                              : rule.validFrom
                                ? t('setup.coverage.fromDate', { date: rule.validFrom })
                                : t('setup.coverage.untilDate', { date: rule.validTo ?? '' })
                          }`
                        : ''}
                    </span>
                  </td>
                  <td>
                    {t('setup.coverage.minIdeal', {
                      min: rule.minHeadcount,
                      ideal: rule.idealHeadcount ?? rule.minHeadcount,
                    })}
                  </td>
                  <td>{rule.priority}</td>
                  <td className="setup-actions">
                    {canManage ? (
                      <>
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => setEditing(rule)}
                          aria-label={t('setup.editLabel', { name: rule.name })}
                        >
                          {t('setup.edit')}
                        </button>
                        <button
                          type="button"
                          className="button button--ghost"
                          onClick={() => {
                            remove.reset();
                            setRemoving(rule);
                          }}
                          aria-label={t('setup.deleteLabel', { name: rule.name })}
                        >
                          {t('setup.delete')}
                        </button>
                      </>
                    ) : null}
                  </td>
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
              ? t('setup.coverage.new')
              : t('setup.coverage.editTitle', { name: editing.name })
          }
          item={editing === 'new' ? null : editing}
          latest={
            editing === 'new' ? null : (rules.data?.items.find((x) => x.id === editing.id) ?? null)
          }
          listKey={coverageRulesKeys.all}
          onClose={() => setEditing(null)}
          wide
        >
          {(rule, onConflict) => (
            <CoverageRuleForm
              teamId={team.id}
              rule={rule}
              skills={skills.data?.items}
              onDone={() => setEditing(null)}
              onConflict={onConflict}
            />
          )}
        </EditDialog>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('setup.coverage.deleteTitle', { name: removing.name })}
          body={t('setup.coverage.deleteBody')}
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

interface RuleValues {
  name: string;
  skillId: string;
  startTime: string;
  endTime: string;
  recurrence: string;
  minHeadcount: string;
  idealHeadcount: string;
  priority: string;
  validFrom: string;
  validTo: string;
  holidays: HolidayMode;
  overrides: boolean;
}

function CoverageRuleForm({
  teamId,
  rule,
  skills,
  onDone,
  onConflict,
}: {
  teamId: string;
  rule: CoverageRule | null;
  skills: readonly Skill[] | undefined;
  onDone: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateCoverageRule();
  const update = useUpdateCoverageRule();
  const mutation = rule ? update : create;
  const form = useSetupForm<RuleValues>(
    {
      name: rule?.name ?? '',
      skillId: rule?.skillId ?? '',
      startTime: rule?.startTime ?? '08:00',
      endTime: rule?.endTime ?? '16:00',
      recurrence: rule?.recurrence ?? 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      minHeadcount: String(rule?.minHeadcount ?? 1),
      idealHeadcount: rule?.idealHeadcount == null ? '' : String(rule.idealHeadcount),
      priority: String(rule?.priority ?? 3),
      validFrom: rule?.validFrom ?? '',
      validTo: rule?.validTo ?? '',
      holidays: rule?.holidays ?? 'applies',
      overrides: rule?.overrides ?? false,
    },
    (v): Problems => {
      const min = wholeNumber(v.minHeadcount, 0, 1000);
      const ideal = v.idealHeadcount === '' ? null : wholeNumber(v.idealHeadcount, 0, 1000);
      return {
        name: v.name.trim() ? undefined : t('setup.validation.required'),
        startTime: HH_MM.test(v.startTime) ? undefined : t('setup.validation.time'),
        endTime: HH_MM.test(v.endTime) ? undefined : t('setup.validation.time'),
        recurrence: /^(RRULE:)?FREQ=[A-Z]+/i.test(v.recurrence.trim())
          ? undefined
          : t('setup.validation.recurrence'),
        minHeadcount: min === null ? t('setup.validation.wholeFrom', { min: 0 }) : undefined,
        idealHeadcount:
          v.idealHeadcount === ''
            ? undefined
            : ideal === null
              ? t('setup.validation.wholeFrom', { min: 0 })
              : min !== null && ideal < min
                ? t('setup.validation.idealBelowMin')
                : undefined,
        validFrom:
          v.validFrom === '' || DATE.test(v.validFrom) ? undefined : t('setup.validation.date'),
        validTo:
          v.validTo === ''
            ? undefined
            : !DATE.test(v.validTo)
              ? t('setup.validation.date')
              : v.validFrom && v.validTo < v.validFrom
                ? t('setup.validation.endBeforeStart')
                : undefined,
      };
    },
  );
  const { values, set, errorsFor } = form;

  return (
    <form
      className="setup-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit(() => {
          const body = {
            teamId,
            name: values.name.trim(),
            skillId: values.skillId || null,
            startTime: values.startTime,
            endTime: values.endTime,
            recurrence: values.recurrence.trim(),
            minHeadcount: Number(values.minHeadcount),
            idealHeadcount: values.idealHeadcount === '' ? null : Number(values.idealHeadcount),
            priority: Number(values.priority),
            validFrom: values.validFrom || null,
            validTo: values.validTo || null,
            holidays: values.holidays,
            overrides: values.overrides,
          };
          const options = {
            onSuccess: onDone,
            onError: (error: unknown) => {
              form.takeServerErrors(error);
              if (isVersionConflict(error)) onConflict();
            },
          };
          if (rule) {
            const { teamId: _team, ...changes } = body;
            update.mutate({ id: rule.id, version: rule.version, ...changes }, options);
          } else create.mutate(body, options);
        });
      }}
    >
      <FormAlert error={mutation.error} />
      <div className="setup-form__grid">
        <TextField
          label={t('setup.coverage.name')}
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          errors={errorsFor('name')}
          required
        />
        <SelectField
          label={t('setup.coverage.skill')}
          value={values.skillId}
          onChange={(e) => set('skillId', e.target.value)}
          errors={errorsFor('skillId')}
          hint={t('setup.coverage.skillHint')}
        >
          <option value="">{t('setup.coverage.anySkill')}</option>
          {(skills ?? []).map((skill) => (
            <option key={skill.id} value={skill.id}>
              {skill.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('setup.coverage.start')}
          type="time"
          value={values.startTime}
          onChange={(e) => set('startTime', e.target.value)}
          errors={errorsFor('startTime')}
          required
        />
        <TextField
          label={t('setup.coverage.end')}
          type="time"
          value={values.endTime}
          onChange={(e) => set('endTime', e.target.value)}
          hint={
            values.startTime === values.endTime
              ? t('setup.coverage.allDay')
              : t('setup.coverage.endHint')
          }
          errors={errorsFor('endTime')}
          required
        />
      </div>
      <RecurrenceField
        value={values.recurrence}
        onChange={(rule) => set('recurrence', rule)}
        errors={errorsFor('recurrence')}
      />
      <div className="setup-form__grid">
        <TextField
          label={t('setup.coverage.minHeadcount')}
          inputMode="numeric"
          value={values.minHeadcount}
          onChange={(e) => set('minHeadcount', e.target.value)}
          errors={errorsFor('minHeadcount')}
          required
        />
        <TextField
          label={t('setup.coverage.idealHeadcount')}
          inputMode="numeric"
          value={values.idealHeadcount}
          onChange={(e) => set('idealHeadcount', e.target.value)}
          hint={t('setup.coverage.idealHint')}
          errors={errorsFor('idealHeadcount')}
        />
        <SelectField
          label={t('setup.coverage.priority')}
          value={values.priority}
          onChange={(e) => set('priority', e.target.value)}
          hint={t('setup.coverage.priorityHint')}
          errors={errorsFor('priority')}
        >
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('setup.coverage.holidays')}
          value={values.holidays}
          onChange={(e) => set('holidays', e.target.value as HolidayMode)}
          errors={errorsFor('holidays')}
        >
          {HOLIDAY_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`setup.coverage.holidayModes.${mode}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('setup.coverage.validFrom')}
          type="date"
          value={values.validFrom}
          onChange={(e) => set('validFrom', e.target.value)}
          errors={errorsFor('validFrom')}
        />
        <TextField
          label={t('setup.coverage.validTo')}
          type="date"
          value={values.validTo}
          onChange={(e) => set('validTo', e.target.value)}
          hint={t('setup.coverage.validToHint')}
          errors={errorsFor('validTo')}
        />
      </div>
      <CheckboxField
        label={t('setup.coverage.overrides')}
        hint={t('setup.coverage.overridesHint')}
        checked={values.overrides}
        onChange={(e) => set('overrides', e.target.checked)}
        errors={errorsFor('overrides')}
      />
      <FormActions pending={mutation.isPending} onCancel={onDone} />
    </form>
  );
}
