import { useCallback, useRef } from 'react';
import { newUuid } from '../../../lib/uuid';

/**
 * An `Idempotency-Key` per submission: the same body sent again (a retry after a lost answer)
 * reuses its key, so the server answers with the first result instead of filing twice; a changed
 * body is a new submission with a new key (the server refuses a key reused for another body).
 */
export function useIdempotencyKey() {
  const current = useRef<{ body: string; key: string } | null>(null);
  const keyFor = useCallback((body: unknown): string => {
    const text = JSON.stringify(body);
    if (!current.current || current.current.body !== text)
      current.current = { body: text, key: newUuid() };
    return current.current.key;
  }, []);
  const reset = useCallback(() => {
    current.current = null;
  }, []);
  return { keyFor, reset };
}
