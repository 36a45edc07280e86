import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
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

async function setUp(user: ReturnType<typeof partnerOwner>, { invitations }: { invitations: boolean }) {
  TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
  signInAs(user);
  const fixture = TestBed.createComponent(Team);
  fixture.componentRef.setInput('id', 'org-1');
  await render(fixture);
  const controller = apolloController();
  controller.expectOne('Organisation').flushData({ organisation });
  controller.expectOne('Members').flushData({ members });
  if (invitations) {
    controller.expectOne('Invitations').flushData({ invitations: [invitation('inv-1', 'ancien@hotel-du-jura.fr')] });
  }
  await settle(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement, loader: TestbedHarnessEnvironment.loader(fixture) };
}

describe('Team', () => {
  afterEach(() => apolloController().verify());

  it('lets an owner invite colleagues as members only, and lists the new invitation', async () => {
    const { fixture, element, loader } = await setUp(partnerOwner(), { invitations: true });

    expect(element.textContent).toContain('Claire Martin');
    const role = await loader.getHarness(MatSelectHarness.with({ ancestor: 'app-invite-form' }));
    await role.open();
    const options = await role.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual(['Collaborateur']);
    await role.close();

    const email = element.querySelector<HTMLInputElement>('app-invite-form input[type=email]')!;
    email.value = 'paul@hotel-du-jura.fr';
    email.dispatchEvent(new Event('input'));
    [...element.querySelectorAll('button')].find((b) => b.textContent?.includes("Envoyer l'invitation"))!.click();
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

  it('lets staff invite owners as well', async () => {
    const { loader } = await setUp(staffUser(), { invitations: true });

    const role = await loader.getHarness(MatSelectHarness.with({ ancestor: 'app-invite-form' }));
    await role.open();
    const options = await role.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual(['Responsable', 'Collaborateur']);
  });

  it('shows a member the team but neither invitations nor the invite form', async () => {
    const { element } = await setUp(partnerMember(), { invitations: false });

    expect(element.textContent).toContain('Claire Martin');
    expect(element.querySelector('app-invitations-table')).toBeNull();
    expect(element.querySelector('app-invite-form')).toBeNull();
  });
});
