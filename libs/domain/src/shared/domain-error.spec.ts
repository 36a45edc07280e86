import { DomainError, type ErrorCode } from './domain-error.js';

describe('DomainError', () => {
  it.each<[string, () => DomainError, ErrorCode, string]>([
    ['badInput', () => DomainError.badInput([]), 'BAD_USER_INPUT', 'Certaines informations sont invalides.'],
    ['badInput with message', () => DomainError.badInput([], 'Formulaire incomplet.'), 'BAD_USER_INPUT', 'Formulaire incomplet.'],
    ['unauthenticated', () => DomainError.unauthenticated(), 'UNAUTHENTICATED', 'Veuillez vous connecter.'],
    ['forbidden', () => DomainError.forbidden(), 'FORBIDDEN', 'Vous n’avez pas le droit d’effectuer cette action.'],
    ['notFound', () => DomainError.notFound(), 'NOT_FOUND', 'Élément introuvable.'],
    ['notFound with subject', () => DomainError.notFound('Organisation introuvable.'), 'NOT_FOUND', 'Organisation introuvable.'],
    ['conflict', () => DomainError.conflict('Ce SIRET est déjà utilisé.'), 'CONFLICT', 'Ce SIRET est déjà utilisé.'],
    ['tooManyRequests', () => DomainError.tooManyRequests(), 'TOO_MANY_REQUESTS', 'Trop de tentatives. Réessayez dans une minute.'],
  ])('%s gives code and message', (_name, make, code, message) => {
    const error = make();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });

  it('badInput keeps the field errors', () => {
    const fields = [{ field: 'address.postalCode', message: 'Le code postal doit comporter 5 chiffres.' }];
    expect(DomainError.badInput(fields).fields).toEqual(fields);
  });
});
