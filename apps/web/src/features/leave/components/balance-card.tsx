import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryError } from '../../../components/ui/query-error';
import type { LeaveBalance } from '../../../lib/api-types';
import { formatDate } from '../../../lib/intl';
import { useLeaveBalance } from '../api/get-leave-balance';
import { daysText } from './leave-text';

export interface BalanceCardProps {
  employeeId: string;
  year: number;
  /** The person's home zone: ledger instants are shown as their dates there. */
  timeZone: string;
}

/** The year's allowance, carry-over, leave taken and what is left, with the ledger behind it. */
export function BalanceCard({ employeeId, year, timeZone }: BalanceCardProps) {
  const { t } = useTranslation();
  const balance = useLeaveBalance(employeeId, year);

  return (
    <section className="panel balance" aria-labelledby="leave-balance-title">
      <h2 className="panel__title" id="leave-balance-title">
        {t('leave.balance.title', { year })}
      </h2>
      {balance.isPending ? (
        <LoadingState label={t('leave.balance.loading')} />
      ) : balance.isError ? (
        <QueryError
          error={balance.error}
          title={t('leave.balance.loadFailed')}
          onRetry={() => void balance.refetch()}
        />
      ) : (
        <BalanceFigures balance={balance.data} timeZone={timeZone} />
      )}
    </section>
  );
}

function BalanceFigures({ balance, timeZone }: { balance: LeaveBalance; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
  const figures = [
    { key: 'allowance', value: balance.allowance },
    { key: 'carriedOver', value: balance.carriedOver },
    { key: 'taken', value: balance.taken },
    { key: 'left', value: balance.balance },
  ] as const;

  return (
    <>
      <dl className="balance__figures">
        {figures.map((figure) => (
          <div
            key={figure.key}
            className={`balance__figure${figure.key === 'left' ? ' balance__figure--left' : ''}`}
          >
            <dt>{t(`leave.balance.${figure.key}`)}</dt>
            <dd>{daysText(figure.value, t)}</dd>
          </div>
        ))}
      </dl>
      {balance.refunded !== 0 || balance.adjustments !== 0 ? (
        <p className="muted">
          {t('leave.balance.extra', {
            refunded: daysText(balance.refunded, t),
            adjustments: signed.format(balance.adjustments),
          })}
        </p>
      ) : null}
      <details className="disclosure">
        <summary>{t('leave.balance.ledger', { count: balance.entries.length })}</summary>
        {balance.entries.length === 0 ? (
          <p className="muted">{t('leave.balance.noEntries')}</p>
        ) : (
          <div className="table-scroll">
            <table className="table table--compact">
              <caption className="visually-hidden">
                {t('leave.balance.ledgerCaption', { year: balance.year })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('leave.balance.columns.date')}</th>
                  <th scope="col">{t('leave.balance.columns.entry')}</th>
                  <th scope="col" className="table__number">
                    {t('leave.balance.columns.days')}
                  </th>
                  <th scope="col">{t('leave.balance.columns.note')}</th>
                </tr>
              </thead>
              <tbody>
                {balance.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDate(entry.at, locale, timeZone)}</td>
                    <td>{t(`leave.balance.kind.${entry.kind}`)}</td>
                    <td className="table__number">{signed.format(entry.days)}</td>
                    <td>{entry.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </>
  );
}
