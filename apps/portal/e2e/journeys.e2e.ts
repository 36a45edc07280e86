// The portal's main journeys, in Chromium against the production build with the demo data; every
// page visited is scanned by axe-core for WCAG 2.1 AA violations.
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD as PASSWORD, signIn } from './session.js';
import { expectAccessible } from './a11y.js';

const STAFF = 'agent@demo.paysdegex.test';
// Journeys never change demo data that another journey (or a retry) reads: each one that writes
// works on a partner no other journey touches, creates the people it needs, and writes values made
// unique by `stamp()` instead of expecting what an earlier run left.
/** Edits its profile in « a partner edits its organisation ». */
const EDITING_OWNER = 'partenaire-00021@demo.paysdegex.test';
/** Gets a new owner in « staff invite an owner… ». */
const INVITED_PARTNER = 'Restaurant Le Chalet';
/** Saved by two people at once in « two people save the same profile… ». */
const CONFLICT_OWNER = 'partenaire-00023@demo.paysdegex.test';

function stamp(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion/);
}

/** Staff open a partner's page from the directory. */
async function openPartner(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Partenaires', exact: true }).click();
  await page.getByLabel('Rechercher un partenaire').fill(name);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

test('a partner signs in, edits its organisation and signs out', async ({ page }) => {
  await page.goto('/connexion');
  await expect(page).toHaveTitle(/Connexion/);
  await expectAccessible(page, 'connexion');

  await page.getByLabel('Adresse e-mail').fill(EDITING_OWNER);
  await page.getByLabel('Mot de passe', { exact: true }).fill('pas le bon mot de passe');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByText('Adresse e-mail ou mot de passe incorrect.').first()).toBeVisible();

  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Modifier le profil' })).toBeVisible();
  await expectAccessible(page, 'accueil partenaire');

  await page.getByRole('link', { name: 'Mon organisation' }).first().click();
  const name = page.getByLabel('Nom de l’organisation');
  await expect(name).not.toHaveValue('');
  await expectAccessible(page, 'profil de l’organisation');

  // The domain's validation speaks before the API does, next to the field.
  const siret = page.getByLabel('SIRET');
  const originalSiret = await siret.inputValue();
  await siret.fill('12345678901234');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('mat-error').filter({ hasText: /SIRET/ }).first()).toBeVisible();
  await expectAccessible(page, 'profil avec erreurs');

  const newName = `La Ferme de la Faucille ${stamp()}`;
  await siret.fill(originalSiret);
  await page.getByLabel('Téléphone').fill('04.50.41.53.85');
  await name.fill(newName);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Modifications enregistrées')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Nom de l’organisation')).toHaveValue(newName);
  // Stored in international form, shown back as a French number is dialled.
  await expect(page.getByLabel('Téléphone')).toHaveValue('04 50 41 53 85');
  // A partner may not change its category: the field is there but disabled.
  await expect(page.getByLabel('Catégorie')).toBeDisabled();

  await signOut(page);
  await page.goto('/compte');
  await expect(page).toHaveURL(/\/connexion/);
});

