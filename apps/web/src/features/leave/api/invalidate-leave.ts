import type { QueryClient } from '@tanstack/react-query';
import { rotaKeys } from '../../../lib/api/get-rota';
import { leaveBalanceKeys } from './get-leave-balance';
import { leaveKeys } from '../../../lib/api/get-leave-requests';
import { leavePreviewKeys } from './preview-leave';

/**
 * A leave written or decided changes lists, impacts, balances, previews (people off, coverage)
 * and the rota's leave bands and coverage.
 */
export function invalidateLeave(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: leaveKeys.all }),
    queryClient.invalidateQueries({ queryKey: leaveBalanceKeys.all }),
    queryClient.invalidateQueries({ queryKey: leavePreviewKeys.all }),
    queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
  ]);
}
