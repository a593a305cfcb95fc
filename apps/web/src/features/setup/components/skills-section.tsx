import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chip } from '../../../components/ui/chip';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryError } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { skillsKeys, useSkills } from '../../../lib/api/get-skills';
import { type Me, SKILL_CATEGORIES, type Skill, type SkillCategory } from '../../../lib/api-types';
import { compareText } from '../../../lib/intl';
import { useCreateSkill } from '../api/create-skill';
import { useDeleteSkill } from '../api/delete-skill';
import { useUpdateSkill } from '../api/update-skill';
import { type Problems, useSetupForm } from '../hooks/use-setup-form';
import { ConfirmDialog } from './confirm-dialog';
import { EditDialog } from './edit-dialog';
import { FormActions } from './form-actions';
import { FormAlert } from './form-alert';

const SKILL_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The organisation's skills (channels, languages, roles): managers add and rename, admins remove. */
export function SkillsSection({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const skills = useSkills();
  const [editing, setEditing] = useState<Skill | 'new' | null>(null);
  const [removing, setRemoving] = useState<Skill | null>(null);
  const remove = useDeleteSkill();
  const compare = compareText(i18n.language);
  const sorted = [...(skills.data?.items ?? [])].sort(
    (a, b) =>
      SKILL_CATEGORIES.indexOf(a.category) - SKILL_CATEGORIES.indexOf(b.category) ||
      compare(a.name, b.name),
  );

  return (
    <section className="setup-section" aria-labelledby="setup-skills-title">
      <div className="setup-section__head">
        <h2 id="setup-skills-title" className="panel__title">
          {t('setup.skills.title')}
        </h2>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('setup.skills.new')}
        </button>
      </div>
      {skills.isPending ? (
        <LoadingState label={t('setup.loading')} />
      ) : skills.isError ? (
        <QueryError
          error={skills.error}
          title={t('setup.skills.loadFailed')}
          onRetry={() => void skills.refetch()}
        />
      ) : sorted.length === 0 ? (
        <EmptyState title={t('setup.skills.empty')} />
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('setup.skills.name')}</th>
                <th scope="col">{t('setup.skills.code')}</th>
                <th scope="col">{t('setup.skills.category')}</th>
                <th scope="col">{t('setup.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((skill) => (
                <tr key={skill.id}>
                  <th scope="row">
                    <Chip tone={skill.category}>{skill.name}</Chip>
                  </th>
                  <td>
                    <code>{skill.code}</code>
                  </td>
                  <td>{t(`skills.category.${skill.category}`)}</td>
                  <td className="setup-actions">
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setEditing(skill)}
                      aria-label={t('setup.editLabel', { name: skill.name })}
                    >
                      {t('setup.edit')}
                    </button>
                    {me.role === 'admin' ? (
                      <button
                        type="button"
                        className="button button--ghost"
                        onClick={() => {
                          remove.reset();
                          setRemoving(skill);
                        }}
                        aria-label={t('setup.deleteLabel', { name: skill.name })}
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
              ? t('setup.skills.new')
              : t('setup.skills.editTitle', { name: editing.name })
          }
          item={editing === 'new' ? null : editing}
          latest={null}
          listKey={skillsKeys.all}
          onClose={() => setEditing(null)}
        >
          {(skill) => <SkillForm skill={skill} onDone={() => setEditing(null)} />}
        </EditDialog>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('setup.skills.deleteTitle', { name: removing.name })}
          body={t('setup.skills.deleteBody')}
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

interface SkillValues {
  code: string;
  name: string;
  category: SkillCategory;
}

function SkillForm({ skill, onDone }: { skill: Skill | null; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateSkill();
  const update = useUpdateSkill();
  const mutation = skill ? update : create;
  const form = useSetupForm<SkillValues>(
    { code: skill?.code ?? '', name: skill?.name ?? '', category: skill?.category ?? 'channel' },
    (v): Problems => ({
      code: SKILL_CODE.test(v.code) ? undefined : t('setup.validation.skillCode'),
      name: v.name.trim() ? undefined : t('setup.validation.required'),
    }),
  );
  const { values, set, errorsFor } = form;
  return (
    <form
      className="setup-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit(() => {
          const options = { onSuccess: onDone, onError: form.takeServerErrors };
          if (skill)
            update.mutate(
              { id: skill.id, name: values.name.trim(), category: values.category },
              options,
            );
          else create.mutate({ ...values, name: values.name.trim() }, options);
        });
      }}
    >
      <FormAlert error={mutation.error} />
      <TextField
        label={t('setup.skills.code')}
        value={values.code}
        disabled={skill !== null}
        onChange={(e) => set('code', e.target.value)}
        hint={t('setup.skills.codeHint')}
        errors={errorsFor('code')}
        required
      />
      <TextField
        label={t('setup.skills.name')}
        value={values.name}
        onChange={(e) => set('name', e.target.value)}
        errors={errorsFor('name')}
        required
      />
      <SelectField
        label={t('setup.skills.category')}
        value={values.category}
        onChange={(e) => set('category', e.target.value as SkillCategory)}
        errors={errorsFor('category')}
      >
        {SKILL_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {t(`skills.category.${category}`)}
          </option>
        ))}
      </SelectField>
      <FormActions pending={mutation.isPending} onCancel={onDone} />
    </form>
  );
}
