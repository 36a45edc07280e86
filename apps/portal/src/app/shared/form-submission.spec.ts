import { FormControl, FormGroup, Validators } from '@angular/forms';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Subject, of, throwError } from 'rxjs';
import { FormSubmission } from './form-submission';

function setUp() {
  const form = new FormGroup({ email: new FormControl('', { nonNullable: true, validators: Validators.required }) });
  const host = document.createElement('div');
  return { form, host, submission: new FormSubmission(form, host) };
}

describe('FormSubmission', () => {
  it('refuses an invalid form: every field touched, nothing sent', () => {
    const { form, submission } = setUp();
    expect(submission.canSend()).toBe(false);
    expect(form.controls.email.touched).toBe(true);
    expect(submission.error()).toBeNull();
  });

  it('sends once at a time and reports success', () => {
    const { form, submission } = setUp();
    form.setValue({ email: 'claire@hotel-du-jura.fr' });
    const answer = new Subject<string>();
    const succeeded = jest.fn();

    expect(submission.canSend()).toBe(true);
    submission.send(answer, succeeded);
    expect(submission.submitting()).toBe(true);
    expect(submission.canSend()).toBe(false);

    answer.next('ok');
    answer.complete();
    expect(succeeded).toHaveBeenCalledWith('ok');
    expect(submission.submitting()).toBe(false);
    expect(submission.canSend()).toBe(true);
  });

  it("puts the API's field messages on the controls and the whole error in the summary", () => {
    const { form, submission } = setUp();
    form.setValue({ email: 'claire@hotel-du-jura.fr' });
    const failed = jest.fn();
    const refusal = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Certaines informations sont invalides.',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', message: 'Adresse déjà invitée.' }] },
        },
      ],
    });

    submission.send(throwError(() => refusal), jest.fn(), failed);

    expect(form.controls.email.errors).toEqual({ server: 'Adresse déjà invitée.' });
    expect(submission.error()).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Certaines informations sont invalides.',
      fields: [{ field: 'email', message: 'Adresse déjà invitée.' }],
    });
    expect(failed).toHaveBeenCalledWith(submission.error());
    expect(submission.submitting()).toBe(false);
  });

  it('clears the previous error when the form is sent again', () => {
    const { form, submission } = setUp();
    form.setValue({ email: 'claire@hotel-du-jura.fr' });
    submission.reject({ code: 'BAD_USER_INPUT', message: 'Certains champs sont à corriger.', fields: [] });
    expect(submission.error()).not.toBeNull();

    expect(submission.canSend()).toBe(true);
    expect(submission.error()).toBeNull();
    submission.send(of(null), jest.fn());
    expect(submission.error()).toBeNull();
  });
});
