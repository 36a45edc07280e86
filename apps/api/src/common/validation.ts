import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldError } from '@extranet/domain';
import { IsUUID, type ValidationOptions } from 'class-validator';

const NOT_FOUND = 'NOT_FOUND';

/**
 * An id inside an input object (`organisationId`, `userId`…). One that cannot exist answers
 * NOT_FOUND, exactly like a missing one and like an id argument (IdPipe).
 */
export function IsId(options: ValidationOptions = {}): PropertyDecorator {
  return IsUUID(undefined, { ...options, message: 'Identifiant invalide.', context: { code: NOT_FOUND } });
}

/** `address.postalCode` for a nested input, so the portal can put the message beside the field. */
function flatten(errors: ValidationError[], prefix = ''): (FieldError & { code?: string })[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({
      field,
      message,
      code: (error.contexts?.[name] as { code?: string } | undefined)?.code,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Shapes and sizes of every input, nested objects included (`@ValidateNested()` + `@Type()`),
 * checked before the resolver runs; meaning is checked by the domain in the service.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: false,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      if (problems.some((p) => p.code === NOT_FOUND)) return DomainError.notFound();
      return DomainError.badInput(problems.map(({ field, message }) => ({ field, message })));
    },
  });
}
