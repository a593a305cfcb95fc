import { useTranslation } from 'react-i18next';
import { Chip } from '../../../components/ui/chip';
import { SKILL_CATEGORIES, type Skill, type SkillCategory } from '../../../lib/api-types';
import { compareText } from '../../../lib/intl';

export interface SkillGroup {
  category: SkillCategory;
  skills: Skill[];
}

/** Channels first, then languages, roles and the rest; by name within each category. */
export function groupSkills(skills: readonly Skill[], locale: string): SkillGroup[] {
  const byName = compareText(locale);
  return SKILL_CATEGORIES.map((category) => ({
    category,
    skills: skills.filter((s) => s.category === category).sort((a, b) => byName(a.name, b.name)),
  })).filter((group) => group.skills.length > 0);
}

export function SkillChips({ skills }: { skills: readonly Skill[] }) {
  const { t, i18n } = useTranslation();
  if (skills.length === 0) return <span className="muted">{t('staff.noSkills')}</span>;
  return (
    <div className="skill-groups">
      {groupSkills(skills, i18n.language).map(({ category, skills: inCategory }) => {
        const categoryName = t(`skills.category.${category}`);
        return (
          // Each category is its own labelled list, so the grouping is heard, not only seen.
          <ul
            key={category}
            className="chip-list"
            aria-label={t('skills.groupLabel', { category: categoryName })}
          >
            {inCategory.map((skill) => (
              <li key={skill.id}>
                <Chip tone={category} title={`${categoryName}: ${skill.name}`}>
                  {skill.name}
                </Chip>
              </li>
            ))}
          </ul>
        );
      })}
    </div>
  );
}
