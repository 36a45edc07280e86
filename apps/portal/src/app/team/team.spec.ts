import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  apolloController,
  partnerMember,
  partnerOwner,
  provideApolloTesting,
  render,
  settle,
  signInAs,
  staffUser,
} from '../../testing/apollo';
import { Team } from './team';

const organisation = {
  __typename: 'Organisation',
  id: 'org-1',
  name: 'Hôtel du Jura',
  category: 'HOTEL',
  legalForm: 'SARL',
  siret: null,
  address: { __typename: 'Address', street: '12 rue de Genève', postalCode: '01170', communeCode: '01173', communeName: 'Gex' },
  phone: null,
  email: null,
  website: null,
  version: 3,
  updatedAt: '2026-11-20T10:00:00.000Z',
};
const members = [
  { __typename: 'Member', userId: 'user-1', name: 'Claire Martin', email: 'claire@hotel-du-jura.fr', role: 'OWNER', active: true },
];
const invitation = (id: string, email: string, role = 'MEMBER') => ({
  __typename: 'Invitation',
  id,
  email,
  role,
  status: 'PENDING',
  expiresAt: '2026-12-03T10:00:00.000Z',
  createdAt: '2026-11-26T10:00:00.000Z',
});

async function setUp(
  user: ReturnType<typeof partnerOwner>,
  { invitations, team = members }: { invitations: boolean; team?: typeof members },
) {
  TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
  signInAs(user);
  const fixture = TestBed.createComponent(Team);
  fixture.componentRef.setInput('id', 'org-1');
  await render(fixture);
  const controller = apolloController();
  controller.expectOne('Organisation').flushData({ organisation });
  controller.expectOne('Members').flushData({ members: team });
  if (invitations) {
    controller.expectOne('Invitations').flushData({ invitations: [invitation('inv-1', 'ancien@hotel-du-jura.fr')] });
  }
  await settle(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement, loader: TestbedHarnessEnvironment.loader(fixture) };
}

