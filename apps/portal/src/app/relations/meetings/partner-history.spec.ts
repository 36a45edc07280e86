import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apolloController, provideApolloTesting, render, settle, signInAs, staffUser } from '../../../testing/apollo';
import { PartnerHistory } from './partner-history';

describe('PartnerHistory', () => {
  afterEach(() => apolloController().verify());

  it('shows the messages the office wrote to the partner, with date, author and recipients', async () => {
    TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
    signInAs(staffUser());
    const fixture = TestBed.createComponent(PartnerHistory);
    fixture.componentRef.setInput('id', 'org-1');
    await render(fixture);
    const query = apolloController().expectOne('PartnerRelationHistory');
    expect(query.operation.variables).toEqual({ organisationId: 'org-1' });
    query.flushData({
      partnerRelationHistory: {
        __typename: 'PartnerRelationHistory', newsRead: 0, meetings: [], registrations: [],
        messages: [{ __typename: 'PartnerMessage', id: 'm1', subject: 'Taxe de séjour\u00a0: déclarer votre gîte', text: 'Bonjour,\n\nMerci de nous répondre.', recipients: 2, sentAt: '2026-05-10T10:00:00.000Z', authorName: 'Julie Agent' }],
      },
    });
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const heading = [...element.querySelectorAll('h2')].find((h) => h.textContent === 'Messages de l’office')!;
    const item = heading.nextElementSibling!.querySelector('li')!;
    expect(item.querySelector('h3')?.textContent).toBe('Taxe de séjour\u00a0: déclarer votre gîte');
    expect(item.textContent?.replace(/\s+/g, ' ')).toContain('Envoyé le 10 mai 2026');
    expect(item.textContent?.replace(/\s+/g, ' ')).toContain('par Julie Agent à 2 responsables');
    expect(item.querySelector('.message')?.textContent).toBe('Bonjour,\n\nMerci de nous répondre.');
  });
});
