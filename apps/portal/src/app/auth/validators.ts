import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { isValidEmail, normaliseEmail, personNameProblem, validateNewPassword } from '@extranet/domain/accounts';

/** Empty is the `required` validator's business; anything else must be an address the API accepts. */
export const emailValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = normaliseEmail(control.value ?? '');
  return value && !isValidEmail(value)
    ? { domain: 'L’adresse e-mail n’est pas valide.' }
    : null;
};

export interface PasswordOwner {
  email?: string | null;
  name?: string | null;
}

/** The shared password policy, with the user's e-mail and name as context (read lazily, they may load later). */
export function newPasswordValidator(owner: () => PasswordOwner = () => ({})): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = control.value ?? '';
    if (!value) {
      return null;
    }
    const { email, name } = owner();
    const message = validateNewPassword(value, { email: email ?? undefined, name: name ?? undefined });
    return message ? { domain: message } : null;
  };
}

/** For a confirmation field: must equal the sibling control named `other`. */
export function matchesSibling(other: string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const sibling = control.parent?.get(other);
    if (!sibling || !control.value) {
      return null;
    }
    return sibling.value === control.value ? null : { domain: 'Les deux mots de passe ne sont pas identiques.' };
  };
}

/** A person's name, by the same rule as the API (single line, 2 to 120 characters). */
export const personNameValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = control.value ?? '';
  if (!value.trim()) {
    return null;
  }
  const message = personNameProblem(value);
  return message ? { domain: message } : null;
};
