import { type ReactNode, type SelectHTMLAttributes, useId } from 'react';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  children: ReactNode;
  /** Keep the label for screen readers but hide it (compact toolbars). */
  hideLabel?: boolean;
}

export function SelectField({
  label,
  children,
  hideLabel,
  className,
  ...select
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className={['field', className ?? ''].join(' ').trim()}>
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      <select {...select} id={id} className="select">
        {children}
      </select>
    </div>
  );
}
