// Tourist tax in Chromium against the production build with the demo data: the owner of a 3-star
// hotel (an account the journey opens for itself) reads its guidance, simulates a stay with a minor,
// declares a late quarter and reads the receipt; the same owner's unclassified holiday let is
// declared with a nightly price and the cap applies; staff see the late list, send a reminder (it is in the outbox) and record a payment.
// Staff's own pages (register and undeclared list, account edit/close/merge, correction requests,
// writing to a host, statistics, tariffs) are scanned at 1280 px and on a 390 px phone, where
// nothing may scroll sideways; staff edit, close and merge accounts the journey creates itself.
// Every page visited is scanned by axe-core.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './session.js';
import { graphql } from './api.js';
import { expectAccessible, expectNoSidewaysScroll } from './a11y.js';

const STAFF = 'agent@demo.paysdegex.test';
/** The demo partner: the seed gives its 3-star hotel a late quarter and its unclassified let a quarter due. */
const OWNER = 'responsable@demo.paysdegex.test';
/** A restaurant with rooms and no tax account in the demo: the first journey opens its own accounts on it. */
const HOST = 'partenaire-00019@demo.paysdegex.test';
/** A demo partner no other journey uses: the account and correction journeys create their own tax accounts on it. */
const ACCOUNTS_OWNER = 'partenaire-00077@demo.paysdegex.test';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

