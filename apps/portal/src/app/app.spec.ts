import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { apolloController, partnerOwner, provideApolloTesting, settle, signInAs, staffUser, userPayload } from '../testing/apollo';
import { App } from './app';
import { allowGuard } from './auth/auth.guards';
import { Flash } from './shared/flash';

@Component({ template: '<h1>Page</h1>' })
class Blank {}

async function setUp(user: ReturnType<typeof partnerOwner> | null) {
  TestBed.configureTestingModule({
    providers: [provideApolloTesting(), provideRouter([{ path: '**', component: Blank }])],
  });
  signInAs(user);
  const fixture = TestBed.createComponent(App);
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  const menuButton = () => element.querySelector<HTMLButtonElement>('button.menu-button')!;
  /** Every link the menu offers (the account section aside), opening it if needed. */
  const navLabels = () => {
    if (menuButton().getAttribute('aria-expanded') !== 'true') {
      menuButton().click();
      fixture.detectChanges();
    }
    return [...element.querySelectorAll('#menu-principal section:not(.menu-panel__account) a')].map((a) => a.textContent?.trim());
  };
  const primaryLabels = () =>
    [...element.querySelectorAll('nav[aria-label="Navigation principale"] a')].map((a) => a.textContent?.trim());
  return { fixture, element, navLabels, primaryLabels, menuButton };
}

