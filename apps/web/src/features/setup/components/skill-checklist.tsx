import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import type { Skill } from '../../../lib/api-types';

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
    <fieldset className="setup-fieldset">
      <legend>{legend}</legend>
      {skills && skills.length > 0 ? (
        <div className="setup-checklist">
          {skills.map((skill) => (
            <CheckboxField
              key={skill.id}
              label={skill.name}
              checked={value.includes(skill.id)}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? [...value, skill.id]
                    : value.filter((candidate) => candidate !== skill.id),
                )
              }
            />
          ))}
        </div>
      ) : (
        <p className="muted">{t('setup.skills.none')}</p>
      )}
      {errors.length > 0 ? (
        <ul className="field__errors">
          {errors.map((reason) => (
            <li key={reason}>
              <span className="field__error-icon" aria-hidden="true">
                !
              </span>
              {reason}
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
