import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';
import { compareText } from '../../../lib/intl';
import { useSelectedTeam } from '../../../lib/selected-team';
import { useTeams } from '../api/get-teams';

/** The header's team picker; the choice is shared with every view through `useSelectedTeam`. */
export function TeamSelector() {
  const { t, i18n } = useTranslation();
  const teamsQuery = useTeams();
  const { teams, team, selectTeam } = useSelectedTeam();

  if (teamsQuery.isPending) {
    return (
      <p className="header__note" role="status">
        {t('header.teamsLoading')}
      </p>
    );
  }
  if (teamsQuery.isError) {
    return (
      <p className="header__note header__note--error" role="alert">
        <span aria-hidden="true">! </span>
        {t('header.teamsFailed')}{' '}
        <button type="button" className="link-button" onClick={() => void teamsQuery.refetch()}>
          {t('errors.retry')}
        </button>
      </p>
    );
  }
  if (teams.length === 0) return <p className="header__note">{t('header.noTeams')}</p>;

  const byName = compareText(i18n.language);
  return (
    <SelectField
      className="header__team"
      label={t('header.team')}
      value={team?.id ?? ''}
      onChange={(event) => selectTeam(event.target.value)}
    >
      {[...teams]
        .sort((a, b) => byName(a.name, b.name))
        .map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
    </SelectField>
  );
}
