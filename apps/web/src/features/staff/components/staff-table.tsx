import { useTranslation } from 'react-i18next';
import { GlobeIcon } from '../../../components/ui/icons';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import type { Employee, Team } from '../../../lib/api-types';
import { formatDate, formatTimeZoneName, timeZoneOffset } from '../../../lib/intl';
import { SkillChips } from './skill-chips';

export interface StaffTableProps {
  employees: readonly Employee[];
  team: Team;
  /** A newer page or filter is loading; the rows shown are the previous ones. */
  busy: boolean;
}

export function StaffTable({ employees, team, busy }: StaffTableProps) {
  const { t } = useTranslation();
  return (
    // The scroll container is focusable so that keyboard users can scroll a wide table too.
    <div
      className="table-scroll"
      role="region"
      aria-label={t('staff.table.caption', { team: team.name })}
      tabIndex={0}
    >
      <table className="table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">
          {t('staff.table.caption', { team: team.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('staff.table.name')}</th>
            <th scope="col">{t('staff.table.role')}</th>
            <th scope="col">{t('staff.table.skills')}</th>
            <th scope="col">{t('staff.table.timeZone')}</th>
            <th scope="col">{t('staff.table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {employees.map((employee) => (
            <EmployeeRow key={employee.id} employee={employee} team={team} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EmployeeRow({ employee, team }: { employee: Employee; team: Team }) {
  const { t, i18n } = useTranslation();
  return (
    <tr className={employee.active ? undefined : 'table__row--inactive'}>
      <th scope="row" className="table__person">
        <span className="person__name">{employee.name}</span>
        <span className="person__email">{employee.email}</span>
      </th>
      <td>{t(`roles.${employee.role}`)}</td>
      <td>
        <SkillChips skills={employee.skills} />
      </td>
      <td>
        <HomeTimeZone
          zone={employee.homeTimeZone}
          teamZone={team.timeZone}
          locale={i18n.language}
        />
      </td>
      <td>
        {employee.active ? (
          <span className="status status--active">
            <span className="status__icon" aria-hidden="true">
              ●
            </span>
            {t('staff.active')}
          </span>
        ) : (
          <span className="status status--inactive">
            <span className="status__icon" aria-hidden="true">
              ○
            </span>
            {employee.deactivatedAt
              ? t('staff.inactiveSince', {
                  date: formatDate(employee.deactivatedAt, i18n.language, team.timeZone),
                })
              : t('staff.inactive')}
          </span>
        )}
      </td>
    </tr>
  );
}

/** Remote agents work from another zone than their team; everyone else needs no mention. */
function HomeTimeZone({
  zone,
  teamZone,
  locale,
}: {
  zone: string;
  teamZone: string;
  locale: string;
}) {
  const { t } = useTranslation();
  if (zone === teamZone) {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <VisuallyHidden>{t('staff.teamTimeZone')}</VisuallyHidden>
      </span>
    );
  }
  const name = formatTimeZoneName(zone);
  // The offset is today's; it moves with daylight saving time, the zone name does not.
  const offset = timeZoneOffset(zone, locale);
  return (
    <span className="remote-zone">
      <GlobeIcon className="remote-zone__icon" />
      {offset
        ? t('staff.remoteTimeZoneOffset', { timeZone: name, offset })
        : t('staff.remoteTimeZone', { timeZone: name })}
    </span>
  );
}
