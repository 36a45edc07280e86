import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { parisDay } from '@extranet/domain/tourist-tax';
import { apolloController, provideApolloTesting, render, settle, signInAs, staffUser } from '../../testing/apollo';
import { TaxStatistics } from './tax-statistics';

const YEAR = Number(parisDay(new Date()).slice(0, 4));
const MONTHS = ['Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Août', 'Septembre', 'Octobre', 'Novembre', 'Décembre'];
const row = (key: string, label: string, amountCents: number, previousAmountCents: number) => ({
  __typename: 'TaxStatisticsRow', key, label, nights: amountCents / 100, personNights: amountCents / 50, platformNights: 0, amountCents,
  previousNights: previousAmountCents / 100, previousPersonNights: previousAmountCents / 50, previousAmountCents,
});

async function setUp() {
  TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
  signInAs(staffUser());
  const fixture = TestBed.createComponent(TaxStatistics);
  await render(fixture);
  const op = apolloController().expectOne('TaxStatistics');
  expect(op.operation.variables['year']).toBe(YEAR);
  op.flushData({
    taxStatistics: {
      __typename: 'TaxStatistics', year: YEAR, monthMethod: 'Répartition au prorata des jours.',
      byMonth: MONTHS.map((m, i) => row(String(i + 1), `${m} ${YEAR}`, i === 6 ? 900000 : 10000, 20000)),
      byQuarter: [row('1', 'T1', 30000, 60000)],
      byCommune: [row('01173', 'Gex', 500000, 400000), row('01143', 'Divonne-les-Bains', 200000, 0)],
      byCategory: [row('STARS_3', '3 étoiles', 700000, 400000)],
      forecast: { __typename: 'TaxForecast', declaredCents: 1010000, forecastCents: 1200000, previousYearCents: 240000, method: 'Trimestres échus (3).' },
    },
  });
  await settle(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

describe('TaxStatistics', () => {
  // jsdom has no canvas: Chart.js gets no context and draws nothing (the tables carry the figures).
  beforeAll(() => {
    HTMLCanvasElement.prototype.getContext = (() => null) as never;
  });
  afterEach(() => apolloController().verify());

  it('describes each chart in words beside its table, states both methods and links the XLSX export', async () => {
    const { element } = await setUp();
    const canvases = [...element.querySelectorAll('canvas')];
    expect(canvases.length).toBe(4);
    for (const canvas of canvases) {
      expect(canvas.getAttribute('role')).toBe('img');
      const id = canvas.getAttribute('aria-describedby')!;
      expect(element.querySelector(`#${id}`)?.textContent).toBe(canvas.getAttribute('aria-label'));
    }
    expect(canvases[0]!.getAttribute('aria-label')).toContain(`Le montant le plus élevé\u00a0: Juillet ${YEAR}, 9\u202f000,00`);
    expect(element.textContent).toContain('Répartition au prorata des jours.');
    expect(element.textContent).toContain('Méthode\u00a0: Trimestres échus (3).');
    const monthTable = element.querySelector('#by-month')!.closest('section')!.querySelector('table')!;
    expect(monthTable.querySelectorAll('tbody tr').length).toBe(12);
    expect(monthTable.querySelector('tbody tr')!.textContent).toContain(`Janvier ${YEAR}`);
    expect([...element.querySelectorAll('td')].map((td) => td.textContent)).toContain('nouveau');
    expect(element.querySelector('a[download]')!.getAttribute('href')).toBe(`/api/tourist-tax/statistics/${YEAR}.xlsx`);
  }, 30_000);
});
