import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryError } from '../../../components/ui/query-error';
import { TextField } from '../../../components/ui/text-field';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { useEmployees } from '../../../lib/api/get-employees';
import { canManageTeam } from '../../../lib/api/get-me';
import { teamsKeys, useTeams } from '../../../lib/api/get-teams';
import type { Me, Team } from '../../../lib/api-types';
import { formatTimeZoneName, supportedTimeZones } from '../../../lib/intl';
import { useCreateTeam } from '../api/create-team';
import { useDeleteTeam } from '../api/delete-team';
import { useUpdateTeam } from '../api/update-team';
import { type Problems, useSetupForm, wholeNumber } from '../hooks/use-setup-form';
import { ConfirmDialog } from './confirm-dialog';
import { EditDialog } from './edit-dialog';
import { FormActions } from './form-actions';
import { FormAlert } from './form-alert';
import { isVersionConflict } from './setup-errors';

interface TeamValues {
  name: string;
  timeZone: string;
  countryCode: string;
  regionCode: string;
  maxPeopleOff: string;
  allowNegativeBalance: boolean;
  managerIds: string[];
}

/** Teams: admins create and remove them; managers edit the teams they manage. */
export function TeamsSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const teams = useTeams();
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const [removing, setRemoving] = useState<Team | null>(null);
  const remove = useDeleteTeam();
  const isAdmin = me.role === 'admin';

  return (
    <section className="setup-section" aria-labelledby="setup-teams-title">
      <div className="setup-section__head">
        <h2 id="setup-teams-title" className="panel__title">
          {t('setup.teams.title')}
        </h2>
        {isAdmin ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing('new')}
          >
            {t('setup.teams.new')}
          </button>
        ) : null}
      </div>
      {teams.isPending ? (
        <LoadingState label={t('setup.loading')} />
      ) : teams.isError ? (
        <QueryError
          error={teams.error}
          title={t('setup.teams.loadFailed')}
          onRetry={() => void teams.refetch()}
        />
      ) : teams.data.items.length === 0 ? (
        <EmptyState title={t('setup.teams.empty')} />
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('setup.teams.name')}</th>
                <th scope="col">{t('setup.teams.timeZone')}</th>
                <th scope="col">{t('setup.teams.holidaysFrom')}</th>
                <th scope="col">{t('setup.teams.maxPeopleOff')}</th>
                <th scope="col">{t('setup.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {teams.data.items.map((team) => (
                <tr key={team.id}>
                  <th scope="row">{team.name}</th>
                  <td>{formatTimeZoneName(team.timeZone)}</td>
                  <td>
                    {team.regionCode ? `${team.countryCode}-${team.regionCode}` : team.countryCode}
                  </td>
                  <td>{team.maxPeopleOff ?? t('setup.noLimit')}</td>
                  <td className="setup-actions">
                    {canManageTeam(me, team.id) ? (
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => setEditing(team)}
                        aria-label={t('setup.editLabel', { name: team.name })}
                      >
                        {t('setup.edit')}
                      </button>
                    ) : null}
                    {isAdmin ? (
                      <button
                        type="button"
                        className="button button--ghost"
                        onClick={() => {
                          remove.reset();
                          setRemoving(team);
                        }}
                        aria-label={t('setup.deleteLabel', { name: team.name })}
                      >
                        {t('setup.delete')}
                      </button>
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
              ? t('setup.teams.new')
              : t('setup.teams.editTitle', { name: editing.name })
          }
          item={editing === 'new' ? null : editing}
          latest={
            editing === 'new' ? null : (teams.data?.items.find((x) => x.id === editing.id) ?? null)
          }
          listKey={teamsKeys.all}
          onClose={() => setEditing(null)}
          wide
        >
          {(team, onConflict) => (
            <TeamForm
              team={team}
              isAdmin={isAdmin}
              onSaved={() => setEditing(null)}
              onCancel={() => setEditing(null)}
              onConflict={onConflict}
            />
          )}
        </EditDialog>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('setup.teams.deleteTitle', { name: removing.name })}
          body={t('setup.teams.deleteBody')}
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

function valuesOf(team: Team | null): TeamValues {
  return {
    name: team?.name ?? '',
    timeZone: team?.timeZone ?? 'Europe/Warsaw',
    countryCode: team?.countryCode ?? '',
    regionCode: team?.regionCode ?? '',
    maxPeopleOff: team?.maxPeopleOff == null ? '' : String(team.maxPeopleOff),
    allowNegativeBalance: team?.allowNegativeBalance ?? false,
    managerIds: team?.managerIds ?? [],
  };
}

function TeamForm({
  team,
  isAdmin,
  onSaved,
  onCancel,
  onConflict,
}: {
  team: Team | null;
  isAdmin: boolean;
  onSaved: () => void;
  onCancel: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateTeam();
  const update = useUpdateTeam();
  const mutation = team ? update : create;
  const zones = supportedTimeZones();
  const staff = useEmployees({ teamId: team?.id, limit: 200, offset: 0 });
  const form = useSetupForm<TeamValues>(
    () => valuesOf(team),
    (v): Problems => ({
      name: v.name.trim() ? undefined : t('setup.validation.required'),
      timeZone: zones.includes(v.timeZone) ? undefined : t('setup.validation.timeZone'),
      countryCode: /^[A-Za-z]{2}$/.test(v.countryCode) ? undefined : t('setup.validation.country'),
      regionCode:
        v.regionCode === '' || /^[A-Za-z0-9]{1,3}$/.test(v.regionCode)
          ? undefined
          : t('setup.validation.region'),
      maxPeopleOff:
        v.maxPeopleOff === '' || wholeNumber(v.maxPeopleOff, 1) !== null
          ? undefined
          : t('setup.validation.wholeFrom', { min: 1 }),
    }),
  );
  const { values, set, errorsFor } = form;

  const save = () =>
    form.submit(() => {
      const body = {
        name: values.name.trim(),
        timeZone: values.timeZone,
        countryCode: values.countryCode.toUpperCase(),
        regionCode: values.regionCode ? values.regionCode.toUpperCase() : null,
        maxPeopleOff: values.maxPeopleOff === '' ? null : Number(values.maxPeopleOff),
        allowNegativeBalance: values.allowNegativeBalance,
        ...(isAdmin && team ? { managerIds: values.managerIds } : {}),
      };
      const options = {
        onSuccess: onSaved,
        onError: (error: unknown) => {
          form.takeServerErrors(error);
          if (isVersionConflict(error)) onConflict();
        },
      };
      if (team) update.mutate({ id: team.id, version: team.version, ...body }, options);
      else create.mutate(body, options);
    });

  return (
    <form
      className="setup-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <FormAlert error={mutation.error} />
      <div className="setup-form__grid">
        <TextField
          label={t('setup.teams.name')}
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          errors={errorsFor('name')}
          required
        />
        <TextField
          label={t('setup.teams.timeZone')}
          list="setup-time-zones"
          value={values.timeZone}
          onChange={(e) => set('timeZone', e.target.value)}
          errors={errorsFor('timeZone')}
          hint={t('setup.teams.timeZoneHint')}
          required
        />
        <datalist id="setup-time-zones">
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <TextField
          label={t('setup.teams.countryCode')}
          value={values.countryCode}
          maxLength={2}
          onChange={(e) => set('countryCode', e.target.value)}
          errors={errorsFor('countryCode')}
          hint={t('setup.teams.countryHint')}
          required
        />
        <TextField
          label={t('setup.teams.regionCode')}
          value={values.regionCode}
          maxLength={3}
          onChange={(e) => set('regionCode', e.target.value)}
          errors={errorsFor('regionCode')}
          hint={t('setup.teams.regionHint')}
        />
        <TextField
          label={t('setup.teams.maxPeopleOff')}
          inputMode="numeric"
          value={values.maxPeopleOff}
          onChange={(e) => set('maxPeopleOff', e.target.value)}
          errors={errorsFor('maxPeopleOff')}
          hint={t('setup.teams.maxPeopleOffHint')}
        />
        <CheckboxField
          label={t('setup.teams.allowNegativeBalance')}
          checked={values.allowNegativeBalance}
          onChange={(e) => set('allowNegativeBalance', e.target.checked)}
          errors={errorsFor('allowNegativeBalance')}
        />
      </div>
      {isAdmin && team ? (
        <fieldset className="setup-fieldset">
          <legend>{t('setup.teams.managers')}</legend>
          {staff.data?.items.length ? (
            <div className="setup-checklist">
              {staff.data.items.map((person) => (
                <CheckboxField
                  key={person.id}
                  label={person.name}
                  checked={values.managerIds.includes(person.id)}
                  onChange={(e) =>
                    set(
                      'managerIds',
                      e.target.checked
                        ? [...values.managerIds, person.id]
                        : values.managerIds.filter((id) => id !== person.id),
                    )
                  }
                />
              ))}
            </div>
          ) : (
            <p className="muted">{t('setup.teams.noStaff')}</p>
          )}
          {errorsFor('managerIds').map((reason) => (
            <p key={reason} className="field__errors">
              {reason}
            </p>
          ))}
        </fieldset>
      ) : null}
      <FormActions pending={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}
