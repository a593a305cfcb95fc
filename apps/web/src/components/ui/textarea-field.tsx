import { type Ref, type TextareaHTMLAttributes, useId } from 'react';
import { FieldReasons } from './field-reasons';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id'
> {
  label: string;
  hint?: string;
  /** Reasons the value was refused, shown under the field and announced with it. */
  errors?: readonly string[];
  errorLabel?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A multi-line text field with the same label, hint and error wiring as `TextField`. */
export function TextAreaField({
  label,
  hint,
  errors = [],
  errorLabel,
  className,
  ref,
  rows = 3,
  ...textarea
}: TextAreaFieldProps) {
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
      <textarea
        {...textarea}
        ref={ref}
        id={id}
        rows={rows}
        className="input textarea"
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={describedBy}
      />
      <FieldReasons id={errorId} reasons={errors} label={errorLabel} />
    </div>
  );
}
