// Partner relations in Chromium against the production build with the demo data: staff publish a
// news item for hotels; the hotel owner reads it from its home and switches to the weekly digest;
// the owner registers for an action with one place left and joins the waiting list of a full one
// (actions the journey opens for itself); the owner asks for a meeting and staff confirm it (the .ics is in the outbox). Partner pages
// are scanned by axe at 390 px and 1280 px wide, staff pages at 1280 px.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './session.js';
import { graphql } from './api.js';
import { expectAccessible, expectNoSidewaysScroll } from './a11y.js';

const STAFF = 'agent@demo.paysdegex.test';
/** The demo partner « Hôtel du Jura » (a hotel): the seed registers it nowhere and gives it no request. */
const OWNER = 'responsable@demo.paysdegex.test';
const PARTNER = 'Hôtel du Jura';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

function stamp(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** axe at both widths, the page staying as it is; nothing scrolls sideways on the phone. */
async function accessibleAtBothWidths(page: Page, label: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await expectAccessible(page, `${label} (390 px)`);
  await expectNoSidewaysScroll(page, `${label} (390 px)`);
  await page.setViewportSize(DESKTOP);
  await expectAccessible(page, `${label} (1280 px)`);
  await page.setViewportSize(PHONE);
}

test('staff publish a news item for hotels; the hotel owner reads it and switches to the weekly digest', async ({ page, browser }) => {
  test.slow();
  const title = `Fréquentation des hôtels ${stamp()}`;
  await page.setViewportSize(DESKTOP);
  await signIn(page, STAFF);
  await page.goto('/actualites/gestion');
  await expect(page.getByRole('heading', { level: 1, name: 'Gérer les actualités' })).toBeVisible();
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Résumé').fill('Les nuitées hôtelières de l’automne.');
  await page.getByLabel('Texte (Markdown)').fill('## Chiffres\n\nLes nuitées progressent de **5 %**.');
  await page.getByRole('button', { name: 'Aperçu' }).click();
  await expect(page.getByRole('region', { name: 'Aperçu du texte' }).locator('strong')).toHaveText('5 %');
  await page.getByRole('radio', { name: 'Certaines catégories de partenaires' }).check();
  await page.getByRole('combobox', { name: 'Catégories de partenaires' }).click();
  await page.getByRole('option', { name: 'Hôtel', exact: true }).click();
  await page.keyboard.press('Escape');
  await expectAccessible(page, 'rédaction d’une actualité');
  await page.getByRole('button', { name: 'Publier maintenant' }).click();
  await expect(page.getByText('Actualité publiée.')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Publiée');

  const owner = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(owner, OWNER);
  await owner.goto('/');
  const link = owner.getByRole('link', { name: title });
  await expect(link).toBeVisible();
  await accessibleAtBothWidths(owner, 'accueil du partenaire');
  await link.click();
  await expect(owner.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(owner.locator('.body strong')).toHaveText('5 %');
  await accessibleAtBothWidths(owner, 'article');
  // Opening the article marks it read (a request the page sends once it is shown).
  await expect(async () => {
    await owner.goto('/actualites');
    await expect(owner.getByRole('listitem').filter({ hasText: title })).not.toContainText('Non lue', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await accessibleAtBothWidths(owner, 'liste des actualités');

  await owner.getByRole('link', { name: /choisir quand/ }).click();
  await owner.getByRole('radio', { name: 'Un résumé chaque semaine' }).check();
  await owner.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(owner.getByText('C’est enregistré.')).toBeVisible();
  await accessibleAtBothWidths(owner, 'préférences de courriel');

  // Staff see the opening in the item's count.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('row', { name: new RegExp(title) }).getByRole('cell').nth(3)).toHaveText('1', { timeout: 5000 });
  }).toPass({ timeout: 40_000 });
});

/** A day `days` from today, as YYYY-MM-DD. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('the owner takes the last place of a trade show and joins the waiting list of a full one', async ({ page, browser }) => {
  test.slow();
  // Two actions of its own, opened by staff and filled by two other hotels: a retry or a second run
  // never finds the owner already registered (the demo's Grand Ski and Salon de la Montagne stay as seeded).
  const run = stamp();
  const lastPlace = `Salon ${run} des pros du ski`;
  const full = `Salon ${run} de la randonnée`;
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF);
  const { organisations } = await graphql<{ organisations: { items: { id: string; name: string }[] } }>(
    staff.request,
    'query($filter: OrganisationFilter) { organisations(filter: $filter, page: { offset: 0, limit: 20 }) { items { id name } } }',
    { filter: { search: 'Hôtel' } },
  );
  const others = organisations.items.filter((o) => o.name !== PARTNER).slice(0, 2).map((o) => o.id);
  expect(others).toHaveLength(2);
  const open = async (title: string, places: number, registered: string[]) => {
    const { savePromotionAction: action } = await graphql<{ savePromotionAction: { id: string; version: number } }>(
      staff.request,
      'mutation($input: SavePromotionActionInput!) { savePromotionAction(input: $input) { id version } }',
      { input: { title, kind: 'TRADE_SHOW', place: 'Annecy, Parc des expositions', description: 'Le stand de la destination.', startsOn: inDays(80), endsOn: inDays(81), registrationDeadline: inDays(50), places, partnerCostCents: 30_000, categories: [] } },
    );
    await graphql(staff.request, 'mutation($id: ID!, $version: Int!) { openPromotionAction(id: $id, version: $version) { id } }', action);
    for (const organisationId of registered) {
      await graphql(staff.request, 'mutation($input: RegisterForActionInput!) { registerForAction(input: $input) { id } }', { input: { actionId: action.id, organisationId } });
    }
  };
  await open(lastPlace, 3, others); // 2 of 3 places taken
  await open(full, 1, others); // 1 registered, 1 waiting
  await staffContext.close();

  await page.setViewportSize(PHONE);
  await signIn(page, OWNER);
  await page.goto('/actions');
  await expect(page.getByRole('heading', { level: 1, name: 'Actions de promotion' })).toBeVisible();
  const last = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: lastPlace }) });
  await expect(last).toContainText(/Places restantes\s*1 sur 3/);
  await accessibleAtBothWidths(page, 'actions de promotion');
  await last.getByRole('button', { name: /Inscrire mon organisation/ }).click();
  await expect(page.getByText(`Votre organisation est inscrite à «\u00a0${lastPlace}`)).toBeVisible();
  await expect(last).toContainText('Inscrit');
  await expect(last).toContainText(/Places restantes\s*0 sur 3/);

  const waiting = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: full }) });
  await waiting.getByRole('button', { name: /Rejoindre la liste d’attente/ }).click();
  await expect(page.getByText(`liste d’attente de «\u00a0${full}\u00a0» (rang 2)`)).toBeVisible();
  await expect(waiting).toContainText('En liste d’attente — rang 2');
  await accessibleAtBothWidths(page, 'actions après inscription');
});

test('the owner asks for a meeting and staff confirm it: the .ics invitation is in the outbox', async ({ page, browser }) => {
  test.slow();
  const subject = `Projet de terrasse ${stamp()}`;
  await page.setViewportSize(PHONE);
  await signIn(page, OWNER);
  await page.goto('/rendez-vous');
  await page.getByLabel('Objet du rendez-vous').fill(subject);
  await page.getByRole('radio', { name: 'En visioconférence' }).check();
  await page.getByRole('checkbox').first().check();
  await accessibleAtBothWidths(page, 'demande de rendez-vous');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page.getByText(/Demande envoyée/)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: subject })).toContainText('Demandé');

  const staff = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await signIn(staff, STAFF);
  await staff.goto('/');
  await staff.getByRole('link', { name: /demandes? de rendez-vous à traiter/ }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Demandes de rendez-vous' })).toBeVisible();
  await expectAccessible(staff, 'demandes de rendez-vous');
  const card = staff.getByRole('listitem').filter({ has: staff.getByRole('heading', { name: `${PARTNER} — ${subject}` }) });
  await card.getByRole('button', { name: `Confirmer le rendez-vous de ${PARTNER}` }).click();
  await expect(staff.getByText(/^Rendez-vous confirmé\s: le partenaire/)).toBeVisible();

  const { outbox } = await graphql<{ outbox: { items: { recipient: string; subject: string; attachmentNames: string[] }[] } }>(
    staff.request,
    '{ outbox(page: { limit: 50 }) { items { recipient subject attachmentNames } } }',
  );
  const invitations = outbox.items.filter((m) => m.attachmentNames.includes('rendez-vous.ics') && m.subject.startsWith('Rendez-vous confirmé'));
  expect(invitations.map((m) => m.recipient)).toEqual(expect.arrayContaining([OWNER, STAFF]));

  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: subject })).toContainText('Confirmé');
});

test('staff visit every relations page at 1280 and 390 px: note reminders on the home, news edited then archived, actions, meetings chart, history', async ({ page }) => {
  test.slow();
  await page.setViewportSize(DESKTOP);
  await signIn(page, STAFF);

  // The home: follow-up reminders whose day has come (the seed has two), linked to the history.
  await page.goto('/');
  const reminders = page.getByRole('region', { name: 'Rappels de suivi des partenaires' });
  await expect(reminders.getByRole('listitem').first()).toBeVisible();
  const before = await reminders.getByRole('listitem').count();
  await accessibleAtBothWidths(page, 'accueil de l’office avec les rappels');
  await page.setViewportSize(DESKTOP);
  const first = reminders.getByRole('listitem').first();
  const partnerName = (await first.getByRole('link').textContent())!.trim();
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Relation avec le partenaire' })).toBeVisible();
  await expect(page.getByText(/Rappel le/).first()).toBeVisible();
  const partnerId = page.url().split('/').pop()!;
  await accessibleAtBothWidths(page, 'historique de la relation');
  await page.goto('/');
  await reminders.getByRole('listitem').filter({ hasText: partnerName }).first().getByRole('button', { name: /Marquer comme fait/ }).click();
  await expect(page.getByText('Rappel marqué comme fait.')).toBeAttached();
  await expect(reminders.getByRole('listitem')).toHaveCount(before - 1);

  // The staff partner page links the history.
  await page.goto(`/partenaires/${partnerId}`);
  await page.getByRole('link', { name: /Historique de la relation/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Relation avec le partenaire' })).toBeVisible();

  // News: a draft written, edited, then archived.
  const title = `Brouillon ${stamp()}`;
  await page.setViewportSize(DESKTOP);
  await page.goto('/actualites/gestion');
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Résumé').fill('Un résumé à revoir.');
  await page.getByLabel('Texte (Markdown)').fill('Un premier jet.');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByText('Brouillon enregistré.')).toBeVisible();
  await page.getByRole('button', { name: `Modifier « ${title} »` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Modifier « ${title} »` })).toBeFocused();
  await expect(page.getByLabel('Résumé')).toHaveValue('Un résumé à revoir.');
  await accessibleAtBothWidths(page, 'modification d’un brouillon');
  await page.getByLabel('Titre').fill(`${title} revu`);
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(page.getByText('Modifications enregistrées.')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(`${title} revu`) });
  await expect(row).toContainText('Brouillon');
  await row.getByRole('button', { name: /^Archiver/ }).click();
  await expect(row).toContainText('Archivée');
  await accessibleAtBothWidths(page, 'gestion des actualités');

  // Promotion actions: the registrations of the full one, and the edit form of another.
  await page.goto('/actions/gestion');
  await expect(page.getByRole('heading', { level: 1, name: 'Gérer les actions de promotion' })).toBeVisible();
  await page.getByRole('button', { name: 'Voir les inscriptions : Salon de la Montagne' }).click();
  await expect(page.getByRole('table', { name: 'Inscriptions à Salon de la Montagne' })).toContainText('En liste d’attente');
  await accessibleAtBothWidths(page, 'inscriptions à une action');
  await page.getByRole('button', { name: /^Modifier\s: Grand Ski/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Modifier «\sGrand Ski/ })).toBeFocused();
  await expect(page.getByLabel('Lieu')).toHaveValue(/Chambéry/);
  // Its floating labels must fit a phone: a longer one than the field pushed the page sideways.
  await accessibleAtBothWidths(page, 'modification d’une action');
  await page.getByRole('button', { name: 'Annuler la modification' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Nouvelle action' })).toBeVisible();

  // Meetings: requests, chart with its table, partners not met for a year.
  await page.goto('/rendez-vous/demandes');
  await expect(page.getByRole('img', { name: /Rendez-vous par mois en/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Rendez-vous par mois en .* \(chiffres du graphique\)/ }).getByRole('row')).toHaveCount(13);
  await accessibleAtBothWidths(page, 'rendez-vous, graphique et partenaires non rencontrés');
  const notMet = page.getByRole('region', { name: /Partenaires non rencontrés/ });
  await notMet.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Relation avec le partenaire' })).toBeVisible();
  await accessibleAtBothWidths(page, 'historique d’un partenaire non rencontré');
});
