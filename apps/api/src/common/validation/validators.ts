import { isLocalDate, isValidTimeZone } from '@planner/domain';
import { registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';

/** An IANA zone name from the tz database, e.g. "Europe/Warsaw". */
export function IsTimeZoneName(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZoneName',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be an IANA time zone such as Europe/Warsaw', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidTimeZone(value),
      },
    });
}

/** A local wall time "HH:mm" (00:00–23:59). */
export function IsLocalTime(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isLocalTime',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be a local time HH:mm between 00:00 and 23:59', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value),
      },
    });
}

/** A calendar date "YYYY-MM-DD" that exists (no 2027-02-29). */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be a real date YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isLocalDate(value) },
    });
}

/**
 * The field may be left out, but not sent as null (class-validator's IsOptional lets null
 * through, which would reach a NOT NULL column). Nullable fields add ValidateIf(v !== null).
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
