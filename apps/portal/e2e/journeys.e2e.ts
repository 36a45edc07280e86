// The portal's main journeys, in Chromium against the production build with the demo data; every
// page visited is scanned by axe-core for WCAG 2.1 AA violations.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y.js';

const PASSWORD = 'Pays-de-Gex-2026';
const OWNER = 'responsable@demo.paysdegex.test';
const STAFF = 'agent@demo.paysdegex.test';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).not.toHaveURL(/connexion/);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion/);
}

test('a partner signs in, edits its organisation and signs out', async ({ page }) => {
  await page.goto('/connexion');
  await expect(page).toHaveTitle(/Connexion/);
  await expectAccessible(page, 'connexion');

  await page.getByLabel('Adresse e-mail').fill(OWNER);
  await page.getByLabel('Mot de passe', { exact: true }).fill('pas le bon mot de passe');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByText('Adresse e-mail ou mot de passe incorrect.').first()).toBeVisible();

  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Hôtel du Jura').first()).toBeVisible();
  await expectAccessible(page, 'accueil partenaire');

  await page.getByRole('link', { name: 'Mon organisation' }).first().click();
  const name = page.getByLabel("Nom de l'organisation");
  await expect(name).toHaveValue('Hôtel du Jura');
  await expectAccessible(page, 'profil de l’organisation');

  // The domain's validation speaks before the API does, next to the field.
  const siret = page.getByLabel('SIRET');
  const originalSiret = await siret.inputValue();
  await siret.fill('12345678901234');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('mat-error').filter({ hasText: /SIRET/ }).first()).toBeVisible();
  await expectAccessible(page, 'profil avec erreurs');

  await siret.fill(originalSiret);
  await page.getByLabel('Téléphone').fill('04 50 41 53 85');
  await name.fill('Hôtel du Jura — Divonne');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Modifications enregistrées')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Nom de l'organisation")).toHaveValue('Hôtel du Jura — Divonne');
  await expect(page.getByLabel('Téléphone')).toHaveValue('+33 4 50 41 53 85');
  // A partner may not change its category: the field is there but disabled.
  await expect(page.getByLabel('Catégorie')).toBeDisabled();

  await signOut(page);
  await page.goto('/compte');
  await expect(page).toHaveURL(/\/connexion/);
});

test('an owner invites a colleague, who accepts through the link found in the outbox', async ({ page, browser }) => {
  const colleague = `collegue.${Date.now()}@example.fr`;
  await signIn(page, OWNER);
  await page.getByRole('link', { name: 'Équipe' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'équipe');
  await page.getByLabel('Adresse e-mail').fill(colleague);
  await page.getByRole('button', { name: "Envoyer l'invitation" }).click();
  await expect(page.getByRole('cell', { name: colleague })).toBeVisible();
  await signOut(page);

  await signIn(page, STAFF);
  await page.getByRole('link', { name: 'Courriels envoyés' }).click();
  await expect(page.getByRole('heading', { name: 'Courriels envoyés' })).toBeVisible();
  await expect(page.getByText("Aucun serveur SMTP n'est configuré", { exact: false })).toBeVisible();
  await expectAccessible(page, 'courriels envoyés');
  await page.getByText(colleague).first().click();
  const link = page.getByRole('link', { name: /\/invitation\?token=/ }).first();
  await expect(link).toBeVisible();
  const invitationUrl = await link.getAttribute('href');
  expect(invitationUrl).toContain('/invitation?token=');
  await signOut(page);

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto(invitationUrl!);
  await expect(newcomer.getByText('Hôtel du Jura').first()).toBeVisible();
  await expectAccessible(newcomer, 'invitation');
  await newcomer.getByLabel('Nom et prénom').fill('Camille Collègue');
  await newcomer.getByLabel('Mot de passe', { exact: true }).fill('une phrase de passe solide');
  await newcomer.getByLabel('Confirmer le mot de passe').fill('une phrase de passe solide');
  await newcomer.getByRole('button', { name: 'Activer mon compte' }).click();
  await expect(newcomer).not.toHaveURL(/invitation/);
  await expect(newcomer.getByText('Camille Collègue').first()).toBeVisible();
  await expect(newcomer.getByText('Hôtel du Jura').first()).toBeVisible();

  // The link is single-use.
  await newcomer.goto(invitationUrl!);
  await expect(newcomer.getByText(/n’est plus valable|n'est plus valable/).first()).toBeVisible();
  await context.close();
});

test('staff find a partner by name', async ({ page }) => {
  await signIn(page, STAFF);
  await expect(page).toHaveURL(/\/partenaires/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'liste des partenaires');
  await page.getByLabel('Rechercher un partenaire').fill('Colomby');
  await expect(page.getByRole('link', { name: 'Hôtel Le Colomby' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Hôtel du Jura/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Hôtel Le Colomby' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hôtel Le Colomby');
  await expectAccessible(page, 'fiche partenaire');
});

test('the other pages pass the accessibility scan', async ({ page }) => {
  await page.goto('/mot-de-passe-oublie');
  await expectAccessible(page, 'mot de passe oublié');
  await page.getByLabel('Adresse e-mail').fill('quelquun@example.fr');
  await page.getByRole('button', { name: 'Envoyer le lien' }).click();
  await expect(page.getByRole('status').or(page.getByRole('alert')).first()).toBeVisible();
  await page.goto('/une-page-qui-n-existe-pas');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'page introuvable');
  await signIn(page, STAFF);
  await page.goto('/compte');
  await expect(page.getByLabel('Nouveau mot de passe')).toBeVisible();
  await expectAccessible(page, 'mon compte');
});
