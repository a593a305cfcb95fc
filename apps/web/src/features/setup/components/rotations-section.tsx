import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryError } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useEmployees } from '../../../lib/api/get-employees';
import { useShiftTypes } from '../../../lib/api/get-shift-types';
import type { Employee, Rotation, RotationMember, ShiftType } from '../../../lib/api-types';
import { formatLocalDate, todayInZone } from '../../../lib/local-date';
import { useAddRotationMember } from '../api/add-rotation-member';
import { useCreateRotation } from '../api/create-rotation';
import { useDeleteRotation } from '../api/delete-rotation';
import { useEndRotationMembership } from '../api/end-rotation-membership';
import { rotationsKeys, useRotations } from '../api/get-rotations';
import { useRemoveRotationMember } from '../api/remove-rotation-member';
import { useUpdateRotation } from '../api/update-rotation';
import { DATE, type Problems, useSetupForm, wholeNumber } from '../hooks/use-setup-form';
import { ConfirmDialog } from './confirm-dialog';
import { EditDialog } from './edit-dialog';
import { FormActions } from './form-actions';
import { FormAlert } from './form-alert';
import { PatternEditor } from './pattern-editor';
import { isVersionConflict } from './setup-errors';
import type { SectionProps } from './setup-page';
import { ShiftSwatch } from './shift-types-section';

type Pending =
  | { kind: 'delete'; rotation: Rotation }
  | { kind: 'remove-member'; rotation: Rotation; member: RotationMember };

