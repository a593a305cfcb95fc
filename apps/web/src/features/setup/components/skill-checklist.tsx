import { useTranslation } from 'react-i18next';
import type { Skill } from '../../../lib/api-types';
import { ChoiceChecklist } from './choice-checklist';

/** A group of checkboxes, one per skill, that reads and writes skill ids. */
export function SkillChecklist({
  legend,
  skills,
  value,
  onChange,
  errors = [],
}: {
  legend: string;
  skills: readonly Skill[] | undefined;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  errors?: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <ChoiceChecklist
      legend={legend}
      choices={(skills ?? []).map((skill) => ({ id: skill.id, label: skill.name }))}
      value={value}
      onChange={onChange}
      errors={errors}
      empty={t('setup.skills.none')}
    />
  );
}
