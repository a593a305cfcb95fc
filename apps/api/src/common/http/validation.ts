import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldError } from '@planner/domain';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({
      field,
      // class-validator starts messages with the property name; we name the field separately.
      reason: reason.startsWith(`${error.property} `)
        ? reason.slice(error.property.length + 1)
        : reason,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Input is validated once, at the edge: unknown fields and wrong types are refused. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => DomainError.validation(flatten(errors)),
  });
}
