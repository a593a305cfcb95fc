import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import { useMe } from '../../../lib/api/get-me';

/** Who is signed in and in which role, for the header. */
export function CurrentUser() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return null;
  const role = t(`roles.${me.data.role}`);
  return (
    <p className="current-user">
      <VisuallyHidden>{t('header.signedInAs', { name: me.data.name, role })}</VisuallyHidden>
      <span className="current-user__name" aria-hidden="true">
        {me.data.name}
      </span>
      <span className="current-user__role" aria-hidden="true">
        {role}
      </span>
    </p>
  );
}
