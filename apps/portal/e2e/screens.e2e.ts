// The partner's first screens: the header (menu, organisation switcher), the office's identity and
// legal pages, team management and the account page, at 1280 px and on a 390 px phone, each page
// scanned by axe-core. Works on partners no other journey touches (see journeys.e2e.ts).
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD as PASSWORD, signIn } from './session.js';
import { mailLink, newMember } from './api.js';
import { expectAccessible, expectNoSidewaysScroll } from './a11y.js';

const STAFF = 'agent@demo.paysdegex.test';
/** Owner whose team changes in « an owner manages the team… ». */
const TEAM_OWNER = 'partenaire-00031@demo.paysdegex.test';
/** Owner of another partner, whose new colleague is invited into TEAM_OWNER's team too. */
const SECOND_OWNER = 'partenaire-00032@demo.paysdegex.test';
/** Invites the member whose address changes in « a user changes their e-mail address ». */
const MOVING_INVITER = 'partenaire-00033@demo.paysdegex.test';
const PHONE = { width: 390, height: 844 };

function stamp(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

for (const viewport of [{ width: 1280, height: 800 }, PHONE]) {
  const wide = viewport.width > 1000;
  test(`at ${viewport.width} px: the header menu, the footer and the legal pages`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(viewport);
    await page.goto('/connexion');
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByText('Office de Tourisme Intercommunal du Pays de Gex')).toBeVisible();
    await footer.getByRole('link', { name: /Accessibilité/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' })).toBeVisible();
    await expect(page.getByText('partiellement conforme', { exact: true })).toBeVisible();
    await expectAccessible(page, `déclaration d’accessibilité (${viewport.width} px)`);
    await expectNoSidewaysScroll(page, 'déclaration d’accessibilité');
    await footer.getByRole('link', { name: 'Mentions légales' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mentions légales' })).toBeVisible();
    await expectAccessible(page, `mentions légales (${viewport.width} px)`);
    await expectNoSidewaysScroll(page, 'mentions légales');

    await signIn(page, STAFF);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const menuButton = nav.getByRole('button', { name: 'Menu' });
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    // Wide screens show the main links in the row; phones keep them in the menu.
    if (wide) {
      await expect(nav.getByRole('link', { name: 'Partenaires', exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
    } else {
      await expect(nav.getByRole('link', { name: 'Partenaires', exact: true })).toBeHidden();
    }
    const headerBox = await page.getByRole('banner').locator('mat-toolbar').boundingBox();
    expect(headerBox!.height, 'the header fits in one row').toBeLessThanOrEqual(72);
    await expectNoSidewaysScroll(page, 'accueil de l’office');

    await menuButton.click();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    const menu = page.getByRole('region', { name: 'Menu' });
    await expect(menu.getByRole('heading', { name: 'Suivi des partenaires' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Apidae' })).toBeVisible();
    await expectAccessible(page, `menu ouvert (${viewport.width} px)`);
    // Escape closes it and gives the focus back to its button.
    await menu.getByRole('link', { name: 'Apidae' }).focus();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(menuButton).toBeFocused();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');

    await menuButton.click();
    await menu.getByRole('link', { name: 'Partenaires', exact: true }).click();
    await expect(page).toHaveURL(/\/partenaires/);
    await expect(menu).toBeHidden();
    await expectAccessible(page, `liste des partenaires (${viewport.width} px)`);
    await expectNoSidewaysScroll(page, 'liste des partenaires');

    await page.goto('/compte');
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
    await expectNoSidewaysScroll(page, 'mon compte');
    await page.goto('/une-page-qui-n-existe-pas');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expectAccessible(page, `page introuvable (${viewport.width} px)`);
    await expectNoSidewaysScroll(page, 'page introuvable');

    // A page staff may not open: back home, told why.
    await page.goto('/administration/utilisateurs');
    await expect(page.getByText('Cette page n’est pas accessible avec votre compte.')).toBeVisible();

    if (!wide) {
      // On a phone, signing out is in the menu.
      await menuButton.click();
      await menu.getByRole('button', { name: 'Se déconnecter' }).click();
      await expect(page).toHaveURL(/\/connexion/);
    }
  });
}

test('an owner manages the team; a colleague of two organisations switches between them; names are corrected', async ({ page, browser }) => {
  test.slow();
  const run = stamp();
  const stranger = `inconnu.${run}@example.fr`;
  // A member of another partner, new to this run (a retry finds no one already in the team).
  const colleague = `collegue.${run}@example.fr`;
  await newMember(browser, SECOND_OWNER, colleague, `Camille Maison ${run}`);

  // The owner invites a member of another partner, and someone else.
  await signIn(page, TEAM_OWNER);
  await page.getByRole('link', { name: 'Équipe' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Équipe' })).toBeVisible();
  const teamUrl = new URL(page.url()).pathname;
  const firstOrganisationId = teamUrl.split('/')[2]!;
  for (const email of [colleague, stranger]) {
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByRole('button', { name: 'Envoyer l’invitation', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Invitations en attente', exact: true }).getByRole('cell', { name: email, exact: true })).toBeVisible();
  }

  // Re-sends one invitation, then cancels it.
  await page.getByRole('button', { name: `Renvoyer l’invitation à ${stranger}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Invitation renvoyée à ${stranger}` })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Annuler l’invitation de ${stranger}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `L’invitation de ${stranger} est annulée.` })).toBeVisible();
  await expect(page.getByRole('cell', { name: stranger, exact: true })).toHaveCount(0);
  await expectAccessible(page, 'équipe après une annulation');

  // The colleague accepts with their password: they now belong to two organisations.
  const link = await mailLink(browser, colleague, '/invitation');
  const secondContext = await browser.newContext();
  const second = await secondContext.newPage();
  await second.goto(link);
  await second.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await second.getByRole('button', { name: 'Rejoindre l’organisation' }).click();
  await expect(second).not.toHaveURL(/invitation/);

  // Accepted: it leaves the owner's pending list, the colleague is in the team.
  await page.reload();
  await expect(page.getByRole('cell', { name: colleague, exact: true })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Invitations en attente', exact: true }).getByRole('cell', { name: colleague, exact: true })).toHaveCount(0);

  // The switcher: same page, other organisation.
  const switcher = second.getByLabel('Organisation', { exact: true });
  await expect(switcher).toBeVisible();
  const secondOrganisationId = await switcher.inputValue();
  expect(secondOrganisationId).not.toBe(firstOrganisationId);
  await second.getByRole('link', { name: 'Mes fiches', exact: true }).click();
  await expect(second).toHaveURL(new RegExp(`/organisation/${secondOrganisationId}/fiches`));
  await switcher.selectOption(firstOrganisationId);
  await expect(second).toHaveURL(new RegExp(`/organisation/${firstOrganisationId}/fiches`));
  await expect(second.getByRole('link', { name: 'Équipe', exact: true })).toHaveAttribute('href', `/organisation/${firstOrganisationId}/equipe`);
  await expectAccessible(second, 'sélecteur d’organisation');
  await second.setViewportSize(PHONE);
  await second.goto('/');
  await expect(switcher).toHaveValue(firstOrganisationId);
  await expectNoSidewaysScroll(second, 'accueil avec le sélecteur (390 px)');
  await expectAccessible(second, 'sélecteur d’organisation (390 px)');

  // The colleague corrects their name on the account page.
  const newName = `Camille Deux-Maisons ${run}`;
  await second.goto('/compte');
  await second.getByLabel('Nom et prénom').fill(newName);
  await second.getByRole('button', { name: 'Enregistrer le nom' }).click();
  await expect(second.getByText('Votre nom est enregistré.')).toBeVisible();
  await expectAccessible(second, 'mon compte après le nom (390 px)');
  await expectNoSidewaysScroll(second, 'mon compte (390 px)');

  // On a phone, the owner removes the colleague; the last owner cannot be removed.
  await page.setViewportSize(PHONE);
  await page.reload();
  await expect(page.getByRole('cell', { name: newName, exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page, 'équipe (390 px)');
  await expectAccessible(page, 'équipe (390 px)');
  await expect(page.getByText('Dernier responsable')).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Retirer ${newName} de l’équipe` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${newName} ne fait plus partie de l’équipe.` })).toBeVisible();
  await expect(page.getByRole('cell', { name: newName, exact: true })).toHaveCount(0);

  // The removed colleague's next page no longer offers the organisation.
  await second.reload();
  await expect(second.getByLabel('Organisation', { exact: true })).toHaveCount(0);
  await secondContext.close();
});

test('a user changes their e-mail address: the link sent to the new one confirms it, then it signs in (1280 and 390 px)', async ({ page, browser }) => {
  test.slow();
  const run = stamp();
  const movingMember = `ancienne.adresse.${run}@example.fr`;
  // Longer than a phone’s line: it must wrap, not widen the page.
  const newAddress = `nouvelle.adresse.de.connexion.${run}@example.fr`;
  await newMember(browser, MOVING_INVITER, movingMember, `Camille Déménage ${run}`);

  // The account page's e-mail section, on a phone: a mistake is named on its field.
  await page.setViewportSize(PHONE);
  await signIn(page, movingMember);
  await page.goto('/compte');
  const emailForm = page.locator('app-email-form');
  await expect(page.getByRole('heading', { level: 2, name: 'Changer d’adresse e-mail' })).toBeVisible();
  await emailForm.getByLabel('Nouvelle adresse e-mail').fill('pas-une-adresse');
  await emailForm.getByRole('button', { name: 'Envoyer le lien de confirmation' }).click();
  await expect(emailForm.locator('mat-error').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'mon compte, adresse e-mail (390 px)');
  await expectAccessible(page, 'mon compte, adresse e-mail avec erreurs (390 px)');

  // At 1280 px, the request: nothing changes until the link is followed.
  await page.setViewportSize({ width: 1280, height: 800 });
  await emailForm.getByLabel('Nouvelle adresse e-mail').fill(newAddress);
  await emailForm.getByLabel('Mot de passe actuel').fill(PASSWORD);
  await emailForm.getByRole('button', { name: 'Envoyer le lien de confirmation' }).click();
  await expect(emailForm.getByRole('status')).toContainText(`Un lien de confirmation a été envoyé à ${newAddress}`);
  await expect(page.locator('.facts dd').first()).toHaveText(movingMember);
  await expectAccessible(page, 'mon compte, lien envoyé');

  // The link, as the new mailbox receives it.
  const link = await mailLink(browser, newAddress, '/confirmer-adresse');

  // Opened on the phone that reads the mailbox, signed out; a scanner opening it changes nothing.
  const mailboxContext = await browser.newContext({ viewport: PHONE });
  const mailbox = await mailboxContext.newPage();
  await mailbox.goto(link);
  await expect(mailbox.getByRole('heading', { level: 1, name: 'Confirmer ma nouvelle adresse e-mail' })).toBeVisible();
  await expectNoSidewaysScroll(mailbox, 'confirmer ma nouvelle adresse (390 px)');
  await expectAccessible(mailbox, 'confirmer ma nouvelle adresse (390 px)');
  await mailbox.setViewportSize({ width: 1280, height: 800 });
  await expectAccessible(mailbox, 'confirmer ma nouvelle adresse (1280 px)');
  await mailbox.getByRole('button', { name: 'Confirmer ma nouvelle adresse' }).click();
  await expect(mailbox.getByRole('status')).toContainText(`vous vous connectez désormais avec ${newAddress}`);
  await expectAccessible(mailbox, 'adresse confirmée (1280 px)');
  await mailbox.setViewportSize(PHONE);
  await expectNoSidewaysScroll(mailbox, 'adresse confirmée (390 px)');
  await expectAccessible(mailbox, 'adresse confirmée (390 px)');

  // The same link a second time is refused, and says why.
  await mailbox.goto(link);
  await mailbox.getByRole('button', { name: 'Confirmer ma nouvelle adresse' }).click();
  await expect(mailbox.getByRole('alert')).toContainText(/n’est plus valable|déjà été utilisé/);
  await mailboxContext.close();

  // The new address signs in; the old one no longer does.
  const laterContext = await browser.newContext();
  const later = await laterContext.newPage();
  await signIn(later, newAddress);
  await later.goto('/compte');
  await expect(later.locator('.facts dd').first()).toHaveText(newAddress);
  await laterContext.close();
  const oldContext = await browser.newContext();
  const old = await oldContext.newPage();
  await old.goto('/connexion');
  await old.getByLabel('Adresse e-mail').fill(movingMember);
  await old.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await old.getByRole('button', { name: 'Se connecter' }).click();
  await expect(old.getByRole('alert').first()).toBeVisible();
  await expect(old).toHaveURL(/connexion/);
  await oldContext.close();
});