function stamp(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** axe at 1280 px and at 390 px, where nothing may scroll sideways; the page stays as it is. */
async function accessibleAtBothWidths(page: Page, label: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await expectAccessible(page, `${label} (1280 px)`);
  await page.setViewportSize(PHONE);
  await expectAccessible(page, `${label} (390 px)`);
  await expectNoSidewaysScroll(page, `${label} (390 px)`);
  await page.setViewportSize(DESKTOP);
}

/** The first day of the quarter before last: an account opened then always has a late quarter (its deadline, the 20th after it, is past). */
function quarterBeforeLast(): string {
  const now = new Date();
  const index = now.getFullYear() * 4 + Math.floor(now.getMonth() / 3) - 2;
  return `${Math.floor(index / 4)}-${String((index % 4) * 3 + 1).padStart(2, '0')}-01`;
}

test('a host reads its guidance, simulates a stay, declares two quarters; staff chase a late host and record a payment', async ({ page, browser }) => {
  test.slow();
  // Accounts of its own, opened by staff for a partner that has none in the demo: a retry or a
  // second run finds new late quarters, whatever the others declared before.
  const run = stamp();
  const hotel = `Hôtel ${run} du Reculet`;
  const holidayLet = `Gîte ${run} de la Valserine`;
  await signIn(page, HOST);
  const { me } = await graphql<{ me: { memberships: { role: string; organisation: { id: string } }[] } }>(page.request, '{ me { memberships { role organisation { id } } } }');
  const organisationId = me.memberships.find((m) => m.role === 'OWNER')!.organisation.id;
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF);
  for (const input of [
    { name: hotel, kind: 'HOTEL', stars: 3, capacity: 40 },
    { name: holidayLet, kind: 'FURNISHED_LET', stars: null, capacity: 4 },
  ]) {
    await graphql(staff.request, 'mutation($input: CreateTaxAccommodationInput!) { createTaxAccommodation(input: $input) { id } }', {
      input: { ...input, organisationId, communeCode: '01173', activeFrom: quarterBeforeLast() },
    });
  }

  // Home: the late quarters are on the host's to-do.
  await page.goto('/');
  const todo = page.getByRole('region', { name: /^Taxe de séjour/ });
  await expect(todo).toContainText('Déclarations en retard');
  await expect(todo).toContainText(hotel);
  await expectAccessible(page, 'accueil partenaire avec la taxe de séjour');

  // Guidance of the 3-star hotel.
  await page.getByRole('link', { name: 'Taxe de séjour', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Taxe de séjour' })).toBeVisible();
  await expectAccessible(page, 'hébergements du partenaire');
  await page.getByRole('link', { name: hotel, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: hotel })).toBeVisible();
  await expect(page.getByRole('region', { name: /Votre tarif en/ })).toContainText('1,30 € par personne et par nuit');
  await expect(page.getByRole('region', { name: 'En cas de retard' })).toContainText('taxation d’office');

  // Calculator: 3 persons of whom a minor, 2 nights → 2 × 2 × 1.30 = 5.20 €.
  const calculator = page.getByRole('region', { name: 'Simulateur' });
  await calculator.getByLabel('Personnes (toutes)').fill('3');
  await calculator.getByLabel('dont mineurs').fill('1');
  await calculator.getByLabel('Nuits').fill('2');
  await expect(calculator.getByRole('status')).toContainText('Taxe de séjour à facturer : 5,20 €');
  await expect(calculator.getByRole('status')).toContainText('1 personne exonérée');
  await expectAccessible(page, 'guide et simulateur de l’hôtel');

  // Declare a late quarter from the to-do: 10 stays of 2 nights for 2 persons → 10 × 2 × 2 × 1.30 = 52.00 €.
  await page.goto('/');
  await todo.getByRole('link', { name: `Déclarer ${hotel}`, exact: false }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Déclarer le/ })).toBeVisible();
  await page.getByLabel('Nombre de séjours').fill('10');
  await page.getByLabel('Nuits par séjour').fill('2');
  await page.getByLabel('Personnes par séjour').fill('2');
  await expect(page.locator('.figure')).toContainText('Montant dû pour le trimestre : 52,00 €');
  await expectAccessible(page, 'formulaire de déclaration');
  await page.getByRole('button', { name: /Déposer la déclaration/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Reçu de déclaration/ })).toBeVisible();
  await expect(page.locator('.receipt')).toContainText('52,00 €');
  await expectAccessible(page, 'reçu de déclaration');

  // The unclassified holiday let: 300 € a night for 2 persons, 2 nights → capped at 3.50 € → 14.00 €.
  await page.goto('/taxe-de-sejour');
  await page.getByRole('link', { name: holidayLet, exact: true }).click();
  await expect(page.getByRole('region', { name: /Votre tarif en/ })).toContainText('proportionnelle au prix');
  await page.goto('/');
  await todo.getByRole('link', { name: `Déclarer ${holidayLet}`, exact: false }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Déclarer le/ })).toBeVisible();
  await page.getByLabel('Nuits par séjour').fill('2');
  await page.getByLabel('Personnes par séjour').fill('2');
  await page.getByLabel('Prix de la nuitée hors taxes (€)').fill('300');
  await expect(page.locator('.line-amount')).toContainText('plafond atteint');
  await expect(page.locator('.figure')).toContainText('Montant dû pour le trimestre : 14,00 €');
  await expectAccessible(page, 'déclaration d’un meublé non classé');
  await page.getByRole('button', { name: /Déposer la déclaration/ }).click();
  await expect(page.locator('.receipt')).toContainText('14,00 €');

  // Staff: the late list, a reminder in the outbox, a payment.
  await staff.goto('/');
  await expect(staff.getByRole('region', { name: 'Taxe de séjour' })).toContainText('déclarations en retard');
  await staff.getByRole('link', { name: 'Ouvrir le suivi de la taxe de séjour' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Suivi des déclarations' })).toBeVisible();
  const late = staff.getByRole('region', { name: /Hébergeurs en retard/ });
  const firstRow = late.getByRole('row').nth(1);
  const lateName = (await firstRow.getByRole('link').first().textContent())!.trim();
  await expectAccessible(staff, 'suivi de la taxe de séjour');
  await firstRow.getByRole('button', { name: /^Relancer/ }).click();
  await expect(staff.getByText(`Relance envoyée pour « ${lateName} »`)).toBeVisible();
  await staff.getByRole('link', { name: 'Courriels envoyés' }).click();
  await expect(staff.getByRole('row').filter({ hasText: `pour « ${lateName} »` }).first()).toBeVisible();
  await expectAccessible(staff, 'courriels envoyés avec la relance');

  await staff.goto('/taxe-de-sejour/suivi');
  await staff.getByLabel('Rechercher un hébergement ou un hébergeur').fill(hotel);
  await staff.getByRole('link', { name: hotel, exact: true }).click();
  await staff.getByLabel('Montant (€)').fill('52');
  await staff.getByLabel('Référence').fill('VIR-E2E');
  await staff.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(staff.getByText('Paiement de 52,00 € enregistré.')).toBeVisible();
  await expect(staff.getByRole('region', { name: 'Paiements reçus' })).toContainText('VIR-E2E');
  await expectAccessible(staff, 'hébergement avec un paiement');
  await staffContext.close();
});

