import { useTranslation } from 'react-i18next';
import { SelectField } from './select-field';

export interface PaginationProps {
  total: number;
  limit: number;
  offset: number;
  onOffsetChange: (offset: number) => void;
  pageSizes?: readonly number[];
  onLimitChange?: (limit: number) => void;
  disabled?: boolean;
}

/** Previous/next paging over an offset-limit list, with "21–40 of 132" and an optional page size. */
export function Pagination({
  total,
  limit,
  offset,
  onOffsetChange,
  pageSizes,
  onLimitChange,
  disabled,
}: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.min(pages, Math.floor(offset / limit) + 1);
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(total, offset + limit);

  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="pagination__range">{t('pagination.range', { from, to, total })}</p>
      {pageSizes && onLimitChange ? (
        <SelectField
          className="pagination__size"
          label={t('pagination.pageSize')}
          value={String(limit)}
          disabled={disabled}
          onChange={(event) => onLimitChange(Number(event.target.value))}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="pagination__buttons">
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled || page <= 1}
          onClick={() => onOffsetChange(Math.max(0, offset - limit))}
        >
          <span aria-hidden="true" className="flip-in-rtl">
            ‹
          </span>{' '}
          {t('pagination.previous')}
        </button>
        <span className="pagination__page">{t('pagination.page', { page, pages })}</span>
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled || page >= pages}
          onClick={() => onOffsetChange(offset + limit)}
        >
          {t('pagination.next')}{' '}
          <span aria-hidden="true" className="flip-in-rtl">
            ›
          </span>
        </button>
      </div>
    </nav>
  );
}
