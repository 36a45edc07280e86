import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { apolloController, provideApolloTesting, render, settle, userPayload } from '../../../testing/apollo';
import { Session } from '../session';
import { AcceptInvitation } from './accept-invitation';

@Component({ template: '' })
class Blank {}

function preview(existingAccount: boolean) {
  return {
    invitation: {
      __typename: 'InvitationPreview',
      email: 'paul@hotel-du-jura.fr',
      organisationName: 'Hôtel du Jura',
      role: 'MEMBER',
      expiresAt: '2026-12-03T10:00:00.000Z',
      existingAccount,
    },
  };
}

async function setUp(answer: (op: ReturnType<ReturnType<typeof apolloController>['expectOne']>) => void) {
  TestBed.configureTestingModule({
    providers: [provideApolloTesting(), provideRouter([{ path: '**', component: Blank }])],
  });
  const fixture = TestBed.createComponent(AcceptInvitation);
  fixture.componentRef.setInput('token', 'tok-123');
  await render(fixture);
  const query = apolloController().expectOne('InvitationPreview');
  expect(query.operation.variables).toEqual({ token: 'tok-123' });
  answer(query);
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  const labels = () => [...element.querySelectorAll('mat-form-field label')].map((l) => l.textContent?.trim());
  const type = (label: string, value: string) => {
    const field = [...element.querySelectorAll('mat-form-field')].find(
      (f) => f.querySelector('label')?.textContent?.trim() === label,
    )!;
    const input = field.querySelector('input')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(fixture);
  };
  return { fixture, element, labels, type, submit };
}

describe('AcceptInvitation', () => {
  afterEach(() => apolloController().verify());

  it('shows the organisation and e-mail, creates the account, signs in and goes home', async () => {
    const { fixture, element, labels, type, submit } = await setUp((op) => op.flushData(preview(false)));

    expect(element.textContent).toContain('Hôtel du Jura');
    expect(element.textContent).toContain('paul@hotel-du-jura.fr');
    expect(labels()).toEqual(['Nom et prénom', 'Mot de passe', 'Confirmer le mot de passe']);

    type('Nom et prénom', 'Paul Durand');
    type('Mot de passe', 'le lac de divonne au matin');
    type('Confirmer le mot de passe', 'le lac de divonne au matin');
    await submit();

    const accept = apolloController().expectOne('AcceptInvitation');
    expect(accept.operation.variables).toEqual({
      input: { token: 'tok-123', name: 'Paul Durand', password: 'le lac de divonne au matin' },
    });
    accept.flushData({
      acceptInvitation: userPayload({ name: 'Paul Durand', memberships: [{ role: 'MEMBER', organisationId: 'org-1' }] }),
    });
    await settle(fixture);

    expect(TestBed.inject(Session).user()?.name).toBe('Paul Durand');
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('refuses a mismatched confirmation before calling the API', async () => {
    const { element, type, submit } = await setUp((op) => op.flushData(preview(false)));
    type('Nom et prénom', 'Paul Durand');
    type('Mot de passe', 'le lac de divonne au matin');
    type('Confirmer le mot de passe', 'le lac de divonne au soir');
    await submit();

    apolloController().expectNone('AcceptInvitation');
    expect(element.textContent).toContain('Les deux mots de passe ne sont pas identiques.');
  });

  it('asks an existing account for its current password only', async () => {
    const { labels, type, submit, element } = await setUp((op) => op.flushData(preview(true)));

    expect(labels()).toEqual(['Mot de passe']);
    expect(element.querySelector('button[type=submit]')?.textContent).toContain('Rejoindre l’organisation');
    type('Mot de passe', 'court');
    await submit();

    expect(apolloController().expectOne('AcceptInvitation').operation.variables).toEqual({
      input: { token: 'tok-123', name: '', password: 'court' },
    });
  });

  it('explains why a used or expired link cannot be used', async () => {
    const { element } = await setUp((op) =>
      op.graphqlErrors([
        {
          message: 'Certaines informations sont invalides.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'token', message: "Ce lien n'est plus valide : demandez une nouvelle invitation." }],
          },
        },
      ]),
    );

    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      "Ce lien n'est plus valide : demandez une nouvelle invitation.",
    );
    expect(element.querySelector('form')).toBeNull();
  });
});
