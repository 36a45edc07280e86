import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apolloController, provideApolloTesting, render, settle, signInAs, staffUser } from '../../testing/apollo';
import { StaffFollowUp } from './staff-follow-up';

const YEAR = new Date().getFullYear();
const months = (at: number, value: number) => Array.from({ length: 12 }, (_, i) => (i === at ? value : 0));

describe('StaffFollowUp', () => {
  // jsdom has no canvas: Chart.js gets no context and draws nothing (the table carries the figures).
  beforeAll(() => {
    HTMLCanvasElement.prototype.getContext = (() => null) as never;
  });
  afterEach(() => apolloController().verify());

  it('shows revenue per item with its export, who did not renew, and reminds in one click', async () => {
    TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
    signInAs(staffUser());
    const fixture = TestBed.createComponent(StaffFollowUp);
    await render(fixture);
    apolloController().expectOne('PackRevenue').flushData({
      packRevenue: [
        { __typename: 'PackRevenueRow', itemName: 'Pack Hébergement', kind: 'PACK', paidByMonth: months(2, 78_000), awaitingByMonth: months(3, 39_000), paidCents: 78_000, awaitingCents: 39_000 },
      ],
    });
    apolloController().expectOne('PackFollowUp').flushData({
      packFollowUp: {
        __typename: 'PackFollowUp', year: YEAR,
        renewals: [
          { __typename: 'PackRenewal', organisationId: 'org-1', organisationName: 'Hôtel du Jura', previousStatus: 'PAID', status: null, renewed: false },
          { __typename: 'PackRenewal', organisationId: 'org-2', organisationName: 'Camping du Lac', previousStatus: 'PAID', status: 'PAID', renewed: true },
        ],
        overdue: [],
      },
    });
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const text = element.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('780,00 € payés, 390,00 € en attente.');
    expect(element.querySelector(`a[href="/api/packs/revenue/${YEAR}"]`)?.textContent).toContain('Exporter le tableau (XLSX)');
    expect(text).toContain(`Renouvellements (1 sur 2 partenaires de ${YEAR - 1})`);
    expect(text).toContain('Non renouvelé');

    const buttons = [...element.querySelectorAll('button')].filter((b) => b.textContent?.includes('Relancer'));
    expect(buttons.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Relancer Hôtel du Jura']);
    buttons[0]!.click();
    await settle(fixture);
    const remind = apolloController().expectOne('SendPackReminder');
    expect(remind.operation.variables).toEqual({ organisationId: 'org-1', year: YEAR });
    remind.flushData({ sendPackReminder: 1 });
    await settle(fixture);
  });
});
