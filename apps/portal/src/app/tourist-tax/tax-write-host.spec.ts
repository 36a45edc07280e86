import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { apolloController, provideApolloTesting, render, settle, signInAs, staffUser } from '../../testing/apollo';
import { Flash } from '../shared/flash';
import { TaxWriteHost } from './tax-write-host';

async function setUp() {
  TestBed.configureTestingModule({
    providers: [
      provideApolloTesting(), provideRouter([{ path: '**', children: [] }]),
      { provide: ActivatedRoute, useValue: { queryParamMap: of(convertToParamMap({ motif: 'silent', nom: 'Gîte des Crêts', partenaire: 'SARL Les Crêts', annee: '2026' })) } },
    ],
  });
  signInAs(staffUser());
  const fixture = TestBed.createComponent(TaxWriteHost);
  fixture.componentRef.setInput('organisationId', 'org-9');
  await render(fixture);
  apolloController().expectOne('TaxHostMessages').flushData({
    taxHostMessages: [{ __typename: 'TaxHostMessage', id: 'm-1', subject: 'Un premier courriel', text: 'Bonjour…', recipients: 2, sentAt: '2026-03-02T09:00:00.000Z' }],
  });
  await settle(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

describe('TaxWriteHost', () => {
  afterEach(() => apolloController().verify());

  it('prefills a French message for the reason, lists what was written before, and sends what staff edited', async () => {
    const { fixture, element } = await setUp();
    const subject = element.querySelector<HTMLInputElement>('input[formcontrolname=subject]')!;
    const text = element.querySelector<HTMLTextAreaElement>('textarea[formcontrolname=text]')!;
    expect(subject.value).toBe('Taxe de séjour 2026\u00a0: aucune déclaration pour «\u00a0Gîte des Crêts\u00a0»');
    expect(text.value).toMatch(/^Bonjour,/);
    expect(element.querySelector('section')?.textContent).toContain('Un premier courriel (2 destinataires)');
    text.value = `${text.value}\n\nPS : appelez-nous au 04 50 00 00 00.`;
    text.dispatchEvent(new Event('input'));
    (element.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle(fixture);
    const sent = apolloController().expectOne('WriteToTaxHost');
    expect(sent.operation.variables['input']).toMatchObject({ organisationId: 'org-9', subject: subject.value, text: expect.stringContaining('PS : appelez-nous') });
    sent.flushData({ writeToTaxHost: { __typename: 'TaxHostMessageResult', recipients: 2, sentAt: '2026-11-30T07:00:00.000Z' } });
    await settle(fixture);
    for (const refetch of apolloController().match('TaxHostMessages')) refetch.flushData({ taxHostMessages: [] });
    await settle(fixture);
    // the confirmation is said on the page it leads to (the follow-up)
    const flash = TestBed.inject(Flash);
    flash.navigated();
    expect(flash.message()).toBe('Courriel envoyé à 2 responsables de SARL Les Crêts.');
  });

  it('names the field and sends nothing when the subject is emptied', async () => {
    const { fixture, element } = await setUp();
    const subject = element.querySelector<HTMLInputElement>('input[formcontrolname=subject]')!;
    subject.value = '';
    subject.dispatchEvent(new Event('input'));
    (element.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle(fixture);
    expect(element.querySelector('app-error-summary')?.textContent).toContain('Objet\u00a0: L’objet doit comporter entre 5 et 200 caractères.');
  });
});
