import type { ReactNode } from 'react';

/** Text for assistive technology only: read aloud, not shown. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
