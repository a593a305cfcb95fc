import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Plan } from '../../../lib/api-types';
import type { LiveMode } from '../hooks/use-live-plan';

/** How far the run has got: the latest progress, or the whole limit once stopped by it. */
export function elapsedMsOf(plan: Plan): number {
  const last = plan.progress[plan.progress.length - 1]?.elapsedMs ?? 0;
  if (plan.timeLimitReached) return plan.timeLimitSeconds * 1000;
  if (plan.startedAt && plan.finishedAt) {
    const ran = Date.parse(plan.finishedAt) - Date.parse(plan.startedAt);
    if (Number.isFinite(ran)) return Math.max(last, ran);
  }
  return last;
}

const TICK_MS = 500;

/**
 * The time used, moving on between the server's reports while the run goes on: counted on this
 * browser's clock from when the last report arrived (never against the server's clock, which may
 * differ from this one), and never past the limit.
 */
function useTicking(elapsedMs: number, limitMs: number, running: boolean): number {
  const [anchor, setAnchor] = useState(() => ({ elapsedMs, at: Date.now() }));
  const [now, setNow] = useState(() => Date.now());
  if (anchor.elapsedMs !== elapsedMs) setAnchor({ elapsedMs, at: Date.now() });
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, [running]);
  if (!running) return Math.min(elapsedMs, limitMs);
  return Math.min(limitMs, anchor.elapsedMs + Math.max(0, now - anchor.at));
}

/**
 * A progress bar (time used of the limit) with the best score so far, and a small chart of the
 * objective over time. The text says everything the chart shows at its latest point.
 */
export function PlanProgressPanel({ plan, live }: { plan: Plan; live: LiveMode }) {
  const { t } = useTranslation();
  const captionId = useId();
  const limitMs = plan.timeLimitSeconds * 1000;
  const elapsedMs = useTicking(elapsedMsOf(plan), limitMs, plan.status === 'running');
  const best = plan.progress[plan.progress.length - 1];
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  const data = plan.progress.map((point) => ({
    seconds: seconds(point.elapsedMs),
    objective: point.objective,
  }));

  return (
    <div className="plan-progress">
      <div className="plan-progress__bar">
        <label htmlFor={`progress-${plan.id}`} className="field__label">
          {t('plans.progress.label')}
        </label>
        <progress
          id={`progress-${plan.id}`}
          max={plan.timeLimitSeconds}
          value={seconds(elapsedMs)}
          aria-valuetext={t('plans.progress.elapsed', {
            elapsed: seconds(elapsedMs),
            limit: plan.timeLimitSeconds,
          })}
        />
        <p className="plan-progress__text">
          {t('plans.progress.elapsed', {
            elapsed: seconds(elapsedMs),
            limit: plan.timeLimitSeconds,
          })}
          {live === 'polling' ? (
            <span className="muted"> · {t('plans.progress.polling')}</span>
          ) : live === 'stream' ? (
            <span className="muted"> · {t('plans.progress.live')}</span>
          ) : null}
        </p>
      </div>
      <p className="plan-progress__score" aria-live="polite">
        {best
          ? t('plans.progress.best', { objective: best.objective, hard: best.hardDegree })
          : t('plans.progress.noScore')}
      </p>
      {data.length > 1 ? (
        <figure className="plan-progress__chart" aria-labelledby={captionId}>
          <figcaption className="visually-hidden" id={captionId}>
            {t('plans.progress.chartLabel')}
          </figcaption>
          <LineChart
            responsive
            style={{ width: '100%', height: 160 }}
            data={data}
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
            accessibilityLayer
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="seconds"
              type="number"
              domain={[0, plan.timeLimitSeconds]}
              unit=" s"
              name={t('plans.progress.axisTime')}
            />
            <YAxis dataKey="objective" width={56} name={t('plans.progress.axisObjective')} />
            <Tooltip />
            <Line
              type="stepAfter"
              dataKey="objective"
              name={t('plans.progress.axisObjective')}
              stroke="var(--accent, #2563eb)"
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </figure>
      ) : null}
    </div>
  );
}
