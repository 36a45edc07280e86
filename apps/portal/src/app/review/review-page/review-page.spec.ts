import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { apolloController, provideApolloTesting, render, settle, signInAs, staffUser } from '../../../testing/apollo';
import { changeRequestPayload } from '../../../testing/listings';
import { ReviewPage } from './review-page';

const REQUEST = changeRequestPayload({
  version: 2,
  changes: [
    {
      path: 'longDescription.en',
      label: 'Description détaillée (anglais)',
      kind: 'longText',
      before: 'A quiet hotel.',
      after: 'A quiet family hotel.',
    },
    {
      path: 'openingPeriods',
      label: 'Périodes d’ouverture',
      kind: 'value',
      before: [{ from: '2026-04-01', to: '2026-10-31', weekdays: [], hours: [{ opens: '08:00', closes: '22:00' }], note: '' }],
      after: [{ from: '2026-04-01', to: '2026-10-31', weekdays: [], hours: [{ opens: '08:00', closes: '21:00' }], note: '' }],
    },
  ],
});

@Component({ template: '<h1>File</h1>' })
class Queue {}

async function setUp() {
  TestBed.configureTestingModule({
    providers: [
      provideApolloTesting(),
      provideRouter([
        { path: 'demandes', component: Queue },
        { path: 'demandes/:id', component: ReviewPage },
      ], withComponentInputBinding()),
    ],
  });
  signInAs(staffUser());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/demandes/request-1?type=HOTELLERIE');
  const fixture = harness.fixture;
  // Not settle(): the page is not stable while the request it waits for is unanswered.
  await render(fixture);
  const query = apolloController().expectOne('ChangeRequest');
  expect(query.operation.variables).toEqual({ id: 'request-1' });
  query.flushData({ changeRequest: REQUEST });
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const button = (text: string) => {
    const found = [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    if (!found) {
      throw new Error(`No button « ${text} »`);
    }
    return found;
  };
  const click = async (text: string) => {
    button(text).click();
    await settle(fixture);
  };
  const comment = (value: string) => {
    const textarea = [...element.querySelectorAll('mat-form-field')]
      .find((f) => f.textContent?.includes('Commentaire pour le partenaire'))!
      .querySelector('textarea')!;
    textarea.value = value;
    textarea.dispatchEvent(new Event('input'));
  };
  return { fixture, element, loader, click, comment, router: TestBed.inject(Router) };
}

describe('ReviewPage', () => {
  afterEach(() => apolloController().verify());

  it('shows each field before and after, a long text as a word diff marked by <ins> and <del>', async () => {
    const { element } = await setUp();

    expect([...element.querySelectorAll('h3')].map((h) => h.textContent?.trim())).toEqual([
      'Description détaillée (anglais)',
      'Périodes d’ouverture',
    ]);
    const added = element.querySelector('ins')!;
    expect(added.textContent).toContain('family');
    expect(added.querySelector('.visually-hidden')?.textContent).toContain('texte ajouté');
    expect(element.querySelector('del')).toBeNull();
    expect(element.textContent).toContain('08:00–22:00');
    expect(element.textContent).toContain('08:00–21:00');
  });

  it('approves one field and rejects the other with a comment, then goes back to the queue', async () => {
    const { fixture, loader, click, comment, router } = await setUp();
    const [english, hours] = await loader.getAllHarnesses(MatRadioGroupHarness);
    await english!.checkRadioButton({ label: 'Valider' });
    await hours!.checkRadioButton({ label: 'Refuser' });
    comment('Les horaires 2026 ne sont pas encore confirmés.');
    await click('Enregistrer la décision');

    const operation = apolloController().expectOne('ReviewChangeRequest');
    expect(operation.operation.variables).toEqual({
      input: {
        id: 'request-1',
        version: 2,
        decisions: [
          { path: 'longDescription.en', decision: 'APPROVE' },
          { path: 'openingPeriods', decision: 'REJECT' },
        ],
        comment: 'Les horaires 2026 ne sont pas encore confirmés.',
        sendBack: false,
      },
    });
    operation.flushData({ reviewChangeRequest: { ...REQUEST, status: 'PARTIALLY_APPROVED', version: 3 } });
    await settle(fixture);
    // The queue's filters came back with it.
    expect(router.url).toBe('/demandes?type=HOTELLERIE');
  });

  it('refuses a rejection without a comment, and an undecided field, without calling the API', async () => {
    const { element, loader, click } = await setUp();
    const [, hours] = await loader.getAllHarnesses(MatRadioGroupHarness);
    await hours!.checkRadioButton({ label: 'Refuser' });
    await click('Enregistrer la décision');

    apolloController().expectNone('ReviewChangeRequest');
    const summary = element.querySelector('.error-summary')!.textContent;
    expect(summary).toContain('Description détaillée (anglais)\u00a0: Décidez de ce champ');
    expect(summary).toContain('Commentaire\u00a0: Expliquez au partenaire pourquoi un champ est refusé.');
  });

  it('sends a corrected text as the value to publish', async () => {
    const { fixture, element, loader, click } = await setUp();
    const [english, hours] = await loader.getAllHarnesses(MatRadioGroupHarness);
    await english!.checkRadioButton({ label: 'Corriger' });
    await hours!.checkRadioButton({ label: 'Valider' });
    await settle(fixture);
    const correction = [...element.querySelectorAll('mat-form-field')]
      .find((f) => f.textContent?.includes('Valeur publiée'))!
      .querySelector('textarea')!;
    expect(correction.value).toBe('A quiet family hotel.');
    correction.value = 'A quiet, family-run hotel.';
    correction.dispatchEvent(new Event('input'));
    await click('Enregistrer la décision');

    const operation = apolloController().expectOne('ReviewChangeRequest');
    expect(operation.operation.variables['input'].decisions).toEqual([
      { path: 'longDescription.en', decision: 'APPROVE', correctedValue: 'A quiet, family-run hotel.' },
      { path: 'openingPeriods', decision: 'APPROVE' },
    ]);
  });

  it('« Tout valider » then its confirmation approves every field: two actions', async () => {
    const { fixture, element, click } = await setUp();
    await click('Tout valider');
    apolloController().expectNone('ReviewChangeRequest');
    expect(document.activeElement?.textContent?.trim()).toBe('Confirmer la validation');
    expect(element.textContent).toContain('Publier les 2 modifications');

    await click('Confirmer la validation');
    const operation = apolloController().expectOne('ReviewChangeRequest');
    expect(operation.operation.variables['input']).toEqual({
      id: 'request-1',
      version: 2,
      decisions: [
        { path: 'longDescription.en', decision: 'APPROVE' },
        { path: 'openingPeriods', decision: 'APPROVE' },
      ],
      comment: '',
      sendBack: false,
    });
    operation.flushData({ reviewChangeRequest: { ...REQUEST, status: 'APPROVED', version: 3 } });
    await settle(fixture);
  });

  it('sends back to the partner only with a comment', async () => {
    const { click, comment, element } = await setUp();
    await click('Renvoyer au partenaire');
    apolloController().expectNone('ReviewChangeRequest');
    expect(element.querySelector('.error-summary')?.textContent).toContain('Dites au partenaire ce qu’il doit compléter.');

    comment('Ajoutez les horaires du dimanche.');
    await click('Renvoyer au partenaire');
    const operation = apolloController().expectOne('ReviewChangeRequest');
    expect(operation.operation.variables['input']).toEqual(
      expect.objectContaining({ decisions: [], sendBack: true, comment: 'Ajoutez les horaires du dimanche.' }),
    );
  });

  it('on CONFLICT, says another reviewer was first and reloads the request when asked', async () => {
    const { fixture, element, click } = await setUp();
    await click('Tout valider');
    await click('Confirmer la validation');

    const conflict = 'Cette demande vient d’être traitée par quelqu’un d’autre.';
    apolloController().expectOne('ReviewChangeRequest').graphqlErrors([{ message: conflict, extensions: { code: 'CONFLICT' } }]);
    await settle(fixture);
    const summary = element.querySelector<HTMLElement>('.error-summary')!;
    expect(summary.textContent).toContain(conflict);
    expect(document.activeElement).toBe(summary);

    [...summary.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Recharger la demande')!.click();
    await settle(fixture);
    apolloController()
      .expectOne('ChangeRequest')
      .flushData({ changeRequest: { ...REQUEST, status: 'APPROVED', version: 3, reviewedByName: 'Marc Agent' } });
    await settle(fixture);
    expect(element.textContent).toContain('Cette demande a déjà été traitée par Marc Agent');
    expect([...element.querySelectorAll('button')].some((b) => b.textContent?.includes('Tout valider'))).toBe(false);
  });
});