test('staff read the statistics and tariffs, and open an account from the undeclared list', async ({ browser }) => {
  test.slow();
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF);

  // Statistics: charts described in words, tables, the forecast's method, the XLSX export.
  await staff.goto('/taxe-de-sejour/statistiques');
  await expect(staff.getByRole('heading', { level: 1, name: 'Statistiques de la taxe de séjour' })).toBeVisible();
  await expect(staff.getByRole('heading', { level: 2, name: 'Par mois' })).toBeVisible();
  await expect(staff.getByRole('img', { name: /taxe déclarée par mois/ })).toBeVisible();
  await expect(staff.getByText(/Méthode\s:/)).toBeVisible();
  await expect(staff.getByRole('link', { name: 'Exporter l’année (XLSX)' })).toHaveAttribute('href', /\/api\/tourist-tax\/statistics\/\d{4}\.xlsx$/);
  await expectAccessible(staff, 'statistiques de la taxe de séjour');

  // Tariffs.
  await staff.goto('/taxe-de-sejour/tarifs');
  await expect(staff.getByRole('heading', { level: 1, name: 'Tarifs de la taxe de séjour' })).toBeVisible();
  await expect(staff.getByLabel(/3 étoiles/).first()).toBeVisible();
  await expectAccessible(staff, 'tarifs de la taxe de séjour');

  // Undeclared: open an account for a partner without one, prefilled from the list.
  await staff.goto('/taxe-de-sejour/suivi');
  const undeclared = staff.getByRole('region', { name: 'Hébergements peut-être non déclarés' });
  await expect(undeclared.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expectAccessible(staff, 'suivi avec les hébergements non déclarés');
  // The demo's holiday-let partner without an account (prisma/seed/tourist-tax.ts); the refused
  // capacity saves nothing, so the list is the same for a retry.
  await undeclared.getByRole('link', { name: /^Ouvrir un compte/ }).first().click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Ouvrir un compte de taxe de séjour' })).toBeVisible();
  await staff.getByLabel('Capacité', { exact: true }).fill('-2');
  await staff.getByRole('button', { name: 'Ouvrir le compte' }).click();
  await expect(staff.getByRole('alert')).toContainText('Capacité');
  await expectAccessible(staff, 'ouverture d’un compte, erreur affichée');

  await staffContext.close();
});

