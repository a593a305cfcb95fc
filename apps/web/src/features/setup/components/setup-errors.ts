import type { TFunction } from 'i18next';
import { errorMessage } from '../../../components/ui/query-error';
import { isApiError } from '../../../lib/api-client';

/** A sentence for a failed setup write: conflicts and refusals in words, the rest as usual. */
export function setupErrorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.code === 'VERSION_CONFLICT') return t('setup.errors.versionConflict');
    if (error.code === 'IN_USE') return t('setup.errors.inUse');
    if (error.status === 409) return error.detail || t('setup.errors.conflict');
    if (error.code === 'VALIDATION_FAILED' || (error.status === 400 && error.fieldErrors.length))
      return t('setup.errors.validation');
  }
  return errorMessage(error, t);
}

export function isVersionConflict(error: unknown): boolean {
  return isApiError(error) && error.code === 'VERSION_CONFLICT';
}
