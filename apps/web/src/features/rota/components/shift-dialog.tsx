import { type FormEvent, useId, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Dialog } from '../../../components/ui/dialog';
import { errorMessage } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import type {
  CancelledShift,
  RotaEmployee,
  RotaShift,
  RotaShiftType,
} from '../../../lib/api-types';
import { compareText, formatTimeZoneName } from '../../../lib/intl';
import { formatLocalDate } from '../../../lib/local-date';
import { useCancelShift } from '../api/cancel-shift';
import { useCreateAssignment } from '../api/create-assignment';
import { useRestoreShift } from '../api/restore-shift';
import { useUpdateAssignment } from '../api/update-assignment';
import { localTime, type RotaModel } from '../../../components/rota/use-rota-model';
import type { CellTarget } from '../../../components/rota/rota-grid';

export interface ShiftDialogProps {
  target: CellTarget;
  model: RotaModel;
  teamTimeZone: string;
  skillCode: (skillId: string) => string;
  onClose: () => void;
  /** A change was saved: close and announce `message`. */
  onDone: (message: string) => void;
}

type Selected =
  { kind: 'shift'; shift: RotaShift } | { kind: 'cancelled'; cancelled: CancelledShift };

/**
 * Edits one cell of the rota (managers of the team and admins only): a shift can be cancelled
 * or given to a colleague, a manual assignment removed, a cancelled rotation shift restored, and
 * an empty day given a shift. Opened on a shift, it shows that shift; opened on a day, it lists
 * the day's shifts and offers to add one.
 */
