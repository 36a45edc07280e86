import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apolloController, provideApolloTesting, render, settle, signInAs, staffUser, userPayload } from '../../testing/apollo';
import { CommitteeTodo } from './committee-todo';

function summary(id: string, theme: string, date: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'CommitteeSessionSummary',
    id, theme, date, status, startTime: '14:00', place: 'Gex', videoLink: null, minutesPublishedAt: null, myAttendance: null, readAt: null, version: 1,
    ...extra,
  };
}

async function setUp(user: ReturnType<typeof userPayload>) {
  TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
  signInAs(user);
  const fixture = TestBed.createComponent(CommitteeTodo);
  await render(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

describe('CommitteeTodo', () => {
  afterEach(() => apolloController().verify());

  it('shows a member the next session, asking for an answer, and the minutes still to read', async () => {
    const { fixture, element } = await setUp(userPayload({ globalRoles: ['COMMITTEE_MEMBER'] }));
    apolloController().expectOne('CommitteeTodo').flushData({
      committeeTodo: {
        __typename: 'CommitteeTodo',
        nextSession: summary('s-2', 'Bilan de l’année', '2030-12-13', 'PLANNED'),
        unreadMinutes: [summary('s-1', 'Accueil des visiteurs', '2030-06-21', 'MINUTES_PUBLISHED')],
        unconfirmed: [],
      },
    });
    await settle(fixture);
    const text = element.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Prochaine séance : Bilan de l’année, vendredi 13 décembre 2030 à 14:00.');
    expect(text).toContain('Dites si vous serez présent·e.');
    expect(text).toContain('Comptes rendus à lire');
    expect(element.querySelector('a[href="/comite/seances/s-1"]')?.textContent).toBe('Accueil des visiteurs');
  });

  it('shows staff the published minutes some members have not confirmed', async () => {
    const { fixture, element } = await setUp(staffUser());
    apolloController().expectOne('CommitteeTodo').flushData({
      committeeTodo: { __typename: 'CommitteeTodo', nextSession: null, unreadMinutes: [], unconfirmed: [{ __typename: 'CommitteeUnconfirmed', sessionId: 's-1', theme: 'Stratégie marketing', date: '2018-03-15', missing: 6, members: 20 }] },
    });
    await settle(fixture);
    expect(element.textContent!.replace(/\s+/g, ' ')).toContain('Stratégie marketing : 6 membres sur 20 n’ont pas confirmé');
  });

  it('shows nothing when nothing needs attention', async () => {
    const { fixture, element } = await setUp(staffUser());
    apolloController().expectOne('CommitteeTodo').flushData({ committeeTodo: { __typename: 'CommitteeTodo', nextSession: null, unreadMinutes: [], unconfirmed: [] } });
    await settle(fixture);
    expect(element.querySelector('mat-card')).toBeNull();
  });
});
