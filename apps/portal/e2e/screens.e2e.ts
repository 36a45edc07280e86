// The partner's first screens: the header (menu, organisation switcher), the office's identity and
// legal pages, team management and the account page, at 1280 px and on a 390 px phone, each page
// scanned by axe-core. Works on partners no other journey touches (see journeys.e2e.ts).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD as PASSWORD, signIn } from './session.js';
import { expectAccessible, expectNoSidewaysScroll } from './a11y.js';

const STAFF = 'agent@demo.paysdegex.test';
/** Owner whose team changes in « an owner manages the team… ». */
const TEAM_OWNER = 'partenaire-00031@demo.paysdegex.test';
/** Owner of another partner, invited into TEAM_OWNER's team: then belongs to two organisations. */
const SECOND_OWNER = 'partenaire-00032@demo.paysdegex.test';
const PHONE = { width: 390, height: 844 };

function stamp(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/** The link of the latest invitation e-mail to `recipient`, read from the outbox by staff. */
async function invitationLink(staff: Page, recipient: string): Promise<string> {
  let link: string | undefined;
  await expect(async () => {
    const { outbox } = await graphql<{ outbox: { items: { recipient: string; text: string; createdAt: string }[] } }>(
      staff.request,
      '{ outbox(page: { offset: 0, limit: 100 }) { items { recipient text createdAt } } }',
    );
    const latest = outbox.items
      .filter((m) => m.recipient === recipient && m.text.includes('/invitation?token='))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    link = latest?.text.match(/https?:\/\/\S+\/invitation\?token=[\w-]+/)?.[0];
    expect(link).toBeDefined();
  }).toPass();
  return new URL(link!).pathname + new URL(link!).search;
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

  // The owner invites the owner of another partner, and someone else.
  await signIn(page, TEAM_OWNER);
  await page.getByRole('link', { name: 'Équipe' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Équipe' })).toBeVisible();
  const teamUrl = new URL(page.url()).pathname;
  const firstOrganisationId = teamUrl.split('/')[2]!;
  for (const email of [SECOND_OWNER, stranger]) {
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

  // The other owner accepts with their password: they now belong to two organisations.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF);
  const link = await invitationLink(staff, SECOND_OWNER);
  await staffContext.close();
  const secondContext = await browser.newContext();
  const second = await secondContext.newPage();
  await second.goto(link);
  await second.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await second.getByRole('button', { name: 'Rejoindre l’organisation' }).click();
  await expect(second).not.toHaveURL(/invitation/);

  // Accepted: it leaves the owner's pending list, the colleague is in the team.
  await page.reload();
  await expect(page.getByRole('cell', { name: SECOND_OWNER, exact: true })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Invitations en attente', exact: true }).getByRole('cell', { name: SECOND_OWNER, exact: true })).toHaveCount(0);

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
