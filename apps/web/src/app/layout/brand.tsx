import { useTranslation } from 'react-i18next';

export function BrandMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <path d="M8 9h16v3H8zm0 6h10v3H8zm0 6h13v3H8z" fill="#fff" />
    </svg>
  );
}

export function BrandName() {
  const { t } = useTranslation();
  return (
    <span className="brand">
      <BrandMark />
      <span className="brand__name">{t('app.name')}</span>
    </span>
  );
}
