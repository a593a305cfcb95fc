import { useTranslation } from 'react-i18next';
import type { FairnessCategory, FairnessReport } from '../../../lib/api-types';
import { compareText } from '../../../lib/intl';
import { positionOf } from './fairness-model';

const MARKS = { above: '▲', below: '▼', fair: '' } as const;

/**
 * Totals per person (and per FTE, marked above or below the fair share in words), then the
 * team's fair share and the spread (min, max, standard deviation) of the per-FTE loads.
 */
export function FairnessTable({ report, id }: { report: FairnessReport; id: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const categories = report.categories;
  const byName = compareText(locale);
  const employees = [...report.employees].sort((a, b) => byName(a.name, b.name));

  const load = (category: FairnessCategory, total: number, perFte: number) => {
    const position = positionOf(perFte, report.fairShare[category]);
    return (
      <td key={category} className={`table__number fairness-cell fairness-cell--${position}`}>
        {number.format(total)}{' '}
        <span className="muted">
          ({t('fairness.table.perFteValue', { value: number.format(perFte) })})
        </span>
        {position !== 'fair' ? (
          <>
            {' '}
            <span aria-hidden="true">{MARKS[position]}</span>
            <span className="visually-hidden">{t(`fairness.table.${position}`)}</span>
          </>
        ) : null}
      </td>
    );
  };

  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="table table--compact fairness-table" id={id}>
        <caption id={`${id}-caption`}>{t('fairness.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fairness.table.person')}</th>
            <th scope="col" className="table__number">
              {t('fairness.table.fte')}
            </th>
            {categories.map((category) => (
              <th key={category} scope="col" className="table__number">
                {t(`fairness.category.${category}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {employees.map((employee) => (
            <tr key={employee.employeeId}>
              <th scope="row">{employee.name}</th>
              <td className="table__number">{number.format(employee.fte)}</td>
              {categories.map((category) =>
                load(category, employee.totals[category], employee.perFte[category]),
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('fairness.table.fairShare')}
            </th>
            {categories.map((category) => (
              <td key={category} className="table__number">
                {number.format(report.fairShare[category])}
              </td>
            ))}
          </tr>
          {(['min', 'max', 'stddev'] as const).map((measure) => (
            <tr key={measure}>
              <th scope="row" colSpan={2}>
                {t(`fairness.table.${measure}`)}
              </th>
              {categories.map((category) => (
                <td key={category} className="table__number">
                  {number.format(report.spread[category][measure])}
                </td>
              ))}
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}
