import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryError } from '../../../components/ui/query-error';
import { TextField } from '../../../components/ui/text-field';
import { shiftTypesKeys, useShiftTypes } from '../../../lib/api/get-shift-types';
import { useSkills } from '../../../lib/api/get-skills';
import type { ShiftType, Skill } from '../../../lib/api-types';
import { useCreateShiftType } from '../api/create-shift-type';
import { useDeleteShiftType } from '../api/delete-shift-type';
import { useUpdateShiftType } from '../api/update-shift-type';
import { COLOUR, HH_MM, type Problems, useSetupForm } from '../hooks/use-setup-form';
import type { SectionProps } from './setup-page';
import { ConfirmDialog } from './confirm-dialog';
import { EditDialog } from './edit-dialog';
import { FormActions } from './form-actions';
import { FormAlert } from './form-alert';
import { ChoiceChecklist } from './choice-checklist';
import { SkillChecklist } from './skill-checklist';
import { isVersionConflict } from './setup-errors';

/** A swatch with the shift's code, so that the colour is never the only cue. */
export function ShiftSwatch({ shiftType }: { shiftType: Pick<ShiftType, 'code' | 'colour'> }) {
  return (
    <span className="shift-swatch" style={{ '--swatch': shiftType.colour } as CSSProperties}>
      {shiftType.code}
    </span>
  );
}

/** Minutes from start to end on the wall clock; an end at or before the start is the next day. */
export function shiftMinutes(startTime: string, endTime: string): number {
  const toMinutes = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
  const diff = toMinutes(endTime) - toMinutes(startTime);
  return diff > 0 ? diff : diff + 24 * 60;
}

