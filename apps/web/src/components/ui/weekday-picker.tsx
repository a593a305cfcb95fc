import { useId } from 'react';
import { FieldReasons } from './field-reasons';

export interface WeekdayPickerProps {
  legend: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  value: readonly number[];
  onChange: (weekdays: number[]) => void;
  /** Day names in ISO order (Monday first), in the UI language. */
  dayNames: readonly string[];
  /** Short names shown on the toggles; the full name is the accessible one. */
  shortNames: readonly string[];
  disabled?: boolean;
  errors?: readonly string[];
}

/** Seven checkboxes in a group, Monday first, that read and write ISO weekdays. */
export function WeekdayPicker({
  legend,
  value,
  onChange,
  dayNames,
  shortNames,
  disabled,
  errors = [],
}: WeekdayPickerProps) {
  const id = useId();
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const toggle = (day: number, on: boolean) =>
    onChange(
      on ? [...value, day].sort((a, b) => a - b) : value.filter((candidate) => candidate !== day),
    );
  return (
    <fieldset
      className={errors.length > 0 ? 'weekday-picker field--invalid' : 'weekday-picker'}
      aria-describedby={errorId}
    >
      <legend className="field__label">{legend}</legend>
      <div className="weekday-picker__days">
        {dayNames.map((name, index) => {
          const day = index + 1;
          return (
            <label key={day} className="weekday-picker__day" title={name}>
              <input
                type="checkbox"
                checked={value.includes(day)}
                disabled={disabled}
                aria-label={name}
                onChange={(event) => toggle(day, event.target.checked)}
              />
              <span aria-hidden="true">{shortNames[index] ?? name}</span>
            </label>
          );
        })}
      </div>
      <FieldReasons id={errorId} reasons={errors} />
    </fieldset>
  );
}
