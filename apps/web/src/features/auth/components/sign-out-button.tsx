import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useLogout } from '../api/logout';

export function SignOutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <button
      type="button"
      className="button button--ghost"
      disabled={logout.isPending}
      onClick={() =>
        logout.mutate(undefined, {
          onSettled: () =>
            void navigate('/login', { replace: true, state: { reason: 'signedOut' } }),
        })
      }
    >
      {logout.isPending ? t('header.signingOut') : t('header.signOut')}
    </button>
  );
}
