import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chip } from '../../../components/ui/chip';
import { Dialog } from '../../../components/ui/dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { Pagination } from '../../../components/ui/pagination';
import { QueryError } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { employeesKeys, useEmployees } from '../../../lib/api/get-employees';
import { useSkills } from '../../../lib/api/get-skills';
import type { Employee } from '../../../lib/api-types';
import { useDeactivateEmployee } from '../api/deactivate-employee';
import { useUpdateEmployee } from '../api/update-employee';
import { FormAlert } from './form-alert';
import { AvailabilitySummary } from './availability-summary';
import { ConfirmDialog } from './confirm-dialog';
import { EditDialog } from './edit-dialog';
import { EmployeeForm } from './employee-form';
import type { SectionProps } from './setup-page';

const PAGE_SIZE = 25;
type ActiveFilter = 'true' | 'false' | 'all';

/** The team's people: search, add, edit (contract, leave terms, skills), deactivate. */
export function EmployeesSection({ team, me, canManage }: SectionProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [active, setActive] = useState<ActiveFilter>('true');
  const [offset, setOffset] = useState(0);
  const search = useDebouncedValue(q, 300);
  const employees = useEmployees({
    teamId: team.id,
    q: search || undefined,
    active: active === 'all' ? 'all' : active === 'true',
    limit: PAGE_SIZE,
    offset,
  });
  const skills = useSkills();
  const [editing, setEditing] = useState<Employee | 'new' | null>(null);
  const [viewing, setViewing] = useState<Employee | null>(null);
  const [removing, setRemoving] = useState<Employee | null>(null);
  const deactivate = useDeactivateEmployee();
  const reactivate = useUpdateEmployee();
  const page = employees.data;

  return (
    <section className="setup-section" aria-labelledby="setup-employees-title">
      <div className="setup-section__head">
        <h2 id="setup-employees-title" className="panel__title">
          {t('setup.employees.title')}
        </h2>
        {canManage ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing('new')}
          >
            {t('setup.employees.new')}
          </button>
        ) : null}
      </div>
      <div className="setup-filters">
        <TextField
          label={t('staff.filters.search')}
          hint={t('staff.filters.searchHint')}
          type="search"
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setOffset(0);
          }}
        />
        <SelectField
          label={t('staff.filters.status')}
          value={active}
          onChange={(e) => {
            setActive(e.target.value as ActiveFilter);
            setOffset(0);
          }}
        >
          <option value="true">{t('staff.filters.active')}</option>
          <option value="false">{t('staff.filters.inactive')}</option>
          <option value="all">{t('setup.employees.all')}</option>
        </SelectField>
      </div>
      <FormAlert error={reactivate.error} title={t('setup.errors.notDone')} />
      {employees.isPending ? (
        <LoadingState label={t('staff.loading')} />
      ) : employees.isError && !page ? (
        <QueryError
          error={employees.error}
          title={t('staff.loadFailed')}
          onRetry={() => void employees.refetch()}
        />
      ) : !page || page.items.length === 0 ? (
        <EmptyState title={t('setup.employees.empty')} />
      ) : (
        <>
          <div className="table-scroll">
            <table className="table" aria-busy={employees.isPlaceholderData || undefined}>
              <thead>
                <tr>
                  <th scope="col">{t('staff.table.name')}</th>
                  <th scope="col">{t('staff.table.role')}</th>
                  <th scope="col">{t('staff.table.skills')}</th>
                  <th scope="col">{t('staff.table.status')}</th>
                  <th scope="col">{t('setup.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((person) => (
                  <tr key={person.id}>
                    <th scope="row">
                      {person.name}
                      <br />
                      <span className="muted">{person.email}</span>
                    </th>
                    <td>{t(`roles.${person.role}`)}</td>
                    <td>
                      <ul className="chip-list">
                        {person.skills.map((skill) => (
                          <li key={skill.id}>
                            <Chip tone={skill.category}>
                              {skill.name}
                              {'backup' in skill && skill.backup
                                ? ` (${t('setup.employees.backupShort')})`
                                : ''}
                            </Chip>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{person.active ? t('staff.active') : t('staff.inactive')}</td>
                    <td className="setup-actions">
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => setViewing(person)}
                        aria-label={t('setup.employees.availabilityLabel', { name: person.name })}
                      >
                        {t('setup.employees.availability')}
                      </button>
                      {canManage ? (
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => setEditing(person)}
                          aria-label={t('setup.editLabel', { name: person.name })}
                        >
                          {t('setup.edit')}
                        </button>
                      ) : null}
                      {canManage && person.active && person.id !== me.id ? (
                        <button
                          type="button"
                          className="button button--ghost"
                          onClick={() => {
                            deactivate.reset();
                            setRemoving(person);
                          }}
                          aria-label={t('setup.employees.deactivateLabel', { name: person.name })}
                        >
                          {t('setup.employees.deactivate')}
                        </button>
                      ) : null}
                      {canManage && !person.active ? (
                        <button
                          type="button"
                          className="button button--ghost"
                          disabled={reactivate.isPending}
                          onClick={() =>
                            reactivate.mutate({
                              id: person.id,
                              active: true,
                              version: person.version,
                            })
                          }
                          aria-label={t('setup.employees.reactivateLabel', { name: person.name })}
                        >
                          {t('setup.employees.reactivate')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            total={page.total}
            limit={PAGE_SIZE}
            offset={offset}
            onOffsetChange={setOffset}
            disabled={employees.isPlaceholderData}
          />
        </>
      )}
      {editing ? (
        <EditDialog
          title={
            editing === 'new'
              ? t('setup.employees.new')
              : t('setup.employees.editTitle', { name: editing.name })
          }
          item={editing === 'new' ? null : editing}
          latest={editing === 'new' ? null : (page?.items.find((x) => x.id === editing.id) ?? null)}
          listKey={employeesKeys.all}
          onClose={() => setEditing(null)}
          wide
        >
          {(employee, onConflict) => (
            <EmployeeForm
              team={team}
              me={me}
              employee={employee}
              skills={skills.data?.items}
              onDone={() => setEditing(null)}
              onConflict={onConflict}
            />
          )}
        </EditDialog>
      ) : null}
      {viewing ? (
        <Dialog
          title={t('setup.employees.availabilityTitle', { name: viewing.name })}
          subtitle={t('availability.localTimes', { timeZone: viewing.homeTimeZone })}
          onClose={() => setViewing(null)}
          closeLabel={t('setup.close')}
          wide
        >
          <div className="dialog__section">
            <AvailabilitySummary employee={viewing} teamId={team.id} />
          </div>
        </Dialog>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('setup.employees.deactivateTitle', { name: removing.name })}
          body={t('setup.employees.deactivateBody')}
          confirmLabel={t('setup.employees.deactivate')}
          pending={deactivate.isPending}
          error={deactivate.error}
          onClose={() => setRemoving(null)}
          onConfirm={() => deactivate.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
        />
      ) : null}
    </section>
  );
}
