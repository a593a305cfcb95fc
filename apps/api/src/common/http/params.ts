import { Param, ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '@planner/domain';

/** A path id that must be a UUID; anything else is a 400 naming the parameter. */
export const IdParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => DomainError.validation([{ field: name, reason: 'must be a UUID' }]),
    }),
  );
