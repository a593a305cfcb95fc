import { type InputHTMLAttributes, type Ref, useId } from 'react';
import { FieldReasons } from './field-reasons';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  /** Reasons the value was refused, shown under the field and announced with it. */
  errors?: readonly string[];
  errorLabel?: string;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({
  label,
  hint,
  errors = [],
  errorLabel,
  className,
  ref,
  ...input
}: TextFieldProps) {
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
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        {...input}
        ref={ref}
        id={id}
        className="input"
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={describedBy}
      />
      <FieldReasons id={errorId} reasons={errors} label={errorLabel} />
    </div>
  );
}
