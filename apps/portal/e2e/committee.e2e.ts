// The technical committee in Chromium against the production build with the demo data: staff create
// a session, upload its agenda, publish the minutes and record the board's decision; a member reads
// the minutes and confirms; staff see the confirmation; an administrator makes a partner user a
// committee member, who sees the sessions at once. Every page visited is scanned by axe-core, the
// whole journey being run at 1280 px and again on a 390 px phone.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { followLink, signIn } from './session.js';
import { graphql } from './api.js';
import PDFDocument from 'pdfkit';
import { expectAccessible, expectNoSidewaysScroll } from './a11y.js';

const STAFF = 'agent@demo.paysdegex.test';
const MEMBER = 'comite@demo.paysdegex.test';
const ADMIN = 'admin@demo.paysdegex.test';
/** A partner user the seed does not put on the committee. */
const PARTNER = 'partenaire-00050@demo.paysdegex.test';

function stamp(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** Opens a Material select from the keyboard (its floating label covers it for the mouse) and picks an option. */
async function choose(select: Locator, option: string): Promise<void> {
  await select.focus();
  await select.press('Enter');
  await select.page().getByRole('option', { name: option, exact: true }).click();
  await expect(select).toContainText(option);
}

function agendaPdf(text: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text(text);
    doc.end();
  });
}

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The whole journey at one width: every page visited is scanned by axe at that width. */
async function sessionJourney(page: Page, browser: Browser, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(viewport);
  const check = async (p: Page, label: string) => {
    await expectAccessible(p, `${label} (${viewport.width} px)`);
    await expectNoSidewaysScroll(p, `${label} (${viewport.width} px)`);
  };
  const run = stamp();
  const theme = `Hébergements de plein air ${run}`;
  const year = new Date().getFullYear() + 1;
  const recommendation = `Créer une aire de camping-cars à Divonne (${run}).`;

  // Staff create the session.
  await signIn(page, STAFF);
  await followLink(page, 'Comité technique');
  await expect(page.getByRole('heading', { level: 1, name: 'Comité Technique' })).toBeVisible();
  await check(page, 'séances (office)');
  await page.getByRole('link', { name: 'Nouvelle séance' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Nouvelle séance/ })).toBeVisible();
  // Bad input first: an empty theme is refused, nothing is sent.
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Ce champ est obligatoire.').first()).toBeVisible();
  await check(page, 'formulaire de séance avec erreurs');
  await page.getByLabel('Thème').fill(theme);
  await page.getByLabel('Date').fill(`${year}-03-15`);
  await page.getByLabel('Heure').fill('14:30');
  await page.getByLabel('Lieu', { exact: true }).fill('Office de Tourisme, Divonne-les-Bains');
  await page.getByLabel('Titre du point 1').fill('Bilan des campings');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: theme })).toBeVisible();
  const sessionUrl = page.url();
  await check(page, 'séance créée');

  // The agenda, uploaded as a PDF.
  await page.getByLabel('Titre', { exact: true }).fill('Ordre du jour');
  await page.locator('input[type=file]').last().setInputFiles({ name: 'ordre-du-jour.pdf', mimeType: 'application/pdf', buffer: await agendaPdf(`Ordre du jour ${run}`) });
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await expect(page.getByRole('link', { name: /Ordre du jour — télécharger/ })).toBeVisible();

  // Held, minutes written and published, a recommendation presented to the board.
  await page.getByRole('button', { name: 'Marquer comme tenue' }).click();
  await expect(page.getByText('Tenue', { exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Compte rendu', exact: true }).fill(`# Décisions\n\nLe comité recommande une aire de camping-cars (${run}).`);
  await page.getByRole('button', { name: 'Enregistrer et prévisualiser' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Décisions' })).toBeVisible();
  await check(page, 'compte rendu en brouillon');
  await page.getByRole('button', { name: 'Publier le compte rendu' }).click();
  await expect(page.getByText('Compte rendu publié', { exact: true })).toBeVisible();
  await page.getByLabel('Recommandation', { exact: true }).fill(recommendation);
  await page.getByLabel('Thème', { exact: true }).fill('Hébergement');
  await page.getByLabel('Proposée par').fill('Commission hébergement');
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.getByText(recommendation)).toBeVisible();
  const decision = page.getByRole('form', { name: /Décision du Comité de Direction/ });
  await choose(decision.getByRole('combobox', { name: 'Décision du Comité de Direction' }), 'Présentée au Comité de Direction');
  await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(page.getByText('Présentée au Comité de Direction', { exact: true })).toBeVisible();
  await check(page, 'séance avec compte rendu publié');

  // A member: the home shows the minutes to read; « J'ai lu ».
  const memberContext = await browser.newContext({ viewport });
  const member = await memberContext.newPage();
  await signIn(member, MEMBER);
  const { me } = await graphql<{ me: { name: string } }>(member.request, '{ me { name } }');
  await member.goto('/');
  await expect(member.getByRole('link', { name: theme })).toBeVisible();
  await check(member, 'accueil d’un membre du comité');
  await member.getByRole('link', { name: theme }).click();
  await expect(member.getByRole('heading', { level: 1, name: theme })).toBeVisible();
  await expect(member.getByRole('heading', { level: 2, name: 'Décisions' })).toBeVisible();
  await check(member, 'séance vue par un membre');
  await member.getByRole('button', { name: 'J’ai lu' }).click();
  await expect(member.getByText('Vous avez confirmé votre lecture')).toBeVisible();
  await member.getByRole('link', { name: '← Toutes les séances' }).click();
  await member.getByRole('link', { name: 'Recommandations' }).click();
  await expect(member.getByRole('cell', { name: recommendation })).toBeVisible();
  await check(member, 'recommandations');
  await memberContext.close();

  // Staff see the confirmation, and record the board's adoption.
  await page.goto(sessionUrl);
  await expect(page.getByRole('row').filter({ hasText: me.name })).not.toContainText('Pas encore lu');
  await choose(decision.getByRole('combobox', { name: 'Décision du Comité de Direction' }), 'Adoptée');
  await decision.getByLabel('Note').fill('Budget inscrit');
  await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(page.getByText('Adoptée', { exact: true })).toBeVisible();
  await check(page, 'séance avec décision adoptée');

  // An administrator makes a partner user a committee member.
  const adminContext = await browser.newContext({ viewport });
  const admin = await adminContext.newPage();
  await signIn(admin, ADMIN);
  await admin.goto('/administration/utilisateurs');
  await admin.getByLabel('Rechercher un nom ou une adresse').fill(PARTNER);
  const row = admin.getByRole('row').filter({ hasText: PARTNER });
  await expect(row).toHaveCount(1);
  await check(admin, 'utilisateurs et rôles');
  const box = row.getByRole('checkbox', { name: /Membre du comité technique/ });
  if (await box.isChecked()) {
    await box.uncheck(); // left by an earlier attempt
    await expect(admin.getByText(/Rôles de .* enregistrés/).first()).toBeVisible();
  }
  await box.check();
  await expect(admin.getByText(/Rôles de .* enregistrés/).last()).toBeVisible();
  await expect(box).toBeChecked();
  await admin.goto('/administration/journal');
  await admin.getByLabel('Action').fill('user.roles');
  await admin.getByRole('button', { name: 'Filtrer' }).click();
  await expect(admin.getByRole('cell', { name: 'user.roles' }).first()).toBeVisible();
  await check(admin, 'journal d’audit');
  await adminContext.close();

  const partnerContext = await browser.newContext({ viewport });
  const partner = await partnerContext.newPage();
  await signIn(partner, PARTNER);
  await followLink(partner, 'Comité technique');
  await expect(partner.getByRole('link', { name: theme })).toBeVisible();
  await check(partner, 'séances vues par un nouveau membre');
  await partnerContext.close();
}

test('staff run a session to its published minutes, a member confirms reading, an administrator adds a member', async ({ page, browser }) => {
  test.slow();
  await sessionJourney(page, browser, DESKTOP);
});

test('the same journey on a 390 px phone', async ({ page, browser }) => {
  test.slow();
  await sessionJourney(page, browser, PHONE);
});