export function ShiftDialog({
  target,
  model,
  teamTimeZone,
  skillCode,
  onClose,
  onDone,
}: ShiftDialogProps) {
  const { t, i18n } = useTranslation();
  const employee = model.employeeById.get(target.employeeId);
  const dayIndex = model.dayIndex.get(target.date);
  const items = dayIndex === undefined ? undefined : model.cells.get(target.employeeId)?.[dayIndex];
  const shifts = items?.shifts ?? [];
  const cancelled = items?.cancelled ?? [];

  const find = (key: string | null): Selected | null => {
    if (!key) return null;
    const shift = shifts.find((s) => s.key === key);
    if (shift) return { kind: 'shift', shift };
    const gone = cancelled.find((c) => c.key === key);
    return gone ? { kind: 'cancelled', cancelled: gone } : null;
  };
  const only = shifts.length + cancelled.length === 1 ? (shifts[0] ?? cancelled[0]) : undefined;
  const [selectedKey, setSelectedKey] = useState<string | null>(
    target.itemKey ?? only?.key ?? null,
  );
  const [fromList, setFromList] = useState(false);
  const selected = find(selectedKey);

  const dateLabel = formatLocalDate(target.date, i18n.language, { dateStyle: 'full' });
  const name = employee?.name ?? '';
  const zone = formatTimeZoneName(teamTimeZone);

  let title: string;
  let subtitle: string;
  if (selected) {
    const typeId =
      selected.kind === 'shift' ? selected.shift.shiftTypeId : selected.cancelled.shiftTypeId;
    const type = model.shiftTypeById.get(typeId);
    const typeArgs = { type: type?.name ?? typeId, code: type?.code ?? '?', name };
    title =
      selected.kind === 'shift'
        ? t('rota.dialog.shiftTitle', typeArgs)
        : t('rota.dialog.cancelledTitle', typeArgs);
    const times =
      selected.kind === 'shift'
        ? t('rota.shift.times', {
            start: localTime(selected.shift.startLocal),
            end: localTime(selected.shift.endLocal),
          })
        : type
          ? t('rota.shift.times', { start: type.startTime, end: type.endTime })
          : '';
    subtitle = t('rota.dialog.when', { date: dateLabel, times, timeZone: zone });
  } else {
    title = t('rota.dialog.cellTitle', { name, date: dateLabel });
    subtitle = zone;
  }

  return (
    <Dialog title={title} subtitle={subtitle} onClose={onClose} closeLabel={t('rota.dialog.close')}>
      {fromList && selected ? (
        <button
          type="button"
          className="link-button dialog__back"
          onClick={() => {
            setSelectedKey(null);
            setFromList(false);
          }}
        >
          <span aria-hidden="true" className="flip-in-rtl">
            ‹
          </span>{' '}
          {t('rota.dialog.back')}
        </button>
      ) : null}
      {selected?.kind === 'shift' ? (
        <ShiftActions
          key={selected.shift.key}
          shift={selected.shift}
          model={model}
          skillCode={skillCode}
          onDone={onDone}
        />
      ) : selected?.kind === 'cancelled' ? (
        <RestoreAction
          key={selected.cancelled.key}
          cancelled={selected.cancelled}
          onDone={onDone}
        />
      ) : (
        <>
          {shifts.length + cancelled.length > 0 ? (
            <section className="dialog__section">
              <h3 className="dialog__section-title">{t('rota.dialog.items')}</h3>
              <ul className="dialog__items">
                {[...shifts, ...cancelled].map((item) => {
                  const type = model.shiftTypeById.get(item.shiftTypeId);
                  const isCancelled = !('startLocal' in item);
                  return (
                    <li key={item.key}>
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => {
                          setSelectedKey(item.key);
                          setFromList(true);
                        }}
                      >
                        {isCancelled ? (
                          <s>{`${type?.code ?? '?'} ${type?.name ?? ''}`}</s>
                        ) : (
                          `${type?.code ?? '?'} ${type?.name ?? ''}`
                        )}
                        {'startLocal' in item
                          ? ` ${t('rota.shift.times', {
                              start: localTime(item.startLocal),
                              end: localTime(item.endLocal),
                            })}`
                          : ` (${t('rota.shift.cancelled')})`}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}
          {employee ? (
            <AddShiftForm employee={employee} date={target.date} model={model} onDone={onDone} />
          ) : null}
        </>
      )}
    </Dialog>
  );
}

const FIELD_LABELS = {
  employeeId: 'rota.errors.fields.employeeId',
  coverForEmployeeId: 'rota.errors.fields.coverForEmployeeId',
  shiftTypeId: 'rota.errors.fields.shiftTypeId',
  date: 'rota.errors.fields.date',
  replacesKey: 'rota.errors.fields.replacesKey',
  key: 'rota.errors.fields.key',
  reason: 'rota.errors.fields.reason',
} as const;

function isKnownField(field: string): field is keyof typeof FIELD_LABELS {
  return Object.hasOwn(FIELD_LABELS, field);
}

/** Explains a refused write: overlap, the server's field reasons, or the general message. */
function MutationError({ error, title }: { error: unknown; title: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const api = isApiError(error) ? error : null;
  const overlap = api?.code === 'ASSIGNMENT_OVERLAP';
  return (
    <Alert tone="error" title={title}>
      {overlap ? <p>{t('rota.errors.overlap')}</p> : null}
      {api && api.fieldErrors.length > 0 ? (
        <>
          {overlap ? null : <p>{t('rota.errors.validation')}</p>}
          <ul>
            {api.fieldErrors.map((fieldError) => (
              <li key={`${fieldError.field}:${fieldError.reason}`}>
                {isKnownField(fieldError.field)
                  ? t(FIELD_LABELS[fieldError.field])
                  : fieldError.field}
                : {fieldError.reason}
              </li>
            ))}
          </ul>
        </>
      ) : overlap ? null : (
        <p>{errorMessage(error, t)}</p>
      )}
    </Alert>
  );
}

function colleagueLabel(
  colleague: RotaEmployee,
  type: RotaShiftType | undefined,
  model: RotaModel,
  date: string,
  skillCode: (id: string) => string,
  t: TFunction,
): string {
  const held = new Set(colleague.skills.map((s) => s.id));
  const lacking = (type?.requiredSkillIds ?? []).filter((id) => !held.has(id));
  if (lacking.length > 0) {
    return t('rota.dialog.lacksSkill', {
      name: colleague.name,
      skills: lacking.map(skillCode).join(', '),
    });
  }
  const index = model.dayIndex.get(date);
  const busy = index === undefined ? undefined : model.cells.get(colleague.id)?.[index]?.shifts;
  if (busy && busy.length > 0) {
    return t('rota.dialog.alreadyWorks', {
      name: colleague.name,
      codes: busy.map((s) => model.shiftTypeById.get(s.shiftTypeId)?.code ?? '?').join(', '),
    });
  }
  return colleague.name;
}

function useColleagues(model: RotaModel, excludeId: string | null): RotaEmployee[] {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const byName = compareText(i18n.language);
    return model.employees
      .filter((e) => e.active && e.id !== excludeId)
      .sort((a, b) => byName(a.name, b.name));
  }, [model.employees, excludeId, i18n.language]);
}

function ShiftActions({
  shift,
  model,
  skillCode,
  onDone,
}: {
  shift: RotaShift;
  model: RotaModel;
  skillCode: (skillId: string) => string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const type = model.shiftTypeById.get(shift.shiftTypeId);
  const owner = model.employeeById.get(shift.employeeId);
  const coverFor = shift.coverFor ? model.employeeById.get(shift.coverFor) : undefined;
  const isRotation = shift.assignmentId === null;
  const colleagues = useColleagues(model, shift.employeeId);
  const [colleagueId, setColleagueId] = useState('');
  const [markCover, setMarkCover] = useState(true);
  const [reason, setReason] = useState('');
  const markCoverId = useId();

  const cancel = useCancelShift();
  const create = useCreateAssignment();
  const update = useUpdateAssignment();
  const giving = create.isPending || update.isPending;
  const busy = giving || cancel.isPending;

  function give(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!colleagueId || busy) return;
    const colleague = model.employeeById.get(colleagueId);
    const done = () => onDone(t('rota.done.given', { name: colleague?.name ?? '' }));
    cancel.reset();
    if (isRotation) {
      create.mutate(
        {
          employeeId: colleagueId,
          shiftTypeId: shift.shiftTypeId,
          date: shift.date,
          replacesKey: shift.key,
          ...(markCover ? { coverForEmployeeId: shift.employeeId } : {}),
        },
        { onSuccess: done },
      );
    } else if (shift.assignmentId) {
      update.mutate(
        { id: shift.assignmentId, changes: { employeeId: colleagueId } },
        { onSuccess: done },
      );
    }
  }

  function takeOff(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    create.reset();
    update.reset();
    cancel.mutate(
      { key: shift.key, reason: isRotation ? reason.trim() || undefined : undefined },
      { onSuccess: () => onDone(t(isRotation ? 'rota.done.cancelled' : 'rota.done.removed')) },
    );
  }

  return (
    <>
      <ul className="dialog__facts">
        <li>{t(`rota.shift.source.${shift.source}`)}</li>
        {shift.coverFor ? (
          <li>
            <span aria-hidden="true">↪ </span>
            {coverFor
              ? t('rota.shift.coversFor', { name: coverFor.name })
              : t('rota.shift.coversSomeone')}
          </li>
        ) : null}
        {shift.pinned ? <li>{t('rota.shift.pinned')}</li> : null}
        {shift.note ? <li>{t('rota.shift.note', { note: shift.note })}</li> : null}
      </ul>

      <form className="dialog__section" onSubmit={give}>
        <h3 className="dialog__section-title">{t('rota.dialog.giveTitle')}</h3>
        <MutationError error={create.error ?? update.error} title={t('rota.errors.give')} />
        <SelectField
          label={t('rota.dialog.colleague')}
          value={colleagueId}
          onChange={(event) => setColleagueId(event.target.value)}
          required
        >
          <option value="">{t('rota.dialog.chooseColleague')}</option>
          {colleagues.map((colleague) => (
            <option key={colleague.id} value={colleague.id}>
              {colleagueLabel(colleague, type, model, shift.date, skillCode, t)}
            </option>
          ))}
        </SelectField>
        {isRotation && owner ? (
          <label className="checkbox" htmlFor={markCoverId}>
            <input
              id={markCoverId}
              type="checkbox"
              checked={markCover}
              onChange={(event) => setMarkCover(event.target.checked)}
            />
            {t('rota.dialog.markCover', { name: owner.name })}
          </label>
        ) : null}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy || !colleagueId}>
            {giving ? t('rota.dialog.giving') : t('rota.dialog.give')}
          </button>
        </div>
      </form>

      <form className="dialog__section" onSubmit={takeOff}>
        <h3 className="dialog__section-title">
          {isRotation ? t('rota.dialog.cancelTitle') : t('rota.dialog.removeTitle')}
        </h3>
        <MutationError
          error={cancel.error}
          title={isRotation ? t('rota.errors.cancel') : t('rota.errors.remove')}
        />
        {isRotation ? (
          <TextField
            label={t('rota.dialog.reason')}
            hint={t('rota.dialog.reasonHint')}
            value={reason}
            maxLength={2000}
            onChange={(event) => setReason(event.target.value)}
          />
        ) : (
          <p className="muted">{t('rota.dialog.removeBody')}</p>
        )}
        <div className="dialog__actions">
          <button type="submit" className="button button--danger" disabled={busy}>
            {isRotation
              ? cancel.isPending
                ? t('rota.dialog.cancelling')
                : t('rota.dialog.cancelShift')
              : cancel.isPending
                ? t('rota.dialog.removing')
                : t('rota.dialog.removeShift')}
          </button>
        </div>
      </form>
    </>
  );
}

function RestoreAction({
  cancelled,
  onDone,
}: {
  cancelled: CancelledShift;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const restore = useRestoreShift();
  return (
    <section className="dialog__section">
      <ul className="dialog__facts">
        <li>
          {cancelled.reason
            ? t('rota.shift.cancelledBecause', { reason: cancelled.reason })
            : t('rota.shift.cancelled')}
        </li>
      </ul>
      <p className="muted">{t('rota.dialog.restoreBody')}</p>
      <MutationError error={restore.error} title={t('rota.errors.restore')} />
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={restore.isPending}
          onClick={() =>
            restore.mutate(cancelled.key, { onSuccess: () => onDone(t('rota.done.restored')) })
          }
        >
          {restore.isPending ? t('rota.dialog.restoring') : t('rota.dialog.restoreShift')}
        </button>
      </div>
    </section>
  );
}

function AddShiftForm({
  employee,
  date,
  model,
  onDone,
}: {
  employee: RotaEmployee;
  date: string;
  model: RotaModel;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateAssignment();
  const [shiftTypeId, setShiftTypeId] = useState('');
  const [coverForId, setCoverForId] = useState('');
  const colleagues = useColleagues(model, employee.id);
  const byName = compareText(i18n.language);
  const types = [...model.rota.shiftTypes].sort(
    (a, b) => a.startTime.localeCompare(b.startTime) || byName(a.code, b.code),
  );

  if (types.length === 0) {
    return <p className="muted">{t('rota.dialog.noShiftTypes')}</p>;
  }

  return (
    <form
      className="dialog__section"
      onSubmit={(event) => {
        event.preventDefault();
        if (!shiftTypeId || create.isPending) return;
        create.mutate(
          {
            employeeId: employee.id,
            shiftTypeId,
            date,
            ...(coverForId ? { coverForEmployeeId: coverForId } : {}),
          },
          { onSuccess: () => onDone(t('rota.done.added')) },
        );
      }}
    >
      <h3 className="dialog__section-title">{t('rota.dialog.addTitle')}</h3>
      <MutationError error={create.error} title={t('rota.errors.add')} />
      <SelectField
        label={t('rota.dialog.shiftType')}
        value={shiftTypeId}
        onChange={(event) => setShiftTypeId(event.target.value)}
        required
      >
        <option value="">{t('rota.dialog.chooseShiftType')}</option>
        {types.map((type) => (
          <option key={type.id} value={type.id}>
            {`${type.code} · ${type.name} · ${t('rota.shift.times', {
              start: type.startTime,
              end: type.endTime,
            })}`}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('rota.dialog.coverFor')}
        value={coverForId}
        onChange={(event) => setCoverForId(event.target.value)}
      >
        <option value="">{t('rota.dialog.nobody')}</option>
        {colleagues.map((colleague) => (
          <option key={colleague.id} value={colleague.id}>
            {colleague.name}
          </option>
        ))}
      </SelectField>
      <div className="dialog__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={create.isPending || !shiftTypeId}
        >
          {create.isPending ? t('rota.dialog.adding') : t('rota.dialog.add')}
        </button>
      </div>
    </form>
  );
}
