import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { NewPasswordFields } from './new-password-fields';
import { matchesSibling } from './validators';

@Component({
  imports: [ReactiveFormsModule, NewPasswordFields],
  template: `
    <form [formGroup]="form">
      <app-new-password-fields [password]="form.controls.password" [confirmation]="form.controls.confirmation" />
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: Validators.required }),
    confirmation: new FormControl('', { nonNullable: true, validators: [Validators.required, matchesSibling('password')] }),
  });
}

describe('NewPasswordFields', () => {
  it('labels the two fields', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const labels = [...fixture.nativeElement.querySelectorAll('mat-form-field label')].map((l: Element) =>
      l.textContent?.trim(),
    );
    expect(labels).toEqual(['Nouveau mot de passe', 'Confirmer le mot de passe']);
  });

  it('re-checks the confirmation when the password changes after it', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const { password, confirmation } = fixture.componentInstance.form.controls;

    password.setValue('le lac de divonne');
    confirmation.setValue('le lac de divonne au matin');
    expect(confirmation.errors).toEqual({ domain: 'Les deux mots de passe ne sont pas identiques.' });

    password.setValue('le lac de divonne au matin');
    expect(confirmation.errors).toBeNull();
  });
});
