// Service packs in Chromium against the production build with the demo data: the demo hotel (on a
// retry, another hotel without a pack for the year) sees only the packs and options offered to hotels, picks two options, accepts the terms and chooses a
// bank transfer; staff find it among the unpaid subscriptions and record the transfer; the partner
// then downloads its Factur-X invoice. Every page visited is scanned by axe-core.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './session.js';
import { expectAccessible, expectNoSidewaysScroll } from './a11y.js';

const STAFF = 'agent@demo.paysdegex.test';
/** The demo partner « Hôtel du Jura »: the seed gives it a paid 2025 pack and none for the current year. */
const OWNER = 'responsable@demo.paysdegex.test';
const PARTNER = 'Hôtel du Jura';
/**
 * The hotel a retry subscribes instead (partner 10 of the seed: a 2025 pack, none for the current
 * year, used by no other journey): the first attempt may already have subscribed and paid for the
 * demo hotel, and a paid pack cannot be chosen again.
 */
const RETRY_OWNER = 'partenaire-00010@demo.paysdegex.test';
const RETRY_PARTNER = 'Hôtel du Château';

test('a hotel chooses its pack and pays by transfer, staff record the payment, the hotel downloads its invoice', async ({ page, browser }) => {
  test.slow();
  const year = new Date().getFullYear();

  const first = test.info().retry === 0;
  const [owner, partner] = first ? [OWNER, PARTNER] : [RETRY_OWNER, RETRY_PARTNER];

  // Partner home: the pack for the year is « à renouveler » (last year's was paid).
  await signIn(page, owner);
  const todo = page.getByRole('region', { name: new RegExp(`Votre pack ${year}`) });
  await expect(todo).toBeVisible();
  if (first) await expect(todo.getByText('À renouveler')).toBeVisible();
  await expectAccessible(page, 'accueil partenaire avec son pack');
  await todo.getByRole('link', { name: /mon pack/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Packs de services ${year}` })).toBeVisible();

  // Only what hotels are offered.
  await expect(page.getByRole('heading', { name: `Choisir votre pack ${year}` })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Pack Hébergement/ })).toBeVisible();
  await expect(page.getByText('Pack Restauration')).toHaveCount(0);
  await expect(page.getByText('Publications sur les réseaux sociaux')).toHaveCount(0);
  await expectAccessible(page, 'choix du pack');

  await page.getByRole('radio', { name: /Pack Hébergement/ }).check();
  await page.getByRole('checkbox', { name: /Encart dans le guide touristique/ }).check();
  await page.getByRole('checkbox', { name: /Présentoir de brochures/ }).check();
  // 390 + 90 + 30 € HT at 20 %.
  await expect(page.getByText('612,00 € TTC', { exact: false }).first()).toBeVisible();
  await page.getByRole('checkbox', { name: /J’ai lu et j’accepte les conditions générales de vente/ }).check();
  await page.getByRole('radio', { name: 'Virement bancaire' }).check();
  await expect(page.getByRole('radio', { name: /Paiement en ligne/ })).toHaveCount(0);
  await expectAccessible(page, 'pack choisi, conditions acceptées');
  await page.getByRole('button', { name: 'Souscrire' }).click();
  await expect(page.getByText('Votre souscription est enregistrée.')).toBeVisible();
  await expect(page.getByText('Reste à payer : 612,00 €')).toBeVisible();
  await expectAccessible(page, 'pack en attente de paiement');

  // Staff: the year's figures on the home, then the unpaid subscriptions and the transfer.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF);
  await expect(staff.getByRole('heading', { name: `Packs ${year}` })).toBeVisible();
  await expectAccessible(staff, 'accueil de l’office avec les packs');
  await staff.getByRole('link', { name: 'Voir les souscriptions à encaisser' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Souscriptions aux packs' })).toBeVisible();
  await staff.getByLabel('Partenaire').fill(partner);
  const card = staff.getByRole('article').filter({ hasText: partner }).filter({ hasText: 'Reste à payer : 612,00 €' });
  await expect(card).toBeVisible();
  await expectAccessible(staff, 'souscriptions à encaisser');
  await card.getByRole('button', { name: `Enregistrer un paiement de ${partner}` }).click();
  await expect(card.getByLabel('Montant reçu (€)')).toHaveValue('612,00');
  await card.getByLabel(/Référence/).fill(`VIR ${partner.toUpperCase()}`);
  await expectAccessible(staff, 'enregistrement d’un paiement');
  await card.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(staff.getByText(`Paiement enregistré : ${partner} a payé son pack, la facture est émise.`)).toBeVisible();
  await staffContext.close();

  // Partner: paid, and the invoice downloads as a Factur-X PDF.
  await page.reload();
  const current = page.getByRole('article').filter({ hasText: `Pack ${year}` }).first();
  await expect(current.getByText('Payé', { exact: true })).toBeVisible();
  const link = current.getByRole('link', { name: /Télécharger la facture F\d{4}-\d{4}/ });
  await expect(link).toBeVisible();
  await expectAccessible(page, 'pack payé avec sa facture');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^F\d{4}-\d{4}\.pdf$/);
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1')).toContain('factur-x.xml');
});

test('on a 390 px phone: the partner reads its packs, staff read the subscriptions, the follow-up and the catalogue', async ({ page, browser }) => {
  test.slow();
  const year = new Date().getFullYear();
  const phone = { width: 390, height: 844 };

  // Read-only: nothing here changes the demo data another journey relies on.
  await page.setViewportSize(phone);
  await signIn(page, OWNER);
  await page.getByRole('region', { name: new RegExp(`Votre pack ${year}`) }).getByRole('link', { name: /mon pack/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Packs de services ${year}` })).toBeVisible();
  await expectNoSidewaysScroll(page, 'packs du partenaire (390 px)');
  await expectAccessible(page, 'packs du partenaire (390 px)');

  const staffContext = await browser.newContext({ viewport: phone });
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF);
  for (const [path, heading] of [
    ['/packs/souscriptions', 'Souscriptions aux packs'],
    ['/packs/suivi', 'Suivi des packs'],
    ['/packs/catalogue', 'Catalogue des packs'],
  ] as const) {
    await staff.goto(path);
    await expect(staff.getByRole('heading', { level: 1, name: new RegExp(heading) })).toBeVisible();
    await expectNoSidewaysScroll(staff, `${heading} (390 px)`);
    await expectAccessible(staff, `${heading} (390 px)`);
  }
  await staffContext.close();
});
