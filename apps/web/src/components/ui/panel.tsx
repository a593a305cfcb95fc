import { type ReactNode, useId } from 'react';

export interface PanelProps {
  title: ReactNode;
  /** Actions at the head's end (a button). */
  aside?: ReactNode;
  children?: ReactNode;
}

/** A section of a page in a box, named by its heading. */
export function Panel({ title, aside, children }: PanelProps) {
  const titleId = useId();
  return (
    <section className="panel" aria-labelledby={titleId}>
      <div className="panel__head">
        <h2 className="panel__title" id={titleId}>
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
