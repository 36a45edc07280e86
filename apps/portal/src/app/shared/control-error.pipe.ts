import { Pipe, type PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';

export const REQUIRED_MESSAGE = 'Ce champ est obligatoire.';

/**
 * The French message for a control's errors, by priority: the API's message, the domain rule's message,
 * then Angular's built-in validators. Custom validators return `{ domain: '<message>' }`.
 */
export function controlErrorMessage(errors: ValidationErrors | null | undefined): string | null {
  if (!errors) {
    return null;
  }
  if (typeof errors['server'] === 'string') {
    return errors['server'];
  }
  if (errors['required']) {
    return REQUIRED_MESSAGE;
  }
  if (typeof errors['domain'] === 'string') {
    return errors['domain'];
  }
  if (errors['maxlength']) {
    return `${errors['maxlength'].requiredLength} caractères au maximum.`;
  }
  return 'Valeur invalide.';
}

@Pipe({ name: 'controlError' })
export class ControlErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined): string | null {
    return controlErrorMessage(errors);
  }
}
