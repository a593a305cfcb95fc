import { type ReactNode, type Ref, type SelectHTMLAttributes, useId } from 'react';
import { FieldReasons } from './field-reasons';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  children: ReactNode;
  /** Keep the label for screen readers but hide it (compact toolbars). */
  hideLabel?: boolean;
  hint?: string;
  /** Reasons the value was refused, shown under the field and announced with it. */
  errors?: readonly string[];
  errorLabel?: string;
  ref?: Ref<HTMLSelectElement>;
}

export function SelectField({
  label,
  children,
  hideLabel,
  hint,
  errors = [],
  errorLabel,
  className,
  ref,
  ...select
}: SelectFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={['field', errors.length > 0 ? 'field--invalid' : '', className ?? '']
        .join(' ')
        .trim()}
    >
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      <select
        {...select}
        ref={ref}
        id={id}
        className="select"
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={describedBy}
      >
        {children}
      </select>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldReasons id={errorId} reasons={errors} label={errorLabel} />
    </div>
  );
}