/** Rotations: repeating patterns of shifts and days off that people join at an offset. */
export function RotationsSection({ team, canManage }: SectionProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const rotations = useRotations(team.id);
  const shiftTypes = useShiftTypes(team.id);
  const staff = useEmployees({ teamId: team.id, limit: 200, offset: 0 });
  const [editing, setEditing] = useState<Rotation | 'new' | null>(null);
  const [adding, setAdding] = useState<Rotation | null>(null);
  const [ending, setEnding] = useState<{ rotation: Rotation; member: RotationMember } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const remove = useDeleteRotation();
  const removeMember = useRemoveRotationMember();
  const types = shiftTypes.data?.items ?? [];
  const people = staff.data?.items ?? [];
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? t('setup.someone');

  return (
    <section className="setup-section" aria-labelledby="setup-rotations-title">
      <div className="setup-section__head">
        <h2 id="setup-rotations-title" className="panel__title">
          {t('setup.rotations.title')}
        </h2>
        {canManage ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing('new')}
          >
            {t('setup.rotations.new')}
          </button>
        ) : null}
      </div>
      {rotations.isPending ? (
        <LoadingState label={t('setup.loading')} />
      ) : rotations.isError ? (
        <QueryError
          error={rotations.error}
          title={t('setup.rotations.loadFailed')}
          onRetry={() => void rotations.refetch()}
        />
      ) : rotations.data.items.length === 0 ? (
        <EmptyState title={t('setup.rotations.empty')} />
      ) : (
        <ul className="setup-cards">
          {rotations.data.items.map((rotation) => (
            <li key={rotation.id} className="panel">
              <div className="panel__head">
                <h3 className="panel__title">{rotation.name}</h3>
                {canManage ? (
                  <div className="setup-actions">
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setEditing(rotation)}
                      aria-label={t('setup.editLabel', { name: rotation.name })}
                    >
                      {t('setup.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--ghost"
                      onClick={() => {
                        remove.reset();
                        setPending({ kind: 'delete', rotation });
                      }}
                      aria-label={t('setup.deleteLabel', { name: rotation.name })}
                    >
                      {t('setup.delete')}
                    </button>
                  </div>
                ) : null}
              </div>
              <p className="muted">
                {t('setup.rotations.facts', {
                  count: rotation.cycleDays,
                  date: formatLocalDate(rotation.anchorDate, locale),
                })}
              </p>
              <PatternStrip pattern={rotation.pattern} shiftTypes={types} />
              <h4 className="setup-subtitle">{t('setup.rotations.members')}</h4>
              {rotation.members.length === 0 ? (
                <p className="muted">{t('setup.rotations.noMembers')}</p>
              ) : (
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('setup.rotations.person')}</th>
                      <th scope="col">{t('setup.rotations.offset')}</th>
                      <th scope="col">{t('setup.rotations.from')}</th>
                      <th scope="col">{t('setup.rotations.until')}</th>
                      <th scope="col">{t('setup.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rotation.members.map((member) => (
                      <tr key={member.id}>
                        <th scope="row">{nameOf(member.employeeId)}</th>
                        <td>{member.offsetDays}</td>
                        <td>{formatLocalDate(member.from, locale)}</td>
                        <td>
                          {member.to
                            ? formatLocalDate(member.to, locale)
                            : t('setup.rotations.openEnded')}
                        </td>
                        <td className="setup-actions">
                          {canManage ? (
                            <>
                              <button
                                type="button"
                                className="button button--secondary"
                                onClick={() => setEnding({ rotation, member })}
                                aria-label={t('setup.rotations.endLabel', {
                                  name: nameOf(member.employeeId),
                                })}
                              >
                                {t('setup.rotations.end')}
                              </button>
                              <button
                                type="button"
                                className="button button--ghost"
                                onClick={() => {
                                  removeMember.reset();
                                  setPending({ kind: 'remove-member', rotation, member });
                                }}
                                aria-label={t('setup.rotations.removeLabel', {
                                  name: nameOf(member.employeeId),
                                })}
                              >
                                {t('setup.rotations.remove')}
                              </button>
                            </>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {canManage ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setAdding(rotation)}
                >
                  {t('setup.rotations.addMember')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <EditDialog
          title={
            editing === 'new'
              ? t('setup.rotations.new')
              : t('setup.rotations.editTitle', { name: editing.name })
          }
          item={editing === 'new' ? null : editing}
          latest={
            editing === 'new'
              ? null
              : (rotations.data?.items.find((x) => x.id === editing.id) ?? null)
          }
          listKey={rotationsKeys.all}
          onClose={() => setEditing(null)}
          wide
        >
          {(rotation, onConflict) => (
            <RotationForm
              teamId={team.id}
              today={todayInZone(team.timeZone)}
              rotation={rotation}
              shiftTypes={types}
              onDone={() => setEditing(null)}
              onConflict={onConflict}
            />
          )}
        </EditDialog>
      ) : null}
      {adding ? (
        <Dialog
          title={t('setup.rotations.addMemberTitle', { name: adding.name })}
          onClose={() => setAdding(null)}
          closeLabel={t('setup.close')}
        >
          <div className="dialog__section">
            <MemberForm
              rotation={adding}
              people={people.filter(
                (p) => !adding.members.some((m) => m.employeeId === p.id && m.to === null),
              )}
              today={todayInZone(team.timeZone)}
              onDone={() => setAdding(null)}
            />
          </div>
        </Dialog>
      ) : null}
      {ending ? (
        <Dialog
          title={t('setup.rotations.endTitle', { name: nameOf(ending.member.employeeId) })}
          onClose={() => setEnding(null)}
          closeLabel={t('setup.close')}
        >
          <div className="dialog__section">
            <EndMembershipForm
              rotation={ending.rotation}
              member={ending.member}
              today={todayInZone(team.timeZone)}
              onDone={() => setEnding(null)}
            />
          </div>
        </Dialog>
      ) : null}
      {pending?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('setup.rotations.deleteTitle', { name: pending.rotation.name })}
          body={t('setup.rotations.deleteBody')}
          confirmLabel={t('setup.delete')}
          pending={remove.isPending}
          error={remove.error}
          onClose={() => setPending(null)}
          onConfirm={() =>
            remove.mutate(pending.rotation.id, { onSuccess: () => setPending(null) })
          }
        />
      ) : pending?.kind === 'remove-member' ? (
        <ConfirmDialog
          title={t('setup.rotations.removeTitle', { name: nameOf(pending.member.employeeId) })}
          body={t('setup.rotations.removeBody')}
          confirmLabel={t('setup.rotations.remove')}
          pending={removeMember.isPending}
          error={removeMember.error}
          onClose={() => setPending(null)}
          onConfirm={() =>
            removeMember.mutate(
              { rotationId: pending.rotation.id, memberId: pending.member.id },
              { onSuccess: () => setPending(null) },
            )
          }
        />
      ) : null}
    </section>
  );
}

/** The pattern at a glance: one coloured, coded cell per day of the cycle. */
function PatternStrip({
  pattern,
  shiftTypes,
}: {
  pattern: readonly (string | null)[];
  shiftTypes: readonly ShiftType[];
}) {
  const { t } = useTranslation();
  return (
    <ol className="pattern-strip" aria-label={t('setup.rotations.pattern')}>
      {pattern.map((id, index) => {
        const type = shiftTypes.find((candidate) => candidate.id === id);
        return (
          <li key={index}>
            {type ? (
              <ShiftSwatch shiftType={type} />
            ) : (
              <span className="shift-swatch shift-swatch--off">
                {id === null ? t('setup.rotations.offShort') : '?'}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

interface RotationValues {
  name: string;
  anchorDate: string;
  pattern: (string | null)[];
}

function RotationForm({
  teamId,
  today,
  rotation,
  shiftTypes,
  onDone,
  onConflict,
}: {
  teamId: string;
  today: string;
  rotation: Rotation | null;
  shiftTypes: readonly ShiftType[];
  onDone: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateRotation();
  const update = useUpdateRotation();
  const mutation = rotation ? update : create;
  const form = useSetupForm<RotationValues>(
    {
      name: rotation?.name ?? '',
      anchorDate: rotation?.anchorDate ?? today,
      pattern: rotation?.pattern ?? Array.from({ length: 7 }, () => null),
    },
    (v): Problems => ({
      name: v.name.trim() ? undefined : t('setup.validation.required'),
      anchorDate: DATE.test(v.anchorDate) ? undefined : t('setup.validation.date'),
      pattern: v.pattern.some((id) => id !== null) ? undefined : t('setup.validation.patternEmpty'),
    }),
  );
  const { values, set, errorsFor } = form;
  const patternErrors = [
    ...errorsFor('pattern'),
    ...values.pattern.flatMap((_, index) => errorsFor(`pattern.${index}`)),
  ];

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
          const body = {
            name: values.name.trim(),
            anchorDate: values.anchorDate,
            pattern: values.pattern,
          };
          if (rotation)
            update.mutate({ id: rotation.id, version: rotation.version, ...body }, options);
          else create.mutate({ teamId, ...body }, options);
        });
      }}
    >
      <FormAlert error={mutation.error} />
      <div className="setup-form__grid">
        <TextField
          label={t('setup.rotations.name')}
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          errors={errorsFor('name')}
          required
        />
        <TextField
          label={t('setup.rotations.anchorDate')}
          type="date"
          value={values.anchorDate}
          onChange={(e) => set('anchorDate', e.target.value)}
          hint={t('setup.rotations.anchorHint')}
          errors={errorsFor('anchorDate')}
          required
        />
      </div>
      {shiftTypes.length === 0 ? (
        <p className="muted">{t('setup.rotations.noShiftTypes')}</p>
      ) : null}
      <PatternEditor
        pattern={values.pattern}
        onChange={(pattern) => set('pattern', pattern)}
        shiftTypes={shiftTypes}
        anchorDate={values.anchorDate}
        errors={patternErrors}
      />
      <FormActions pending={mutation.isPending} onCancel={onDone} />
    </form>
  );
}

interface MemberValues {
  employeeId: string;
  offsetDays: string;
  from: string;
  to: string;
}

function MemberForm({
  rotation,
  people,
  today,
  onDone,
}: {
  rotation: Rotation;
  people: readonly Employee[];
  today: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddRotationMember();
  const form = useSetupForm<MemberValues>(
    { employeeId: '', offsetDays: '0', from: today, to: '' },
    (v): Problems => ({
      employeeId: v.employeeId ? undefined : t('setup.validation.choosePerson'),
      offsetDays:
        wholeNumber(v.offsetDays, 0, rotation.cycleDays - 1) === null
          ? t('setup.validation.offset', { max: rotation.cycleDays - 1 })
          : undefined,
      from: DATE.test(v.from) ? undefined : t('setup.validation.date'),
      to:
        v.to === ''
          ? undefined
          : !DATE.test(v.to)
            ? t('setup.validation.date')
            : v.to <= v.from
              ? t('setup.validation.endAfterStart')
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
          add.mutate(
            {
              rotationId: rotation.id,
              employeeId: values.employeeId,
              offsetDays: Number(values.offsetDays),
              from: values.from,
              ...(values.to ? { to: values.to } : {}),
            },
            { onSuccess: onDone, onError: form.takeServerErrors },
          ),
        );
      }}
    >
      <FormAlert error={add.error} />
      <SelectField
        label={t('setup.rotations.person')}
        value={values.employeeId}
        onChange={(e) => set('employeeId', e.target.value)}
        errors={errorsFor('employeeId')}
      >
        <option value="">{t('setup.rotations.choosePerson')}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('setup.rotations.offset')}
        type="number"
        min={0}
        max={rotation.cycleDays - 1}
        value={values.offsetDays}
        onChange={(e) => set('offsetDays', e.target.value)}
        hint={t('setup.rotations.offsetHint')}
        errors={errorsFor('offsetDays')}
      />
      <TextField
        label={t('setup.rotations.from')}
        type="date"
        value={values.from}
        onChange={(e) => set('from', e.target.value)}
        errors={errorsFor('from')}
        required
      />
      <TextField
        label={t('setup.rotations.to')}
        type="date"
        value={values.to}
        onChange={(e) => set('to', e.target.value)}
        hint={t('setup.rotations.toHint')}
        errors={errorsFor('to')}
      />
      <FormActions
        pending={add.isPending}
        onCancel={onDone}
        saveLabel={t('setup.rotations.join')}
      />
    </form>
  );
}

function EndMembershipForm({
  rotation,
  member,
  today,
  onDone,
}: {
  rotation: Rotation;
  member: RotationMember;
  today: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const end = useEndRotationMembership();
  const form = useSetupForm<{ date: string }>(
    { date: today > member.from ? today : member.from },
    (v): Problems => ({
      date: !DATE.test(v.date)
        ? t('setup.validation.date')
        : v.date <= member.from
          ? t('setup.validation.endAfterStart')
          : undefined,
    }),
  );
  return (
    <form
      className="setup-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit(() =>
          end.mutate(
            { rotationId: rotation.id, memberId: member.id, date: form.values.date },
            { onSuccess: onDone, onError: form.takeServerErrors },
          ),
        );
      }}
    >
      <FormAlert error={end.error} />
      <TextField
        label={t('setup.rotations.lastDayAfter')}
        type="date"
        value={form.values.date}
        onChange={(e) => form.set('date', e.target.value)}
        hint={t('setup.rotations.lastDayHint')}
        errors={form.errorsFor('date')}
        required
      />
      <FormActions pending={end.isPending} onCancel={onDone} saveLabel={t('setup.rotations.end')} />
    </form>
  );
}