describe('Team', () => {
  afterEach(() => apolloController().verify());

  it('lets an owner invite colleagues as members only, and lists the new invitation', async () => {
    const { fixture, element } = await setUp(partnerOwner(), { invitations: true });

    expect(element.textContent).toContain('Claire Martin');
    expect(element.querySelector('app-invite-form mat-select')).toBeNull();
    expect(element.querySelector('app-invite-form .fixed-role')?.textContent).toBe('Rôle attribué\u00a0: Collaborateur');

    const email = element.querySelector<HTMLInputElement>('app-invite-form input[type=email]')!;
    email.value = 'paul@hotel-du-jura.fr';
    email.dispatchEvent(new Event('input'));
    [...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Envoyer l’invitation'))!.click();
    await settle(fixture);

    const operation = apolloController().expectOne('InviteMember');
    expect(operation.operation.variables).toEqual({
      input: { organisationId: 'org-1', email: 'paul@hotel-du-jura.fr', role: 'MEMBER' },
    });
    operation.flushData({ inviteMember: invitation('inv-2', 'paul@hotel-du-jura.fr') });
    await settle(fixture);

    const invited = [...element.querySelectorAll('app-invitations-table td:first-child')].map((td) => td.textContent?.trim());
    expect(invited).toEqual(['paul@hotel-du-jura.fr', 'ancien@hotel-du-jura.fr']);
  });

  it('offers staff « Inviter le responsable » only while the organisation has no owner', async () => {
    const withoutOwner = await setUp(staffUser(), { invitations: true, team: [] });
    const heading = (element: HTMLElement) => [...element.querySelectorAll('h2')].map((h) => h.textContent?.trim());
    expect(heading(withoutOwner.element)).toContain('Inviter le responsable');
    expect(withoutOwner.element.querySelector('app-invite-form .fixed-role')?.textContent).toContain('Responsable');
    TestBed.resetTestingModule();

    const withOwner = await setUp(staffUser(), { invitations: true });
    expect(heading(withOwner.element)).not.toContain('Inviter le responsable');
    expect(heading(withOwner.element)).toContain('Inviter un collègue');
    // The office may still add another owner (one who leaves must be replaced first).
    expect(withOwner.element.querySelector('app-invite-form mat-select')).not.toBeNull();
  });

  it('lets the owner cancel an invitation after confirming; it leaves the list', async () => {
    const { fixture, element } = await setUp(partnerOwner(), { invitations: true });
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(true);
    const button = element.querySelector<HTMLButtonElement>('button[aria-label="Annuler l’invitation de ancien@hotel-du-jura.fr"]')!;

    button.click();
    await settle(fixture);

    expect(confirm).toHaveBeenCalled();
    const operation = apolloController().expectOne('CancelInvitation');
    expect(operation.operation.variables).toEqual({ id: 'inv-1' });
    operation.flushData({ cancelInvitation: true });
    await settle(fixture);

    expect(element.querySelector('app-invitations-table')?.textContent).toContain('Aucune invitation en attente.');
    expect(element.querySelector('[role=status]')?.textContent).toContain('L’invitation de ancien@hotel-du-jura.fr est annulée.');
    confirm.mockRestore();
  });

  it('does nothing when the cancellation is not confirmed', async () => {
    const { fixture, element } = await setUp(partnerOwner(), { invitations: true });
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    element.querySelector<HTMLButtonElement>('button[aria-label^="Annuler l’invitation"]')!.click();
    await settle(fixture);
    apolloController().expectNone('CancelInvitation');
    confirm.mockRestore();
  });

  it('re-sends an invitation; an owner is not offered to re-send an owner’s invitation', async () => {
    TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
    signInAs(partnerOwner());
    const fixture = TestBed.createComponent(Team);
    fixture.componentRef.setInput('id', 'org-1');
    await render(fixture);
    const controller = apolloController();
    controller.expectOne('Organisation').flushData({ organisation });
    controller.expectOne('Members').flushData({ members });
    controller.expectOne('Invitations').flushData({
      invitations: [invitation('inv-1', 'ancien@hotel-du-jura.fr'), invitation('inv-9', 'patron@hotel-du-jura.fr', 'OWNER')],
    });
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('button[aria-label="Renvoyer l’invitation à patron@hotel-du-jura.fr"]')).toBeNull();
    element.querySelector<HTMLButtonElement>('button[aria-label="Renvoyer l’invitation à ancien@hotel-du-jura.fr"]')!.click();
    await settle(fixture);

    const operation = controller.expectOne('ResendInvitation');
    expect(operation.operation.variables).toEqual({ id: 'inv-1' });
    operation.flushData({ resendInvitation: { ...invitation('inv-1', 'ancien@hotel-du-jura.fr'), expiresAt: '2026-12-10T10:00:00.000Z' } });
    await settle(fixture);
    expect(element.querySelector('[role=status]')?.textContent).toContain('Invitation renvoyée à ancien@hotel-du-jura.fr');
  });

  it('removes a colleague after confirming, never offers to remove the last owner, and focuses a refusal', async () => {
    const team = [
      ...members,
      { __typename: 'Member', userId: 'user-2', name: 'Paul Durand', email: 'paul@hotel-du-jura.fr', role: 'MEMBER', active: true },
    ];
    const { fixture, element } = await setUp(partnerOwner(), { invitations: true, team });
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(true);

    expect(element.querySelector('button[aria-label="Retirer Claire Martin de l’équipe"]')).toBeNull();
    expect(element.querySelector('app-members-table')?.textContent).toContain('Dernier responsable');

    element.querySelector<HTMLButtonElement>('button[aria-label="Retirer Paul Durand de l’équipe"]')!.click();
    await settle(fixture);
    const refused = apolloController().expectOne('RemoveMember');
    expect(refused.operation.variables).toEqual({ organisationId: 'org-1', userId: 'user-2' });
    refused.graphqlErrors([{ message: 'Introuvable.', extensions: { code: 'NOT_FOUND' } }]);
    await settle(fixture);
    const alert = element.querySelector<HTMLElement>('[role=alert]')!;
    expect(alert).not.toBeNull();
    expect(document.activeElement).toBe(alert);

    element.querySelector<HTMLButtonElement>('button[aria-label="Retirer Paul Durand de l’équipe"]')!.click();
    await settle(fixture);
    apolloController().expectOne('RemoveMember').flushData({ removeMember: true });
    await settle(fixture);

    expect(element.querySelector('app-members-table')?.textContent).not.toContain('Paul Durand');
    expect(element.querySelector('[role=status]')?.textContent).toContain('Paul Durand ne fait plus partie de l’équipe.');
    expect(element.querySelector('[role=alert]')).toBeNull();
    confirm.mockRestore();
  });

  it('shows a member the team but neither invitations nor the invite form', async () => {
    const { element } = await setUp(partnerMember(), { invitations: false });

    expect(element.textContent).toContain('Claire Martin');
    expect(element.querySelector('app-invitations-table')).toBeNull();
    expect(element.querySelector('app-invite-form')).toBeNull();
  });
});
