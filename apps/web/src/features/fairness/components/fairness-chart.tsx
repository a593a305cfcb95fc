import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { FairnessCategory, FairnessReport } from '../../../lib/api-types';
import { cumulativePerFte } from './fairness-model';

const PLOT_HEIGHT = 220;
const LEGEND_LINE_HEIGHT = 22;

/** Distinct hues for up to a few dozen people; the table below names every value in words. */
function colourFor(index: number): string {
  return `hsl(${(index * 137.5) % 360} 65% 42%)`;
}

/**
 * One category's chart: a line per person (cumulative load per FTE, month by month) and the
 * team's fair share as a dashed reference line. The table of totals is its text alternative.
 */
export function FairnessChart({
  report,
  category,
  formatMonth,
  tableId,
}: {
  report: FairnessReport;
  category: FairnessCategory;
  formatMonth: (month: string) => string;
  tableId: string;
}) {
  const { t, i18n } = useTranslation();
  // The document's direction follows the language (i18n/index.ts); so does the time axis.
  const rtl = i18n.dir(i18n.language) === 'rtl';
  const captionId = useId();
  const data = cumulativePerFte(report, category);
  const fairShare = report.fairShare[category];
  const legendLines = Math.ceil(report.employees.length / 4);
  const title = t(`fairness.category.${category}`);
  return (
    <figure className="fairness-chart" aria-labelledby={captionId} aria-describedby={tableId}>
      <figcaption className="fairness-chart__title" id={captionId}>
        {title}
        <span className="muted"> · {t('fairness.chart.caption')}</span>
      </figcaption>
      {data.length === 0 ? (
        <p className="muted">{t('fairness.chart.noData')}</p>
      ) : (
        <LineChart
          responsive
          // The legend wraps to a line per four or so people; the plot keeps its own height.
          style={{ width: '100%', height: PLOT_HEIGHT + legendLines * LEGEND_LINE_HEIGHT }}
          data={data}
          margin={
            rtl
              ? { top: 8, right: 0, bottom: 8, left: 16 }
              : { top: 8, right: 16, bottom: 8, left: 0 }
          }
        >
          <CartesianGrid strokeDasharray="3 3" />
          {/* Right to left: time runs from the right, and the values stand at the start (right). */}
          <XAxis dataKey="month" tickFormatter={formatMonth} reversed={rtl} />
          <YAxis width={40} allowDecimals orientation={rtl ? 'right' : 'left'} />
          <Tooltip
            labelFormatter={(month) => formatMonth(String(month))}
            // Open towards the reading direction's end, away from the axis.
            reverseDirection={{ x: rtl, y: false }}
          />
          <Legend />
          {report.employees.map((employee, index) => (
            <Line
              key={employee.employeeId}
              type="linear"
              dataKey={employee.employeeId}
              name={employee.name}
              stroke={colourFor(index)}
              strokeWidth={1.5}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          <ReferenceLine
            y={fairShare}
            // Keep the fair share in view even when everybody is below (or above) it.
            ifOverflow="extendDomain"
            stroke="currentColor"
            strokeDasharray="6 4"
            label={{
              value: t('fairness.chart.fairShare', { value: fairShare }),
              position: rtl ? 'insideBottomRight' : 'insideBottomLeft',
            }}
          />
        </LineChart>
      )}
    </figure>
  );
}
