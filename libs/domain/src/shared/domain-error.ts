export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

export const STALE_VERSION_MESSAGE =
  'Quelqu’un d’autre a enregistré cette fiche pendant que vous la modifiiez. Rechargez-la pour voir ses changements, puis refaites les vôtres.';

/** A concurrent change made the operation impossible to apply safely; trying again works. */
export const CONCURRENT_CHANGE_MESSAGE = 'Une autre modification était en cours au même moment. Réessayez.';

/** One invalid input; `field` is a dotted path such as `address.postalCode`. */
export interface FieldError {
  field: string;
  message: string;
}

/** Validators return every error at once so a form can show them all together. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * An expected failure whose message may be shown to the user as is.
 * The API maps `code` to GraphQL `extensions.code`; anything else is an internal error.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(fields: FieldError[], message = 'Certaines informations sont invalides.'): DomainError {
    return new DomainError('BAD_USER_INPUT', message, fields);
  }

  static unauthenticated(): DomainError {
    return new DomainError('UNAUTHENTICATED', 'Veuillez vous connecter.');
  }

  static forbidden(): DomainError {
    return new DomainError('FORBIDDEN', 'Vous n’avez pas le droit d’effectuer cette action.');
  }

  /** `what` replaces the generic message, e.g. « Organisation introuvable. ». */
  static notFound(what?: string): DomainError {
    return new DomainError('NOT_FOUND', what ?? 'Élément introuvable.');
  }

  static conflict(message: string): DomainError {
    return new DomainError('CONFLICT', message);
  }

  /** Someone else saved the same record since the user loaded it (optimistic concurrency). */
  static staleVersion(): DomainError {
    return new DomainError('CONFLICT', STALE_VERSION_MESSAGE);
  }

  static tooManyRequests(): DomainError {
    return new DomainError('TOO_MANY_REQUESTS', 'Trop de tentatives. Réessayez dans une minute.');
  }
}
