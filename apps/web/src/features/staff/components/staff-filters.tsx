import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';
import type { Skill } from '../../../lib/api-types';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { groupSkills } from './skill-chips';
import type { StaffFilters, StaffStatus } from '../hooks/use-staff-filters';

export const SEARCH_DEBOUNCE_MS = 300;

export interface StaffFiltersBarProps {
  filters: StaffFilters;
  onChange: (change: Partial<StaffFilters>, options?: { replace?: boolean }) => void;
  onClear: () => void;
  hasFilters: boolean;
  /** Undefined while loading or when the catalogue failed; the select is then disabled. */
  skills: readonly Skill[] | undefined;
  skillsFailed: boolean;
}

export function StaffFiltersBar({
  filters,
  onChange,
  onClear,
  hasFilters,
  skills,
  skillsFailed,
}: StaffFiltersBarProps) {
  const { t, i18n } = useTranslation();
  const searchId = useId();
  const statusName = useId();

  // The box answers every keystroke; the server is asked once typing pauses.
  const [search, setSearch] = useState(filters.q);
  const debouncedSearch = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const latest = useRef({ filters, onChange });
  latest.current = { filters, onChange };

  useEffect(() => {
    const q = debouncedSearch.trim();
    if (q !== latest.current.filters.q) latest.current.onChange({ q }, { replace: true });
  }, [debouncedSearch]);

  // The URL can change under us (clear filters, back button): show what is applied.
  useEffect(() => {
    setSearch((current) => (current.trim() === filters.q ? current : filters.q));
  }, [filters.q]);

  const statuses: { value: StaffStatus; label: string }[] = [
    { value: 'active', label: t('staff.filters.active') },
    { value: 'inactive', label: t('staff.filters.inactive') },
  ];

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('staff.filters.label')}
      onSubmit={(event) => {
        // Enter searches at once instead of waiting for the pause.
        event.preventDefault();
        const q = search.trim();
        if (q !== filters.q) onChange({ q }, { replace: true });
      }}
    >
      <div className="field filters__search">
        <label className="field__label" htmlFor={searchId}>
          {t('staff.filters.search')}
        </label>
        <input
          id={searchId}
          className="input"
          type="search"
          value={search}
          placeholder={t('staff.filters.searchHint')}
          autoComplete="off"
          spellCheck={false}
          maxLength={120}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>

      <SelectField
        label={t('staff.filters.skill')}
        value={filters.skill}
        disabled={!skills}
        onChange={(event) => onChange({ skill: event.target.value })}
      >
        <option value="">{t('staff.filters.anySkill')}</option>
        {groupSkills(skills ?? [], i18n.language).map((group) => (
          <optgroup key={group.category} label={t(`skills.category.${group.category}`)}>
            {group.skills.map((skill) => (
              <option key={skill.id} value={skill.code}>
                {skill.name}
              </option>
            ))}
          </optgroup>
        ))}
        {/* A skill from a shared link that is not in the catalogue (yet) still shows as chosen. */}
        {filters.skill && skills && !skills.some((s) => s.code === filters.skill) ? (
          <option value={filters.skill}>{filters.skill}</option>
        ) : null}
      </SelectField>

      <fieldset className="segmented">
        <legend className="field__label">{t('staff.filters.status')}</legend>
        <div className="segmented__options">
          {statuses.map((status) => (
            <label key={status.value} className="segmented__option">
              <input
                type="radio"
                name={statusName}
                value={status.value}
                checked={filters.status === status.value}
                onChange={() => onChange({ status: status.value })}
              />
              <span>{status.label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {hasFilters ? (
        <button
          type="button"
          className="button button--ghost filters__clear"
          onClick={() => {
            setSearch('');
            onClear();
          }}
        >
          {t('staff.filters.clear')}
        </button>
      ) : null}

      {skillsFailed ? (
        <p className="filters__note" role="status">
          {t('staff.filters.skillsFailed')}
        </p>
      ) : null}
    </form>
  );
}