// The correction form starts from the submitted lines (tax-declare.ts tracks each line by its form
// group: tracked by position, the first row stayed bound to the fresh line it replaced).
test('a host corrects a quarter and staff see the difference line by line', async ({ page, browser }) => {
  test.slow();
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF);
  // The host corrects its first quarter: one more night per stay.
  await signIn(page, OWNER);
  await page.goto('/taxe-de-sejour');
  await page.getByRole('link', { name: 'Hôtel du Jura', exact: true }).click();
  await page.getByRole('link', { name: /la déclaration du 1er trimestre/ }).click();
  await page.getByRole('link', { name: 'Corriger cette déclaration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Corriger la déclaration du 1er trimestre/ })).toBeVisible();
  // the form appears with the submitted lines in it (a fresh line has 1 stay; the demo quarter has more)
  await expect(page.getByLabel('Nombre de séjours').first()).not.toHaveValue('1');
  const nights = page.getByLabel('Nuits par séjour').first();
  await nights.fill(String(Number(await nights.inputValue()) + 1));
  await page.getByLabel('Raison de la correction').fill('Une nuit oubliée par séjour');
  await expectAccessible(page, 'formulaire de correction');
  await page.getByRole('button', { name: /^Déposer la correction/ }).click();
  const differences = page.getByRole('region', { name: /Ce que la correction change/ });
  await expect(differences).toContainText('Une nuit oubliée par séjour');
  await expect(differences.getByRole('row').filter({ hasText: 'Modifiée' }).first()).toContainText('Nuitées');
  const url = page.url();

  // Staff read the same difference.
  await staff.goto(new URL(url).pathname);
  await expect(staff.getByRole('region', { name: /Ce que la correction change/ }).getByRole('row').filter({ hasText: 'Modifiée' }).first()).toContainText('Nuitées');
  await expectAccessible(staff, 'déclaration corrigée vue par l’office');
  await staffContext.close();
});

test('a host asks for a correction of its accommodation; staff accept it from their to-do and the host sees it', async ({ page, browser }) => {
  test.slow();
  // An account of its own (staff open it for the partner), so that a retry never finds it corrected.
  const name = `Gîte ${stamp()} des Tilleuls`;
  await signIn(page, ACCOUNTS_OWNER);
  const { me } = await graphql<{ me: { memberships: { role: string; organisation: { id: string } }[] } }>(page.request, '{ me { memberships { role organisation { id } } } }');
  const organisationId = me.memberships.find((m) => m.role === 'OWNER')!.organisation.id;
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF);
  await graphql(staff.request, 'mutation($input: CreateTaxAccommodationInput!) { createTaxAccommodation(input: $input) { id } }', {
    input: { organisationId, name, communeCode: '01173', kind: 'FURNISHED_LET', stars: null, capacity: 4, activeFrom: '2024-06-01' },
  });

  await page.goto('/taxe-de-sejour');
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('link', { name: 'Demander une correction à l’office' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Demander une correction' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Capacité' }).check();
  const capacity = page.getByLabel('Capacité (valeur proposée)');
  await expect(capacity).toHaveValue('4');
  await capacity.fill('5');
  await page.getByLabel('Votre message').fill('Court');
  await page.getByRole('button', { name: 'Envoyer la demande à l’office' }).click();
  await expect(page.getByRole('alert')).toContainText('Votre message');
  await page.getByLabel('Votre message').fill('Un lit d’appoint a été ajouté dans la chambre.');
  await expectAccessible(page, 'demande de correction de l’hébergement');
  await page.getByRole('button', { name: 'Envoyer la demande à l’office' }).click();
  const requests = page.getByRole('table', { name: 'Demandes de correction' });
  await expect(requests.getByRole('row').nth(1)).toContainText('En attente de l’office');
  await expect(requests.getByRole('row').nth(1)).toContainText('Capacité : 5');

  await staff.goto('/');
  await staff.getByRole('link', { name: /demandes? de correction d’hébergeur à traiter/ }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Demandes de correction des hébergeurs' })).toBeVisible();
  await expectAccessible(staff, 'demandes de correction à traiter');
  await staff.getByRole('link', { name: `Traiter la demande pour ${name}` }).click();
  await expect(staff.getByRole('heading', { level: 2, name: /Demande de correction de/ })).toBeVisible();
  await expect(staff.getByLabel('Capacité', { exact: true })).toHaveValue('5');
  await expectAccessible(staff, 'compte avec la demande de correction');
  await staff.getByRole('button', { name: 'Accepter la demande et enregistrer' }).click();
  await expect(staff.getByText(`Demande acceptée, compte enregistré\u00a0: ${name}.`, { exact: false })).toBeVisible();
  await staff.goto('/courriels');
  await expect(staff.getByRole('row').filter({ hasText: `demande de correction pour « ${name} » est acceptée` }).first()).toBeVisible();
  await staffContext.close();

  await page.reload();
  await expect(page.getByRole('table', { name: 'Demandes de correction' }).getByRole('row').nth(1)).toContainText('Acceptée');
  await expect(page.locator('.meta').first()).toContainText('5 lits');
});

test('staff write to a host from the undeclared list; the list shows when', async ({ browser }) => {
  test.slow();
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF);
  await staff.goto('/taxe-de-sejour/suivi');
  const undeclared = staff.getByRole('region', { name: 'Hébergements peut-être non déclarés' });
  const write = undeclared.getByRole('link', { name: /^Écrire à l’hôte/ }).first();
  const label = (await write.textContent())!.replace(/^Écrire à l’hôte de /, '').trim();
  await write.click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Écrire à l’hôte' })).toBeVisible();
  await expect(staff.getByLabel('Objet')).toHaveValue(new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(staff.getByLabel('Message')).toHaveValue(/^Bonjour,/);
  await expectAccessible(staff, 'écrire à l’hôte');
  await staff.getByLabel('Message').fill('Bonjour,\n\nPouvez-vous nous rappeler au sujet de la taxe de séjour ?\n\nMerci.');
  await staff.getByRole('button', { name: 'Envoyer le courriel' }).click();
  // back on the follow-up (the confirmation is the page's flash message, checked in tax-write-host.spec.ts)
  await expect(staff.getByRole('heading', { level: 1, name: 'Suivi des déclarations' })).toBeVisible();
  await expect(staff.getByRole('region', { name: 'Hébergements peut-être non déclarés' }).getByText(/écrit le/).first()).toBeVisible();
  await staffContext.close();
});

test('on a 390 px phone: a host reads its guidance, simulates a stay and reads a receipt', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, OWNER);
  await expect(page.getByRole('region', { name: /^Taxe de séjour/ })).toBeVisible();
  await expectAccessible(page, 'accueil partenaire (390 px)');
  await page.goto('/taxe-de-sejour');
  await expectAccessible(page, 'hébergements du partenaire (390 px)');
  await page.getByRole('link', { name: 'Hôtel du Jura', exact: true }).click();
  const calculator = page.getByRole('region', { name: 'Simulateur' });
  await calculator.getByLabel('Personnes (toutes)').fill('2');
  await calculator.getByLabel('Nuits').fill('1');
  await expect(calculator.getByRole('status')).toContainText('Taxe de séjour à facturer : 2,60 €');
  await expectAccessible(page, 'guide et simulateur (390 px)');
  await page.getByRole('link', { name: /la déclaration du 2e trimestre/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Reçu de déclaration/ })).toBeVisible();
  await expectAccessible(page, 'reçu de déclaration (390 px)');
});