test('staff invite an owner, who activates the account from the outbox link and invites a colleague', async ({
  page,
  browser,
}) => {
  // Three people, an outbox read and a link used twice: slow on a loaded 2-core machine.
  test.slow();
  const run = stamp();
  const owner = `responsable.${run}@example.fr`;
  const colleague = `collegue.${run}@example.fr`;

  await signIn(page, STAFF);
  await openPartner(page, INVITED_PARTNER);
  // The partner already has an owner: « Inviter le responsable » is gone, the office adds a second one from the team page.
  await expect(page.getByRole('region', { name: 'Inviter le responsable' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Gérer l’équipe et les invitations' }).click();
  const ownerInvitation = page.getByRole('region', { name: 'Inviter un collègue' });
  await ownerInvitation.getByLabel('Adresse e-mail').fill(owner);
  await ownerInvitation.getByRole('combobox', { name: 'Rôle' }).click();
  await page.getByRole('option', { name: 'Responsable' }).click();
  await ownerInvitation.getByRole('button', { name: 'Envoyer l’invitation', exact: true }).click();
  await expect(page.getByRole('cell', { name: owner, exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Courriels envoyés' }).click();
  await expect(page.getByRole('heading', { name: 'Courriels envoyés' })).toBeVisible();
  await expect(page.getByText('Aucun serveur SMTP n’est configuré', { exact: false })).toBeVisible();
  await expectAccessible(page, 'courriels envoyés');
  await page.getByText(owner).first().click();
  const link = page.getByRole('link', { name: /\/invitation\?token=/ }).first();
  await expect(link).toBeVisible();
  const invitationUrl = await link.getAttribute('href');
  expect(invitationUrl).toContain('/invitation?token=');
  await signOut(page);

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto(invitationUrl!);
  await expect(newcomer.getByText(INVITED_PARTNER).first()).toBeVisible();
  await expectAccessible(newcomer, 'invitation');
  await newcomer.getByLabel('Nom et prénom').fill('Camille Responsable');
  await newcomer.getByLabel('Mot de passe', { exact: true }).fill('une phrase de passe solide');
  await newcomer.getByLabel('Confirmer le mot de passe').fill('une phrase de passe solide');
  await newcomer.getByRole('button', { name: 'Activer mon compte' }).click();
  await expect(newcomer).not.toHaveURL(/invitation/);
  await expect(newcomer.getByText('Camille Responsable').first()).toBeVisible();
  await expect(newcomer.getByText(INVITED_PARTNER).first()).toBeVisible();

  // The new owner invites a colleague in turn.
  await newcomer.getByRole('link', { name: 'Équipe' }).first().click();
  await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('Équipe');
  await expectAccessible(newcomer, 'équipe');
  await newcomer.getByLabel('Adresse e-mail').fill(colleague);
  await newcomer.getByRole('button', { name: 'Envoyer l’invitation', exact: true }).click();
  await expect(newcomer.getByRole('cell', { name: colleague, exact: true })).toBeVisible();

  // The link is single-use.
  await newcomer.goto(invitationUrl!);
  await expect(newcomer.getByText(/n’est plus valable|n'est plus valable/).first()).toBeVisible();
  await context.close();
});

test('two people save the same profile: the second is told, reloads it and saves again', async ({ page, browser }) => {
  const run = stamp();
  await signIn(page, CONFLICT_OWNER);
  await page.getByRole('link', { name: 'Mon organisation' }).first().click();
  await expect(page.getByLabel('Nom de l’organisation')).not.toHaveValue('');
  const profileUrl = page.url();

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF);
  await staff.goto(profileUrl);
  const staffName = staff.getByLabel('Nom de l’organisation');
  await expect(staffName).not.toHaveValue('');

  // The owner saves first…
  const digits = String(Math.floor(Math.random() * 10_000)).padStart(4, '0');
  // Typed in international form; French numbers are shown back as they are dialled.
  const typedPhone = `+33 4 50 20 ${digits.slice(0, 2)} ${digits.slice(2)}`;
  const shownPhone = `04 50 20 ${digits.slice(0, 2)} ${digits.slice(2)}`;
  await page.getByLabel('Téléphone').fill(typedPhone);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Modifications enregistrées')).toBeVisible();

  // …so the office's save, made from the version it loaded before, is refused.
  const newName = `Camping Les Gorges de l’Allondon ${run}`;
  await staffName.fill(newName);
  await staff.getByRole('button', { name: 'Enregistrer' }).click();
  const summary = staff.getByRole('alert').filter({ hasText: 'Quelqu’un d’autre a enregistré cette fiche' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expectAccessible(staff, 'profil enregistré entre-temps');

  await summary.getByRole('button', { name: 'Recharger la fiche' }).click();
  await expect(staff.getByLabel('Téléphone')).toHaveValue(shownPhone);
  await expect(summary).toBeHidden();
  await staffName.fill(newName);
  await staff.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(staff.getByText('Modifications enregistrées')).toBeVisible();
  await staffContext.close();

  await page.reload();
  await expect(page.getByLabel('Nom de l’organisation')).toHaveValue(newName);
  await expect(page.getByLabel('Téléphone')).toHaveValue(shownPhone);
});

test('staff find a partner by name, and get back to the list as they left it', async ({ page }) => {
  await signIn(page, STAFF);
  // Staff land on their home (the review queue at a glance), then open the directory.
  await page.getByRole('link', { name: 'Partenaires', exact: true }).click();
  await expect(page).toHaveURL(/\/partenaires/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'liste des partenaires');

  // The search and the page are in the address…
  await page.getByLabel('Rechercher un partenaire').fill('Gîte');
  await expect(page).toHaveURL(/recherche=G%C3%AEte/);
  await page.getByRole('button', { name: 'Page suivante' }).click();
  await expect(page).toHaveURL(/recherche=G%C3%AEte&page=2/);
  await expect(page.locator('.mat-mdc-paginator-range-label')).toHaveText(/^\s*21 – /);
  const listUrl = page.url();
  const secondPageFirst = page.locator('table a').first();
  const partnerName = (await secondPageFirst.textContent())!.trim();

  // …and come back with « Retour à la liste »…
  await secondPageFirst.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(partnerName);
  await page.getByRole('link', { name: /Retour à la liste/ }).click();
  await expect(page).toHaveURL(listUrl);
  await expect(page.getByLabel('Rechercher un partenaire')).toHaveValue('Gîte');
  await expect(page.locator('table a').first()).toHaveText(partnerName);

  // …and with the browser's back button.
  await page.locator('table a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(partnerName);
  await page.goBack();
  await expect(page).toHaveURL(listUrl);
  await expect(page.getByLabel('Rechercher un partenaire')).toHaveValue('Gîte');
  await expect(page.locator('table a').first()).toHaveText(partnerName);

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
