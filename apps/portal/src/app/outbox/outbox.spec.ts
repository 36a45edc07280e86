import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { apolloController, provideApolloTesting, render, settle, signInAs, staffUser } from '../../testing/apollo';
import { Outbox } from './outbox';

const invitationText =
  "Bonjour,\n\nJulie Agent vous invite à rejoindre Hôtel du Jura.\nActivez votre compte : http://localhost:3000/invitation?token=abc_DEF-123\n\nÀ bientôt.";

function outbox(smtpConfigured: boolean) {
  return {
    outbox: {
      __typename: 'OutboxPage',
      total: 2,
      offset: 0,
      limit: 20,
      smtpConfigured,
      items: [
        {
          __typename: 'OutboxMessage',
          id: 'msg-2',
          recipient: 'claire@hotel-du-jura.fr',
          subject: 'Invitation à rejoindre Hôtel du Jura',
          text: invitationText,
          status: 'PENDING',
          attempts: 2,
          lastError: 'Connection refused',
          createdAt: '2026-11-26T09:00:00.000Z',
          sentAt: null,
          nextAttemptAt: '2026-11-26T09:05:00.000Z',
        },
        {
          __typename: 'OutboxMessage',
          id: 'msg-1',
          recipient: 'paul@camping.fr',
          subject: 'Réinitialisation du mot de passe',
          text: 'Lien : http://localhost:3000/reinitialiser?token=zzz',
          status: 'FAILED',
          attempts: 3,
          lastError: 'Connection refused',
          createdAt: '2026-11-25T09:00:00.000Z',
          sentAt: null,
          nextAttemptAt: null,
        },
      ],
    },
  };
}

async function open(url = '/courriels') {
  TestBed.configureTestingModule({
    providers: [provideApolloTesting(), provideRouter([{ path: 'courriels', component: Outbox }])],
  });
  signInAs(staffUser());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await render(harness.fixture);
  return harness.fixture;
}

function flushTrouble(failed = 1) {
  apolloController()
    .expectOne('OutboxTrouble')
    .flushData({ outboxTrouble: { __typename: 'OutboxTrouble', failing: 1, failed, smtpConfigured: true } });
}

async function setUp(smtpConfigured: boolean, failed = 1) {
  const fixture = await open();
  const operation = apolloController().expectOne('Outbox');
  expect(operation.operation.variables).toEqual({ page: { offset: 0, limit: 20 } });
  operation.flushData(outbox(smtpConfigured));
  flushTrouble(failed);
  await settle(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

describe('Outbox', () => {
  afterEach(() => apolloController().verify());

  it('lists messages with their status and warns when no SMTP server is configured', async () => {
    const { element } = await setUp(false);

    expect(element.textContent).toContain('Aucun serveur SMTP n’est configuré\u00a0: les courriels restent ici, en attente d’envoi.');
    const statuses = [...element.querySelectorAll('.status-chip')].map((chip) => chip.textContent?.trim());
    expect(statuses).toEqual(['En attente d’envoi', 'Échec d’envoi']);
    // The readable subject, never the template's key; a message being retried says so.
    expect([...element.querySelectorAll('td.subject')].map((h) => h.textContent?.trim())).toEqual([
      'Invitation à rejoindre Hôtel du Jura',
      'Réinitialisation du mot de passe',
    ]);
    expect(element.textContent).not.toContain('password-reset');
    expect(element.querySelector('.retry')?.textContent).toContain('2\u00a0tentatives échouées, nouvel essai vers');
  });

  it('has no banner when mail leaves the machine', async () => {
    const { element } = await setUp(true);
    expect(element.textContent).not.toContain('Aucun serveur SMTP');
  });

  it('shows the text of a message with a clickable link once expanded', async () => {
    const { fixture, element } = await setUp(true);
    expect(element.querySelector('a[href*="invitation?token="]')).toBeNull();

    const button = [...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Lire le message'))!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    await settle(fixture);

    expect(button.getAttribute('aria-expanded')).toBe('true');
    const link = element.querySelector<HTMLAnchorElement>('a[href*="invitation?token="]');
    expect(link?.getAttribute('href')).toBe('http://localhost:3000/invitation?token=abc_DEF-123');
    expect(element.querySelector(`#${button.getAttribute('aria-controls')}`)?.textContent).toContain(
      'Julie Agent vous invite à rejoindre Hôtel du Jura.',
    );

    button.click();
    await settle(fixture);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(element.querySelector('a[href*="invitation?token="]')).toBeNull();
  });

  it('also opens a message when its row is clicked', async () => {
    const { fixture, element } = await setUp(true);
    const recipientCell = [...element.querySelectorAll('td')].find((td) => td.textContent?.trim() === 'paul@camping.fr')!;

    recipientCell.click();
    await settle(fixture);

    expect(element.querySelector('a[href*="reinitialiser?token=zzz"]')).not.toBeNull();
  });

  it('keeps the status filter and the page in the URL', async () => {
    const fixture = await open('/courriels?statut=FAILED&page=2');
    const first = apolloController().expectOne('Outbox');
    expect(first.operation.variables).toEqual({ page: { offset: 20, limit: 20 }, status: 'FAILED' });
    first.flushData(outbox(true));
    flushTrouble();
    await settle(fixture);
    const status = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness);
    expect(await status.getValueText()).toBe('Échec d’envoi');

    await status.open();
    await status.clickOptions({ text: 'En attente d’envoi' });
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/courriels?statut=PENDING');
    expect(apolloController().expectOne('Outbox').operation.variables).toEqual({
      page: { offset: 0, limit: 20 },
      status: 'PENDING',
    });
  });

  it('searches by recipient, with the search in the URL', async () => {
    const { fixture, element } = await setUp(true);
    const input = element.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = ' Paul@ ';
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/courriels?destinataire=Paul@');
    expect(apolloController().expectOne('Outbox').operation.variables).toEqual({ page: { offset: 0, limit: 20 }, recipient: 'Paul@' });
  });

  it('re-queues the failed messages in one action and says how many', async () => {
    const { fixture, element } = await setUp(true, 2);
    expect(element.querySelector('#failed-heading')?.textContent).toBe('2\u00a0courriels en échec d’envoi');
    const button = [...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Renvoyer les courriels en échec'))!;
    button.click();
    await settle(fixture);

    apolloController().expectOne('RequeueFailedMail').flushData({ requeueFailedMail: 2 });
    await settle(fixture);
    flushTrouble(0);
    apolloController().expectOne('Outbox').flushData(outbox(true));
    await settle(fixture);
    expect(element.querySelector('.requeue-result')?.textContent).toContain('2\u00a0courriels remis en file d’envoi.');
    expect(element.querySelector('#failed-heading')).toBeNull();
  });

  it('labels every cell, so that rows stacked as cards on a phone still say what each value is', async () => {
    const { element } = await setUp(true);
    const labels = [...element.querySelectorAll('tr.message-row')[0]!.querySelectorAll('td[data-label]')].map((td) => td.getAttribute('data-label'));
    expect(labels).toEqual(['Date', 'Destinataire', 'Objet', 'Statut']);
  });
});
