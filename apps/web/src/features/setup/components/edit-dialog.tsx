import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Dialog } from '../../../components/ui/dialog';

export interface EditDialogProps<T extends object> {
  title: string;
  /** The item being edited as it was opened; null to create one. */
  item: T | null;
  /** The list's current copy of the item: after a version conflict the form restarts from it. */
  latest: T | null;
  /** The list to reload after a version conflict. */
  listKey: QueryKey;
  onClose: () => void;
  wide?: boolean;
  /** The form, for an item (or null) and the handler to call on 409 VERSION_CONFLICT. */
  children: (item: T | null, onConflict: () => void) => ReactNode;
}

/**
 * A dialog around a create or edit form. When someone else saved the item meanwhile (409
 * VERSION_CONFLICT), the list is reloaded, the form starts again from the latest version, and a
 * sentence says so.
 */
export function EditDialog<T extends object>({
  title,
  item,
  latest,
  listKey,
  onClose,
  wide,
  children,
}: EditDialogProps<T>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [conflicted, setConflicted] = useState(false);
  const current = conflicted && latest ? latest : item;
  const onConflict = () => {
    setConflicted(true);
    void queryClient.invalidateQueries({ queryKey: listKey });
  };
  return (
    <Dialog title={title} onClose={onClose} closeLabel={t('setup.close')} wide={wide}>
      <div className="dialog__section">
        {conflicted ? <Alert tone="info">{t('setup.errors.versionConflictReloaded')}</Alert> : null}
        <div key={versionOf(current)}>{children(current, onConflict)}</div>
      </div>
    </Dialog>
  );
}

function versionOf(item: object | null): string {
  if (item === null) return 'new';
  const version = (item as { version?: unknown }).version;
  return typeof version === 'number' ? String(version) : 'current';
}
