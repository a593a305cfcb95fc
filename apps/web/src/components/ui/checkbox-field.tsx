import { type InputHTMLAttributes, useId } from 'react';
import { FieldReasons } from './field-reasons';

export interface CheckboxFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type'
> {
  label: string;
  hint?: string;
  errors?: readonly string[];
}

/** A checkbox with its label after it, a hint and server errors wired as in `TextField`. */
export function CheckboxField({
  label,
  hint,
  errors = [],
  className,
  ...input
}: CheckboxFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <div className={['field', 'field--checkbox', className ?? ''].join(' ').trim()}>
      <label className="checkbox" htmlFor={id}>
        <input
          {...input}
          id={id}
          type="checkbox"
          aria-invalid={errors.length > 0 ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldReasons id={errorId} reasons={errors} />
    </div>
  );
}
