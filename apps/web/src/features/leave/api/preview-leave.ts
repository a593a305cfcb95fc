import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { LeaveDraft, LeaveImpact } from '../../../lib/api-types';

/**
 * What a leave would cost and which duties it would leave uncovered, before anything is stored.
 * A POST that changes nothing, so it is read like a query: keyed by the draft, cancelled when the
 * draft changes, and cached while the person goes back and forth between dates.
 */
export function previewLeave(draft: LeaveDraft, signal?: AbortSignal): Promise<LeaveImpact> {
  return apiClient.post<LeaveImpact>('/api/leave-requests/preview', draft, { signal });
}

export const leavePreviewKeys = {
  all: ['leave-preview'] as const,
  draft: (draft: LeaveDraft) => [...leavePreviewKeys.all, draft] as const,
};

export function leavePreviewQueryOptions(draft: LeaveDraft) {
  return queryOptions({
    queryKey: leavePreviewKeys.draft(draft),
    queryFn: ({ signal }) => previewLeave(draft, signal),
    // The previous answer stays on screen (marked as updating) while the next one is computed.
    placeholderData: keepPreviousData,
  });
}

/** `draft` is null while the form is incomplete or invalid: nothing is asked then. */
export function useLeavePreview(draft: LeaveDraft | null) {
  return useQuery({
    ...leavePreviewQueryOptions(draft ?? { leaveTypeId: '', startDate: '', endDate: '' }),
    enabled: draft !== null,
  });
}
