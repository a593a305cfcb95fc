import type { ReactNode } from 'react';

export interface ChipProps {
  children: ReactNode;
  /** Picks the chip's colour and marker shape; the shape keeps tones apart without colour. */
  tone?: 'channel' | 'language' | 'role' | 'other' | 'neutral';
  title?: string;
}

export function Chip({ children, tone = 'neutral', title }: ChipProps) {
  return (
    <span className={`chip chip--${tone}`} title={title}>
      <span className="chip__marker" aria-hidden="true" />
      {children}
    </span>
  );
}
