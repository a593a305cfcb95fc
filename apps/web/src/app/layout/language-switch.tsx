import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/ui/select-field';
import { changeLanguage, isLanguageCode, LANGUAGES } from '../../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguageCode(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return (
    <SelectField
      className="language-switch"
      label={t('header.language')}
      hideLabel
      value={current}
      onChange={(event) => {
        if (isLanguageCode(event.target.value)) void changeLanguage(i18n, event.target.value);
      }}
    >
      {LANGUAGES.map((language) => (
        <option key={language.code} value={language.code} lang={language.code}>
          {language.nativeName}
        </option>
      ))}
    </SelectField>
  );
}
