import { useId } from 'react';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FieldReasons } from '../../../components/ui/field-reasons';

export interface Choice {
  id: string;
  label: string;
}

/**
 * A group of checkboxes that reads and writes ids (skills a shift needs, shift types that may not
 * follow one): the legend names the group, the hint and any errors describe it.
 */
export function ChoiceChecklist({
  legend,
  hint,
  choices,
  value,
  onChange,
  errors = [],
  empty,
}: {
  legend: string;
  hint?: string;
  choices: readonly Choice[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  errors?: readonly string[];
  /** Said instead of the boxes when there is nothing to choose. */
  empty: string;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <fieldset
      className="setup-fieldset"
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {choices.length > 0 ? (
        <div className="setup-checklist">
          {choices.map((choice) => (
            <CheckboxField
              key={choice.id}
              label={choice.label}
              checked={value.includes(choice.id)}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? [...value, choice.id]
                    : value.filter((candidate) => candidate !== choice.id),
                )
              }
            />
          ))}
        </div>
      ) : (
        <p className="muted">{empty}</p>
      )}
      <FieldReasons id={errorId} reasons={errors} />
    </fieldset>
  );
}