describe('App shell', () => {
  afterEach(() => apolloController().verify());

  it('offers a skip link to the main content', async () => {
    const { element } = await setUp(null);
    const skip = element.querySelector<HTMLAnchorElement>('a.skip-link')!;
    expect(skip.textContent).toContain('Aller au contenu');

    skip.click();

    expect(document.activeElement).toBe(element.querySelector('main#contenu'));
  });

  it('shows partners their own pages, from the shared policy', async () => {
    const { element, navLabels, primaryLabels } = await setUp(partnerOwner());

    expect(primaryLabels()).toEqual(['Accueil', 'Mon organisation', 'Mes fiches', 'Équipe', 'Taxe de séjour']);
    expect(navLabels()).toEqual(['Accueil', 'Mon organisation', 'Mes fiches', 'Équipe', 'Mes packs', 'Taxe de séjour', 'Actualités', 'Actions', 'Rendez-vous']);
    const links = [...element.querySelectorAll('#menu-principal section:not(.menu-panel__account) a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/', '/organisation/org-1', '/organisation/org-1/fiches', '/organisation/org-1/equipe', '/packs/organisation/org-1', '/taxe-de-sejour', '/actualites', '/actions', '/rendez-vous']);
    expect(element.querySelector('header')?.textContent).toContain('Claire Martin');
  });

  it('shows staff their home, the review queue, the partner directory, the outbox and the Apidae import', async () => {
    const { navLabels, primaryLabels } = await setUp(staffUser());
    expect(primaryLabels()).toEqual(['Accueil', 'Demandes à valider', 'Partenaires', 'Courriels envoyés', 'Comité technique']);
    expect(navLabels()).toEqual(['Accueil', 'Demandes à valider', 'Fraîcheur des fiches', 'Taxe de séjour', 'Packs', 'Partenaires', 'Courriels envoyés', 'Apidae', 'Actualités', 'Actions', 'Rendez-vous', 'Comité technique']);
  });

  it('keeps the office’s links in the header row for staff who also belong to an organisation', async () => {
    const { navLabels, primaryLabels } = await setUp(
      userPayload({ globalRoles: ['STAFF'], memberships: [{ role: 'MEMBER', organisationId: 'office', organisationName: 'Office de Tourisme' }] }),
    );
    expect(primaryLabels()).toEqual(['Accueil', 'Demandes à valider', 'Partenaires', 'Courriels envoyés', 'Comité technique']);
    expect(navLabels()).toEqual(expect.arrayContaining(['Mon organisation', 'Mes fiches']));
  });

  it('shows administrators the users and the audit trail, and committee members the committee', async () => {
    const admin = await setUp(userPayload({ id: 'admin-1', globalRoles: ['ADMIN'] }));
    expect(admin.navLabels().slice(-3)).toEqual(['Comité technique', 'Utilisateurs', 'Journal']);
    TestBed.resetTestingModule();
    const member = await setUp(userPayload({ globalRoles: ['COMMITTEE_MEMBER'], memberships: [{ role: 'OWNER', organisationId: 'org-1' }] }));
    expect(member.navLabels()).toContain('Comité technique');
    expect(member.navLabels()).not.toContain('Utilisateurs');
  });

  it('groups the menu under headings, and the menu button says whether it is open', async () => {
    const { fixture, element, menuButton } = await setUp(userPayload({ id: 'admin-1', globalRoles: ['ADMIN'] }));
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(menuButton().getAttribute('aria-controls')).toBe('menu-principal');
    expect(element.querySelector('#menu-principal')).toBeNull();

    menuButton().click();
    fixture.detectChanges();

    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
    const headings = [...element.querySelectorAll('#menu-principal h2')].map((h) => h.textContent?.trim());
    expect(headings).toEqual(['Suivi des partenaires', 'Vie du réseau', 'Administration', 'Mon compte']);
    const administration = element.querySelector('#menu-principal section[aria-labelledby="menu-administration"]')!;
    expect([...administration.querySelectorAll('a')].map((a) => a.textContent?.trim())).toEqual(['Utilisateurs', 'Journal']);
  });

  it('closes the menu on Escape and gives focus back to its button', async () => {
    const { fixture, element, menuButton } = await setUp(staffUser());
    menuButton().click();
    fixture.detectChanges();
    const firstLink = element.querySelector<HTMLAnchorElement>('#menu-principal a')!;
    firstLink.focus();

    firstLink.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    fixture.detectChanges();

    expect(element.querySelector('#menu-principal')).toBeNull();
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menuButton());
  });

  it('closes the menu when a page is opened from it', async () => {
    const { fixture, element, menuButton } = await setUp(partnerOwner());
    menuButton().click();
    fixture.detectChanges();

    element.querySelector<HTMLAnchorElement>('#menu-principal a[href="/actualites"]')!.click();
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/actualites');
    expect(element.querySelector('#menu-principal')).toBeNull();
  });

  it('lets a user of several organisations switch the header to another one', async () => {
    localStorage.removeItem('extranet.organisation');
    const { fixture, element, primaryLabels } = await setUp(
      userPayload({
        memberships: [
          { role: 'OWNER', organisationId: 'org-1', organisationName: 'Hôtel du Jura' },
          { role: 'MEMBER', organisationId: 'org-2', organisationName: 'Camping des Lacs' },
        ],
      }),
    );
    const select = element.querySelector<HTMLSelectElement>('select#organisation-courante')!;
    expect(element.querySelector('label[for="organisation-courante"]')?.textContent).toBe('Organisation');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Hôtel du Jura', 'Camping des Lacs']);
    expect(select.value).toBe('org-1');
    await TestBed.inject(Router).navigateByUrl('/organisation/org-1/fiches');

    select.value = 'org-2';
    select.dispatchEvent(new Event('change'));
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/organisation/org-2/fiches');
    const links = [...element.querySelectorAll('nav[aria-label="Navigation principale"] a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/organisation/org-2/fiches');
    expect(localStorage.getItem('extranet.organisation')).toBe('org-2');
    localStorage.removeItem('extranet.organisation');
  });

  it('offers no switcher to a user of one organisation', async () => {
    const { element } = await setUp(partnerOwner());
    expect(element.querySelector('select#organisation-courante')).toBeNull();
  });

  it('shows the office’s identity: logo, contact, legal notice and accessibility statement', async () => {
    const { element } = await setUp(null);
    expect(element.querySelector('header img.brand__logo')?.getAttribute('alt')).toBe('');
    const footer = element.querySelector('footer')!;
    expect(footer.querySelector('address')?.textContent).toContain('Office de Tourisme');
    const legal = [...footer.querySelectorAll('nav[aria-label="Informations légales"] a')].map((a) => a.getAttribute('href'));
    expect(legal).toEqual(['/mentions-legales', '/accessibilite']);
  });

  it('gives a committee member without an organisation a home link and the committee', async () => {
    const { navLabels } = await setUp(userPayload({ globalRoles: ['COMMITTEE_MEMBER'] }));
    expect(navLabels()).toEqual(['Accueil', 'Actualités', 'Comité technique']);
  });

  it('shows a message left for the next page (a refused page), then forgets it', async () => {
    const { fixture, element } = await setUp(partnerOwner());
    TestBed.inject(Flash).next('Cette page n’est pas accessible avec votre compte. Vous êtes revenu à l’accueil.');
    await TestBed.inject(Router).navigateByUrl('/');
    fixture.detectChanges();
    expect(element.querySelector('main .flash-slot')?.textContent).toContain('Cette page n’est pas accessible');

    await TestBed.inject(Router).navigateByUrl('/ailleurs');
    fixture.detectChanges();
    expect(element.querySelector('main .flash-slot')?.textContent?.trim()).toBe('');
  });

  it('says why when a guard sends the user back home from a page they may not open', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideApolloTesting(),
        provideRouter([
          { path: 'administration/utilisateurs', canActivate: [allowGuard('role.assign')], component: Blank },
          { path: '**', component: Blank },
        ]),
      ],
    });
    signInAs(staffUser());
    const fixture = TestBed.createComponent(App);
    await settle(fixture);

    await TestBed.inject(Router).navigateByUrl('/administration/utilisateurs');
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/');
    expect((fixture.nativeElement as HTMLElement).querySelector('main')?.textContent).toContain('Cette page n’est pas accessible avec votre compte.');
  });

  it('offers to reload when a page’s code cannot be downloaded', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideApolloTesting(),
        provideRouter([
          { path: 'hors-ligne', loadComponent: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /chunk-X.js')) },
          { path: '**', component: Blank },
        ]),
      ],
    });
    signInAs(partnerOwner());
    const fixture = TestBed.createComponent(App);
    await settle(fixture);

    await TestBed.inject(Router).navigateByUrl('/hors-ligne').catch(() => undefined);
    await settle(fixture);

    const alert = (fixture.nativeElement as HTMLElement).querySelector('main [role=alert]')!;
    expect(alert.textContent).toContain('Cette page n’a pas pu être chargée');
    expect(alert.querySelector('button')?.textContent).toContain('Recharger la page');
  });

  it('has no navigation nor sign-out button when signed out', async () => {
    const { element } = await setUp(null);
    expect(element.querySelector('nav[aria-label="Navigation principale"]')).toBeNull();
    expect(element.textContent).not.toContain('Se déconnecter');
  });

  it('signs out, forgets the user and goes back to /connexion', async () => {
    const { fixture, element } = await setUp(partnerOwner());
    element.querySelector<HTMLButtonElement>('.account button.sign-out')!.click();
    await settle(fixture);

    apolloController().expectOne('SignOut').flushData({ signOut: true });
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/connexion');
    expect(element.querySelector('header')?.textContent).not.toContain('Claire Martin');
  });

  it('says so when signing out fails, and keeps the user signed in', async () => {
    const { fixture, element } = await setUp(partnerOwner());
    element.querySelector<HTMLButtonElement>('.account button.sign-out')!.click();
    await settle(fixture);

    apolloController().expectOne('SignOut').networkError(new Error('offline'));
    // The snack bar's code is fetched on demand: wait for its message rather than a fixed time.
    for (let i = 0; i < 50 && !document.querySelector('mat-snack-bar-container'); i++) await settle(fixture);

    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain('La déconnexion n’a pas abouti. Veuillez réessayer.');
    expect(element.querySelector('header')?.textContent).toContain('Claire Martin');
  });
});
