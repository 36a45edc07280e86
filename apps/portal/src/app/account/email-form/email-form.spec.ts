import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apolloController, partnerOwner, provideApolloTesting, settle, signInAs } from '../../../testing/apollo';
import { ConfirmEmail } from '../confirm-email/confirm-email';
import { EmailForm } from './email-form';

async function setUpForm() {
  TestBed.configureTestingModule({ providers: [provideApolloTesting()] });
  signInAs(partnerOwner());
  const fixture = TestBed.createComponent(EmailForm);
  await settle(fixture);
  const element = fixture.nativeElement as HTMLElement;
  const [email, password] = [...element.querySelectorAll<HTMLInputElement>('input')];
  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const send = async () => {
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(fixture);
  };
  return { fixture, element, email: email!, password: password!, type, send };
}

describe('EmailForm', () => {
  afterEach(() => apolloController().verify());

  it('sends the new address with the current password and says the change waits for the link', async () => {
    const { fixture, element, email, password, type, send } = await setUpForm();
    type(email, ' claire.nouvelle@exemple.fr ');
    type(password, 'mon mot de passe actuel');
    await send();

    const operation = apolloController().expectOne('RequestEmailChange');
    expect(operation.operation.variables).toEqual({ input: { newEmail: 'claire.nouvelle@exemple.fr', currentPassword: 'mon mot de passe actuel' } });
    operation.flushData({ requestEmailChange: 'claire.nouvelle@exemple.fr' });
    await settle(fixture);

    const status = element.querySelector('[role=status]')?.textContent ?? '';
    expect(status).toContain('Un lien de confirmation a été envoyé à claire.nouvelle@exemple.fr');
    expect(status).toContain('ne changera qu’une fois ce lien suivi');
    expect(password.value).toBe('');
  });

  it('refuses an address that would add a recipient, with the shared rule, without calling the API', async () => {
    const { element, email, password, type, send } = await setUpForm();
    type(email, 'claire@exemple.fr,autre@pirate.example');
    type(password, 'mon mot de passe actuel');
    await send();
    apolloController().expectNone('RequestEmailChange');
    expect(element.querySelector('mat-error')?.textContent).toBeTruthy();
  });

  it('puts a wrong password under its field, from the API', async () => {
    const { fixture, element, email, password, type, send } = await setUpForm();
    type(email, 'claire.nouvelle@exemple.fr');
    type(password, 'pas le bon');
    await send();
    apolloController()
      .expectOne('RequestEmailChange')
      .graphqlErrors([{ message: 'Certaines informations sont invalides.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'currentPassword', message: 'Le mot de passe actuel est incorrect.' }] } }]);
    await settle(fixture);
    expect(element.querySelector('.error-summary')?.textContent).toContain('Le mot de passe actuel est incorrect.');
  });
});

describe('ConfirmEmail', () => {
  afterEach(() => apolloController().verify());

  async function setUpPage(token: string | undefined) {
    TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
    signInAs(null);
    const fixture = TestBed.createComponent(ConfirmEmail);
    if (token !== undefined) fixture.componentRef.setInput('token', token);
    await settle(fixture);
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('confirms only when the button is used (a mail scanner opening the link changes nothing)', async () => {
    const { fixture, element } = await setUpPage('jeton-1');
    apolloController().expectNone('ConfirmEmailChange');

    element.querySelector<HTMLButtonElement>('button')!.click();
    await settle(fixture);
    const operation = apolloController().expectOne('ConfirmEmailChange');
    expect(operation.operation.variables).toEqual({ token: 'jeton-1' });
    operation.flushData({ confirmEmailChange: 'claire.nouvelle@exemple.fr' });
    apolloController().match('Me').forEach((me) => me.flushData({ me: null }));
    await settle(fixture);

    expect(element.querySelector('[role=status]')?.textContent).toContain('vous vous connectez désormais avec claire.nouvelle@exemple.fr');
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/connexion');
  });

  it('shows what to do when the link no longer works', async () => {
    const { fixture, element } = await setUpPage('jeton-2');
    element.querySelector<HTMLButtonElement>('button')!.click();
    await settle(fixture);
    apolloController()
      .expectOne('ConfirmEmailChange')
      .graphqlErrors([{ message: 'Certaines informations sont invalides.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'token', message: 'Ce lien de confirmation n’est plus valable. Refaites la demande depuis «\u00a0Mon compte\u00a0».' }] } }]);
    await settle(fixture);
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Refaites la demande depuis «\u00a0Mon compte\u00a0»');
  });

  it('says when the link is incomplete', async () => {
    const { element } = await setUpPage(undefined);
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Ce lien est incomplet');
    expect(element.querySelector('button')).toBeNull();
  });
});
