import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { apolloController, partnerOwner, provideApolloTesting, settle, signInAs, staffUser, userPayload } from '../testing/apollo';
import { App } from './app';

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
  const navLabels = () =>
    [...element.querySelectorAll('nav[aria-label="Navigation principale"] a')].map((a) => a.textContent?.trim());
  return { fixture, element, navLabels };
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
    const { element, navLabels } = await setUp(partnerOwner());

    expect(navLabels()).toEqual(['Accueil', 'Mon organisation', 'Mes fiches', 'Équipe', 'Mes packs', 'Taxe de séjour', 'Actualités', 'Actions', 'Rendez-vous']);
    const links = [...element.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/', '/organisation/org-1', '/organisation/org-1/fiches', '/organisation/org-1/equipe', '/packs/organisation/org-1', '/taxe-de-sejour', '/actualites', '/actions', '/rendez-vous']);
    expect(element.querySelector('header')?.textContent).toContain('Claire Martin');
  });

  it('shows staff their home, the review queue, the partner directory, the outbox and the Apidae import', async () => {
    const { navLabels } = await setUp(staffUser());
    expect(navLabels()).toEqual(['Accueil', 'Demandes à valider', 'Fraîcheur des fiches', 'Taxe de séjour', 'Packs', 'Actualités', 'Actions', 'Rendez-vous', 'Partenaires', 'Courriels envoyés', 'Apidae', 'Comité technique']);
  });

  it('shows administrators the users and the audit trail, and committee members the committee', async () => {
    const admin = await setUp(userPayload({ id: 'admin-1', globalRoles: ['ADMIN'] }));
    expect(admin.navLabels().slice(-3)).toEqual(['Comité technique', 'Utilisateurs', 'Journal']);
    TestBed.resetTestingModule();
    const member = await setUp(userPayload({ globalRoles: ['COMMITTEE_MEMBER'], memberships: [{ role: 'OWNER', organisationId: 'org-1' }] }));
    expect(member.navLabels()).toContain('Comité technique');
    expect(member.navLabels()).not.toContain('Utilisateurs');
  });

  it('has no navigation nor sign-out button when signed out', async () => {
    const { element } = await setUp(null);
    expect(element.querySelector('nav')).toBeNull();
    expect(element.textContent).not.toContain('Se déconnecter');
  });

  it('signs out, forgets the user and goes back to /connexion', async () => {
    const { fixture, element } = await setUp(partnerOwner());
    [...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Se déconnecter'))!.click();
    await settle(fixture);

    apolloController().expectOne('SignOut').flushData({ signOut: true });
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/connexion');
    expect(element.querySelector('header')?.textContent).not.toContain('Claire Martin');
  });
});
