import type { FieldError } from '../../lib/api-types';

/**
 * The server's reasons for fields a form does not show (an id, a team), as `field: reason` lines
 * inside the form's alert; nothing when there are none.
 */
export function FieldErrorList({ errors }: { errors: readonly FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul>
      {errors.map((error) => (
        <li key={`${error.field}:${error.reason}`}>
          {error.field}: {error.reason}
        </li>
      ))}
    </ul>
  );
}
