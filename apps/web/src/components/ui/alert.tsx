import type { ReactNode } from 'react';

export interface AlertProps {
  tone: 'error' | 'info' | 'success';
  title?: ReactNode;
  children?: ReactNode;
  /** A button or link that resolves the situation (retry, clear filters). */
  action?: ReactNode;
  id?: string;
}

const ICONS: Record<AlertProps['tone'], string> = { error: '!', info: 'i', success: '✓' };

/**
 * A message box. Errors interrupt screen readers (role=alert); other tones wait politely. The
 * tone is carried by an icon and the wording as well as the colour.
 */
export function Alert({ tone, title, children, action, id }: AlertProps) {
  return (
    <div id={id} className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span className="alert__icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
      <div className="alert__body">
        {title ? <p className="alert__title">{title}</p> : null}
        {children ? <div className="alert__text">{children}</div> : null}
        {action ? <div className="alert__action">{action}</div> : null}
      </div>
    </div>
  );
}
