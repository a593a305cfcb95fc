/**
 * Why a field is invalid, one line per reason with the error icon (never colour alone); the
 * field points at `id` with `aria-describedby`. Nothing when there are no reasons.
 */
export function FieldReasons({
  id,
  reasons,
  label,
}: {
  id?: string;
  reasons: readonly string[];
  /** Read before each reason by screen readers (e.g. "Error:"). */
  label?: string;
}) {
  if (reasons.length === 0) return null;
  return (
    <ul className="field__errors" id={id}>
      {reasons.map((reason) => (
        <li key={reason}>
          <span className="field__error-icon" aria-hidden="true">
            !
          </span>
          {label ? <span className="visually-hidden">{label} </span> : null}
          {reason}
        </li>
      ))}
    </ul>
  );
}
