import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apolloController, provideApolloTesting, render, settle, signInAs, staffUser } from '../../../testing/apollo';
import { CommitteeSessionForm } from './session-form';

const MEMBERS = [
  { __typename: 'CommitteeMember', id: 'm-1', name: 'Claire Membre', email: 'claire@example.fr', organisations: ['Hôtel du Jura'] },
  { __typename: 'CommitteeMember', id: 'm-2', name: 'Bruno Membre', email: 'bruno@example.fr', organisations: [] },
];

async function setUp() {
  TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
  signInAs(staffUser());
  const fixture = TestBed.createComponent(CommitteeSessionForm);
  await render(fixture);
  apolloController().expectOne('CommitteeMembers').flushData({ committeeMembers: MEMBERS });
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  const field = (label: string) => {
    const found = [...element.querySelectorAll('mat-form-field')].find((f) => f.querySelector('label')?.textContent?.trim().replace(/\s*\*$/, '') === label);
    if (!found) throw new Error(`No field labelled « ${label} »`);
    return found as HTMLElement;
  };
  const type = (label: string, value: string) => {
    const input = field(label).querySelector('input')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const save = async () => {
    [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Enregistrer')!.click();
    await settle(fixture);
  };
  return { fixture, element, field, type, save };
}

describe('CommitteeSessionForm', () => {
  afterEach(() => apolloController().verify());

  it('refuses an agenda item without a title, then a session without place or link with the domain’s message, sending nothing', async () => {
    const { element, field, type, save } = await setUp();
    type('Thème', 'Stratégie marketing');
    type('Date', '2030-03-15');
    await save();
    expect(field('Titre du point 1').textContent).toContain('obligatoire');
    type('Titre du point 1', 'Bilan');
    await save();
    expect(element.querySelector('.error-summary')?.textContent).toContain('Lieu\u00a0: Indiquez un lieu ou un lien de visioconférence.');
    expect(field('Lieu').textContent).toContain('Indiquez un lieu ou un lien de visioconférence.');
    apolloController().expectNone('CreateCommitteeSession');
  });

  it('creates the session with its agenda, inviting the members left checked', async () => {
    const { element, type, save } = await setUp();
    type('Thème', 'Stratégie marketing');
    type('Date', '2030-03-15');
    type('Lieu', 'Gex');
    type('Titre du point 1', 'Plan d’actions à cinq ans');
    const bruno = [...element.querySelectorAll('mat-checkbox')].find((c) => c.textContent?.includes('Bruno'))!;
    (bruno.querySelector('input') as HTMLInputElement).click();
    await save();
    const operation = apolloController().expectOne('CreateCommitteeSession');
    expect(operation.operation.variables['input']).toEqual({
      theme: 'Stratégie marketing',
      date: '2030-03-15',
      startTime: null,
      place: 'Gex',
      videoLink: null,
      agenda: [{ title: 'Plan d’actions à cinq ans', description: '' }],
      invitedUserIds: ['m-1'],
    });
  });
});