/** The team's shift types: code, name, local times, colour and the skills a shift needs. */
export function ShiftTypesSection({ team, canManage }: SectionProps) {
  const { t } = useTranslation();
  const shiftTypes = useShiftTypes(team.id);
  const skills = useSkills();
  const [editing, setEditing] = useState<ShiftType | 'new' | null>(null);
  const [removing, setRemoving] = useState<ShiftType | null>(null);
  const remove = useDeleteShiftType();
  const skillName = (id: string) => skills.data?.items.find((s) => s.id === id)?.name ?? id;
  const typeName = (id: string) => shiftTypes.data?.items.find((x) => x.id === id)?.name ?? id;

  return (
    <section className="setup-section" aria-labelledby="setup-shift-types-title">
      <div className="setup-section__head">
        <h2 id="setup-shift-types-title" className="panel__title">
          {t('setup.shiftTypes.title')}
        </h2>
        {canManage ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing('new')}
          >
            {t('setup.shiftTypes.new')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('setup.shiftTypes.intro')}</p>
      {shiftTypes.isPending ? (
        <LoadingState label={t('setup.loading')} />
      ) : shiftTypes.isError ? (
        <QueryError
          error={shiftTypes.error}
          title={t('setup.shiftTypes.loadFailed')}
          onRetry={() => void shiftTypes.refetch()}
        />
      ) : shiftTypes.data.items.length === 0 ? (
        <EmptyState title={t('setup.shiftTypes.empty')} />
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('setup.shiftTypes.code')}</th>
                <th scope="col">{t('setup.shiftTypes.name')}</th>
                <th scope="col">{t('setup.shiftTypes.time')}</th>
                <th scope="col">{t('setup.shiftTypes.requiredSkills')}</th>
                <th scope="col">{t('setup.shiftTypes.notFollowedBy')}</th>
                <th scope="col">{t('setup.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {shiftTypes.data.items.map((type) => {
                const minutes = type.durationMinutes ?? shiftMinutes(type.startTime, type.endTime);
                return (
                  <tr key={type.id}>
                    <td>
                      <ShiftSwatch shiftType={type} />
                    </td>
                    <th scope="row">{type.name}</th>
                    <td>
                      {t('setup.shiftTypes.timeRange', {
                        start: type.startTime,
                        end: type.endTime,
                      })}{' '}
                      <span className="muted">
                        ({t('setup.shiftTypes.duration', { hours: minutes / 60 })}
                        {(type.crossesMidnight ?? type.endTime <= type.startTime)
                          ? `, ${t('setup.shiftTypes.nextDay')}`
                          : ''}
                        )
                      </span>
                    </td>
                    <td>
                      {type.requiredSkillIds.length
                        ? type.requiredSkillIds.map(skillName).join(', ')
                        : t('setup.shiftTypes.anySkill')}
                    </td>
                    <td>
                      {(type.cannotBeFollowedBy ?? []).length > 0 ? (
                        type.cannotBeFollowedBy.map(typeName).join(', ')
                      ) : (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className="visually-hidden">
                            {t('setup.shiftTypes.anythingMayFollow')}
                          </span>
                        </>
                      )}
                    </td>
                    <td className="setup-actions">
                      {canManage ? (
                        <>
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => setEditing(type)}
                            aria-label={t('setup.editLabel', { name: type.name })}
                          >
                            {t('setup.edit')}
                          </button>
                          <button
                            type="button"
                            className="button button--ghost"
                            onClick={() => {
                              remove.reset();
                              setRemoving(type);
                            }}
                            aria-label={t('setup.deleteLabel', { name: type.name })}
                          >
                            {t('setup.delete')}
                          </button>
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <EditDialog
          title={
            editing === 'new'
              ? t('setup.shiftTypes.new')
              : t('setup.shiftTypes.editTitle', { name: editing.name })
          }
          item={editing === 'new' ? null : editing}
          latest={
            editing === 'new'
              ? null
              : (shiftTypes.data?.items.find((x) => x.id === editing.id) ?? null)
          }
          listKey={shiftTypesKeys.all}
          onClose={() => setEditing(null)}
          wide
        >
          {(shiftType, onConflict) => (
            <ShiftTypeForm
              teamId={team.id}
              shiftType={shiftType}
              skills={skills.data?.items}
              teamTypes={shiftTypes.data?.items}
              onDone={() => setEditing(null)}
              onConflict={onConflict}
            />
          )}
        </EditDialog>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('setup.shiftTypes.deleteTitle', { name: removing.name })}
          body={t('setup.shiftTypes.deleteBody')}
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

interface ShiftTypeValues {
  code: string;
  name: string;
  startTime: string;
  endTime: string;
  colour: string;
  requiredSkillIds: string[];
  cannotBeFollowedBy: string[];
}

function ShiftTypeForm({
  teamId,
  shiftType,
  skills,
  teamTypes,
  onDone,
  onConflict,
}: {
  teamId: string;
  shiftType: ShiftType | null;
  skills: readonly Skill[] | undefined;
  /** The team's shift types, for the ones that may not follow this one (undefined while loading). */
  teamTypes: readonly ShiftType[] | undefined;
  onDone: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateShiftType();
  const update = useUpdateShiftType();
  const mutation = shiftType ? update : create;
  const form = useSetupForm<ShiftTypeValues>(
    {
      code: shiftType?.code ?? '',
      name: shiftType?.name ?? '',
      startTime: shiftType?.startTime ?? '',
      endTime: shiftType?.endTime ?? '',
      colour: shiftType?.colour ?? '#3b82f6',
      requiredSkillIds: shiftType?.requiredSkillIds ?? [],
      cannotBeFollowedBy: shiftType?.cannotBeFollowedBy ?? [],
    },
    (v): Problems => ({
      code: /^[A-Za-z0-9]{1,4}$/.test(v.code) ? undefined : t('setup.validation.shiftCode'),
      name: v.name.trim() ? undefined : t('setup.validation.required'),
      startTime: HH_MM.test(v.startTime) ? undefined : t('setup.validation.time'),
      endTime: !HH_MM.test(v.endTime)
        ? t('setup.validation.time')
        : v.endTime === v.startTime
          ? t('setup.validation.sameTimes')
          : undefined,
      colour: COLOUR.test(v.colour) ? undefined : t('setup.validation.colour'),
    }),
  );
  const { values, set, errorsFor } = form;
  // The team's shift types, this one among them (a night may not follow a night); a new one has
  // no id yet, so it can name only the others.
  const followers = (teamTypes ?? []).map((type) => ({
    id: type.id,
    label:
      type.id === shiftType?.id
        ? t('setup.shiftTypes.thisOne', { name: type.name, code: type.code })
        : t('setup.shiftTypes.typeLabel', { name: type.name, code: type.code }),
  }));
  const overnight =
    HH_MM.test(values.startTime) && HH_MM.test(values.endTime) && values.endTime < values.startTime;

  return (
    <form
      className="setup-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit(() => {
          const body = {
            teamId,
            code: values.code.trim(),
            name: values.name.trim(),
            startTime: values.startTime,
            endTime: values.endTime,
            colour: values.colour.toLowerCase(),
            requiredSkillIds: values.requiredSkillIds,
            // A type deleted since this one was saved is no longer offered: don't send its id.
            cannotBeFollowedBy: teamTypes
              ? values.cannotBeFollowedBy.filter((id) => teamTypes.some((type) => type.id === id))
              : values.cannotBeFollowedBy,
          };
          const options = {
            onSuccess: onDone,
            onError: (error: unknown) => {
              form.takeServerErrors(error);
              if (isVersionConflict(error)) onConflict();
            },
          };
          if (shiftType) {
            const { teamId: _team, ...changes } = body;
            update.mutate({ id: shiftType.id, version: shiftType.version, ...changes }, options);
          } else create.mutate(body, options);
        });
      }}
    >
      <FormAlert error={mutation.error} />
      <div className="setup-form__grid">
        <TextField
          label={t('setup.shiftTypes.code')}
          value={values.code}
          maxLength={4}
          onChange={(e) => set('code', e.target.value)}
          hint={t('setup.shiftTypes.codeHint')}
          errors={errorsFor('code')}
          required
        />
        <TextField
          label={t('setup.shiftTypes.name')}
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          errors={errorsFor('name')}
          required
        />
        <TextField
          label={t('setup.shiftTypes.start')}
          type="time"
          value={values.startTime}
          onChange={(e) => set('startTime', e.target.value)}
          errors={errorsFor('startTime')}
          required
        />
        <TextField
          label={t('setup.shiftTypes.end')}
          type="time"
          value={values.endTime}
          onChange={(e) => set('endTime', e.target.value)}
          hint={overnight ? t('setup.shiftTypes.overnight') : undefined}
          errors={errorsFor('endTime')}
          required
        />
        <div className="colour-field">
          <TextField
            label={t('setup.shiftTypes.colour')}
            value={values.colour}
            onChange={(e) => set('colour', e.target.value)}
            hint={t('setup.shiftTypes.colourHint')}
            errors={errorsFor('colour')}
            required
          />
          <input
            type="color"
            className="colour-field__picker"
            aria-label={t('setup.shiftTypes.pickColour')}
            value={COLOUR.test(values.colour) ? values.colour.toLowerCase() : '#000000'}
            onChange={(e) => set('colour', e.target.value)}
          />
        </div>
      </div>
      <SkillChecklist
        legend={t('setup.shiftTypes.requiredSkills')}
        skills={skills}
        value={values.requiredSkillIds}
        onChange={(ids) => set('requiredSkillIds', ids)}
        errors={errorsFor('requiredSkillIds')}
      />
      <ChoiceChecklist
        legend={t('setup.shiftTypes.cannotBeFollowedBy')}
        hint={t('setup.shiftTypes.cannotBeFollowedByHint')}
        choices={followers}
        value={values.cannotBeFollowedBy}
        onChange={(ids) => set('cannotBeFollowedBy', ids)}
        errors={form.serverErrorsUnder('cannotBeFollowedBy')}
        empty={t('setup.shiftTypes.noOtherTypes')}
      />
      <FormActions pending={mutation.isPending} onCancel={onDone} />
    </form>
  );
}