test('staff’s tax pages at 1280 px and on a 390 px phone: register and undeclared list, requests, writing to a host, statistics, tariffs', async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ viewport: DESKTOP });
  const staff = await context.newPage();
  await signIn(staff, STAFF);

  await staff.goto('/taxe-de-sejour/suivi');
  await expect(staff.getByRole('heading', { level: 1, name: 'Suivi des déclarations' })).toBeVisible();
  const undeclared = staff.getByRole('region', { name: 'Hébergements peut-être non déclarés' });
  await expect(undeclared.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(staff.getByText(/^\d+ hébergements?$/)).toBeVisible();
  await accessibleAtBothWidths(staff, 'suivi, registre et hébergements non déclarés');

  await undeclared.getByRole('link', { name: /^Écrire à l’hôte/ }).first().click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Écrire à l’hôte' })).toBeVisible();
  await expect(staff.getByLabel('Message')).toHaveValue(/^Bonjour,/);
  await accessibleAtBothWidths(staff, 'écrire à l’hôte');

  await staff.goto('/taxe-de-sejour/demandes');
  await expect(staff.getByRole('heading', { level: 1, name: 'Demandes de correction des hébergeurs' })).toBeVisible();
  await accessibleAtBothWidths(staff, 'demandes de correction');

  await staff.goto('/taxe-de-sejour/statistiques');
  await expect(staff.getByRole('img', { name: /taxe déclarée par mois/ })).toBeVisible();
  await accessibleAtBothWidths(staff, 'statistiques de la taxe de séjour');

  await staff.goto('/taxe-de-sejour/tarifs');
  await expect(staff.getByLabel(/3 étoiles/).first()).toBeVisible();
  await accessibleAtBothWidths(staff, 'tarifs de la taxe de séjour');
  await context.close();
});

