import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLeaveTypes } from '../../lib/api/get-leave-types';
import type { Rota, Skill } from '../../lib/api-types';
import { compareText } from '../../lib/intl';
import type { LabelledCoverageLine } from './coverage-grid';
import type { LeaveTypeLook } from './rota-grid';
import type { CoverageLine, RotaModel } from './use-rota-model';

/** Coverage rows: any-skill headcount first, then skills in catalogue order (category, name). */
export function labelCoverage(
  lines: readonly CoverageLine[],
  skills: readonly Skill[] | undefined,
  codes: ReadonlyMap<string, string>,
  t: TFunction,
  locale: string,
): LabelledCoverageLine[] {
  const byId = new Map((skills ?? []).map((skill) => [skill.id, skill]));
  const byName = compareText(locale);
  const labelled = lines.map((line) => {
    if (line.skillId === null) return { ...line, label: t('rota.coverage.anySkill') };
    const skill = byId.get(line.skillId);
    const label =
      skill?.name ??
      t('rota.coverage.unknownSkill', {
        code: codes.get(line.skillId) ?? line.skillId.slice(0, 8),
      });
    return { ...line, label };
  });
  const order = ['channel', 'language', 'role', 'other'];
  const rank = (line: LabelledCoverageLine) => {
    if (line.skillId === null) return -1;
    const category = byId.get(line.skillId)?.category;
    return category ? order.indexOf(category) : order.length;
  };
  return labelled.sort((a, b) => rank(a) - rank(b) || byName(a.label, b.label));
}

/** The coverage rows of a rota model, named from the skill catalogue (or the people's codes). */
export function useCoverageLines(
  model: RotaModel,
  skills: readonly Skill[] | undefined,
): LabelledCoverageLine[] {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const codes = useMemo(() => {
    const map = new Map<string, string>();
    for (const employee of model.employees)
      for (const skill of employee.skills) map.set(skill.id, skill.code);
    return map;
  }, [model.employees]);
  return useMemo(
    () => labelCoverage(model.coverage, skills, codes, t, locale),
    [model.coverage, skills, codes, t, locale],
  );
}

/**
 * Leave types by id for the bands on the rota. Only managers get typed leave from the API; for
 * others every band says "Away" and the catalogue is not asked for.
 */
export function useLeaveTypeLooks(rota: Rota | undefined): ReadonlyMap<string, LeaveTypeLook> {
  const typedLeave = rota?.leave.some((leave) => leave.leaveTypeId !== null) ?? false;
  const leaveTypes = useLeaveTypes({ enabled: typedLeave });
  return useMemo(
    () =>
      new Map<string, LeaveTypeLook>(
        (leaveTypes.data?.items ?? []).map((type) => [
          type.id,
          { name: type.name, colour: type.colour },
        ]),
      ),
    [leaveTypes.data],
  );
}
