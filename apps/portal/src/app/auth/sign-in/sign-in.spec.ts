import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { apolloController, partnerOwner, provideApolloTesting, settle, staffUser, userPayload } from '../../../testing/apollo';
import { MeDocument } from '../auth.generated';
import { SignIn } from './sign-in';

@Component({ template: '' })
class Blank {}

async function setUp(returnUrl?: string) {
  TestBed.configureTestingModule({
    providers: [provideApolloTesting(), provideRouter([{ path: '**', component: Blank }])],
  });
  const fixture = TestBed.createComponent(SignIn);
  if (returnUrl) {
    fixture.componentRef.setInput('returnUrl', returnUrl);
  }
  await fixture.whenStable();
  const element: HTMLElement = fixture.nativeElement;
  const type = (label: string, value: string) => {
    const input = inputLabelled(element, label);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(fixture);
  };
  return { fixture, element, type, submit };
}

function inputLabelled(root: HTMLElement, text: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  const input = label && root.querySelector<HTMLInputElement>(`#${label.getAttribute('for')}`);
  if (!input) {
    throw new Error(`No control labelled « ${text} »`);
  }
  return input;
}

describe('SignIn', () => {
  afterEach(() => apolloController().verify());

  it('sends the signIn mutation, remembers the user and goes to the requested page', async () => {
    const { type, submit, fixture } = await setUp('/organisation/org-1/equipe');
    type('Adresse e-mail', '  claire@hotel-du-jura.fr ');
    type('Mot de passe', 'une phrase assez longue');
    await submit();

    const operation = apolloController().expectOne('SignIn');
    expect(operation.operation.variables).toEqual({
      input: { email: 'claire@hotel-du-jura.fr', password: 'une phrase assez longue' },
    });
    operation.flushData({ signIn: partnerOwner() });
    await settle(fixture);

    const cached = TestBed.inject(Apollo).client.readQuery({ query: MeDocument });
    expect(cached?.me?.name).toBe('Claire Martin');
    expect(TestBed.inject(Router).url).toBe('/organisation/org-1/equipe');
  });

  it('sends staff to their home (the review queue at a glance) and ignores a foreign return address', async () => {
    const { type, submit, fixture } = await setUp('//evil.example/phish');
    type('Adresse e-mail', 'julie@paysdegex-tourisme.fr');
    type('Mot de passe', 'une phrase assez longue');
    await submit();

    apolloController().expectOne('SignIn').flushData({ signIn: staffUser() });
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('sends staff to their home even when they belong to the office organisation', async () => {
    const { type, submit, fixture } = await setUp();
    type('Adresse e-mail', 'julie@paysdegex-tourisme.fr');
    type('Mot de passe', 'une phrase assez longue');
    await submit();

    const staffMember = userPayload({
      globalRoles: ['STAFF'],
      memberships: [{ role: 'MEMBER', organisationId: 'oti', organisationName: 'Office de Tourisme du Pays de Gex' }],
    });
    apolloController().expectOne('SignIn').flushData({ signIn: staffMember });
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('sends partners to their home page', async () => {
    const { type, submit, fixture } = await setUp();
    type('Adresse e-mail', 'claire@hotel-du-jura.fr');
    type('Mot de passe', 'une phrase assez longue');
    await submit();

    apolloController().expectOne('SignIn').flushData({ signIn: partnerOwner() });
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('shows the API field error under its field and a summary at the top', async () => {
    const { element, type, submit, fixture } = await setUp();
    type('Adresse e-mail', 'claire@hotel-du-jura.fr');
    type('Mot de passe', 'x');
    await submit();

    apolloController()
      .expectOne('SignIn')
      .graphqlErrors([
        {
          message: 'Certaines informations sont invalides.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'password', message: 'Le mot de passe est obligatoire.' }],
          },
        },
      ]);
    await settle(fixture);

    const passwordField = inputLabelled(element, 'Mot de passe').closest('mat-form-field')!;
    expect(passwordField.querySelector('mat-error')?.textContent).toContain('Le mot de passe est obligatoire.');
    const summary = element.querySelector('[role=alert]');
    expect(summary?.textContent).toContain('Certaines informations sont invalides.');
    expect(summary?.textContent).toContain('Mot de passe\u00a0: Le mot de passe est obligatoire.');
    expect(TestBed.inject(Router).navigated).toBe(false);
  });

  it('shows the message of a refused sign-in', async () => {
    const { element, type, submit, fixture } = await setUp();
    type('Adresse e-mail', 'claire@hotel-du-jura.fr');
    type('Mot de passe', 'mauvais mot de passe');
    await submit();

    apolloController()
      .expectOne('SignIn')
      .graphqlErrors([
        { message: 'Adresse e-mail ou mot de passe incorrect.', extensions: { code: 'UNAUTHENTICATED' } },
      ]);
    await settle(fixture);

    expect(element.querySelector('[role=alert]')?.textContent).toContain('Adresse e-mail ou mot de passe incorrect.');
  });

  it('checks the e-mail with the shared rule before asking the API', async () => {
    const { element, type, submit } = await setUp();
    type('Adresse e-mail', 'claire@hotel');
    type('Mot de passe', 'une phrase assez longue');
    await submit();

    apolloController().expectNone('SignIn');
    const emailField = inputLabelled(element, 'Adresse e-mail').closest('mat-form-field')!;
    expect(emailField.querySelector('mat-error')?.textContent).toContain('L’adresse e-mail n’est pas valide.');
  });
});
