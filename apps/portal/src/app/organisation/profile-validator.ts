import type { AbstractControl, FormGroup, ValidatorFn } from '@angular/forms';
import {
  type OrganisationProfile,
  type OrganisationProfileInput,
  validateOrganisationProfile,
} from '@extranet/domain/organisations';
import type { Result } from '@extranet/domain/shared';

/**
 * The shared profile rules as one validator on the whole form, so they run once per change however
 * many fields there are (cross-field rules such as postal code ↔ commune included). Each field's
 * message goes on its control as `{ domain: message }`, beside the control's own errors, for
 * `mat-error` and the error summary; `checked` receives the result, whose value is the normalised
 * profile the API expects.
 *
 * `fields` are the API's field paths (`address.postalCode` is a path into nested groups).
 */
export function profileValidator(
  fields: readonly string[],
  checked: (result: Result<OrganisationProfile>) => void,
): ValidatorFn {
  return (form: AbstractControl) => {
    const result = validateOrganisationProfile((form as FormGroup).getRawValue() as OrganisationProfileInput);
    const messages = new Map(result.ok ? [] : result.errors.map((e) => [e.field, e.message] as const));
    for (const field of fields) {
      const control = form.get(field);
      if (control) {
        showRuleMessage(control, messages.get(field));
      }
    }
    checked(result);
    // The messages live on the fields; the form's own status follows from theirs.
    return null;
  };
}

function showRuleMessage(control: AbstractControl, message: string | undefined): void {
  const { domain: previous, ...others } = control.errors ?? {};
  const errors = message ? { ...others, domain: message } : others;
  if (message !== previous) {
    // No event: the form is in the middle of its own validation, which emits once it is done.
    control.setErrors(Object.keys(errors).length > 0 ? errors : null, { emitEvent: false });
  }
}