test('staff edit an account, close one and merge a duplicate into another (accounts of its own)', async ({ browser }) => {
  test.slow();
  const run = stamp();
  // The partner's organisation, read by its owner; staff create three accounts on it.
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signIn(owner, ACCOUNTS_OWNER);
  const { me } = await graphql<{ me: { memberships: { role: string; organisation: { id: string } }[] } }>(owner.request, '{ me { memberships { role organisation { id } } } }');
  const organisationId = me.memberships.find((m) => m.role === 'OWNER')!.organisation.id;
  await ownerContext.close();

  const context = await browser.newContext({ viewport: DESKTOP });
  const staff = await context.newPage();
  await signIn(staff, STAFF);
  const names = { kept: `Hôtel ${run} des Crêts`, closing: `Gîte ${run} du Col`, duplicate: `Hôtel ${run} des Crêts (doublon)` };
  for (const name of Object.values(names)) {
    await graphql(staff.request, 'mutation($input: CreateTaxAccommodationInput!) { createTaxAccommodation(input: $input) { id } }', {
      input: { organisationId, name, communeCode: '01173', kind: 'HOTEL', stars: 2, capacity: 10, activeFrom: '2020-01-01' },
    });
  }

  // The register finds them; staff open the kept one and edit it.
  await staff.goto('/taxe-de-sejour/suivi');
  const register = staff.getByRole('region', { name: 'Registre des hébergements' });
  await register.getByLabel('Rechercher un hébergement ou un hébergeur').fill(run);
  await expect(register.getByText('3 hébergements')).toBeVisible();
  await register.getByRole('link', { name: `Gérer le compte ${names.kept}`, exact: true }).click();
  await expect(staff.getByRole('heading', { level: 1, name: `Compte : ${names.kept}` })).toBeVisible();
  await expect(staff.getByLabel('Capacité', { exact: true })).toHaveValue('10');
  await accessibleAtBothWidths(staff, 'compte de taxe de séjour');
  await staff.getByLabel('Capacité', { exact: true }).fill('0');
  await staff.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(staff.getByRole('alert')).toContainText('Capacité');
  await accessibleAtBothWidths(staff, 'compte de taxe de séjour, erreur affichée');
  await staff.getByLabel('Capacité', { exact: true }).fill('14');
  await staff.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(staff.getByText(`Compte enregistré : ${names.kept}.`)).toBeVisible();

  // Merge the duplicate into it.
  const merge = staff.getByRole('region', { name: 'Fusionner un doublon' });
  // a Material select opens from the keyboard (its floating label covers it for Playwright's mouse)
  const duplicate = merge.getByRole('combobox', { name: 'Doublon à fusionner' });
  await duplicate.focus();
  await duplicate.press('Enter');
  await staff.getByRole('option', { name: names.duplicate }).click();
  await expect(duplicate).toContainText(names.duplicate);
  await merge.getByRole('button', { name: 'Fusionner dans ce compte' }).click();
  await expect(staff.getByText(`« ${names.duplicate} » fusionné dans ce compte.`)).toBeVisible();
  await accessibleAtBothWidths(staff, 'compte après une fusion');

  // Close the other one with its last day of activity.
  await staff.goto('/taxe-de-sejour/suivi');
  await register.getByLabel('Rechercher un hébergement ou un hébergeur').fill(run);
  await expect(register.getByText('2 hébergements')).toBeVisible();
  await expect(register.getByRole('link', { name: names.duplicate, exact: true })).toHaveCount(0);
  await register.getByRole('link', { name: `Gérer le compte ${names.closing}`, exact: true }).click();
  await expect(staff.getByRole('heading', { level: 1, name: `Compte : ${names.closing}` })).toBeVisible();
  await staff.getByLabel('Fermé le', { exact: true }).fill('2025-12-31');
  await staff.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(staff.getByText(`Compte enregistré : ${names.closing}.`)).toBeVisible();

  // The register says what changed; the kept account has its new capacity.
  await staff.goto('/taxe-de-sejour/suivi');
  await register.getByLabel('Rechercher un hébergement ou un hébergeur').fill(run);
  await expect(register.getByRole('listitem').filter({ hasText: names.closing })).toContainText('fermé le 2025-12-31');
  await register.getByRole('link', { name: `Gérer le compte ${names.kept}`, exact: true }).click();
  await expect(staff.getByLabel('Capacité', { exact: true })).toHaveValue('14');
  await context.close();
});
