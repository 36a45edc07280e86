import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apolloController, provideApolloTesting, render, settle, signInAs, staffUser, userPayload } from '../../../testing/apollo';
import { CommitteeSessionPage } from './session-page';

function session(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CommitteeSession',
    id: 's-1',
    theme: 'Stratégie marketing',
    date: '2018-03-15',
    startTime: '14:00',
    place: 'Gex',
    videoLink: null,
    status: 'MINUTES_PUBLISHED',
    minutesPublishedAt: '2018-03-29T10:00:00.000Z',
    myAttendance: 'YES',
    readAt: null,
    version: 3,
    agenda: [{ __typename: 'CommitteeAgendaItem', id: 'a-1', position: 0, title: 'Plan d’actions à cinq ans', description: null }],
    participants: [{ __typename: 'CommitteeParticipant', userId: 'user-1', name: 'Claire Martin', attendance: 'YES' }],
    documents: [],
    recommendations: [],
    minutesHtml: '<h2>Décisions</h2><p>Le plan est adopté.</p>',
    minutesMarkdown: null,
    readings: null,
    ...overrides,
  };
}

async function setUp(user: ReturnType<typeof userPayload>, data: ReturnType<typeof session>) {
  TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
  signInAs(user);
  const fixture = TestBed.createComponent(CommitteeSessionPage);
  fixture.componentRef.setInput('sessionId', 's-1');
  await render(fixture);
  apolloController().expectOne('CommitteeSession').flushData({ committeeSession: data });
  await settle(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

const button = (element: HTMLElement, text: string) => [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);

describe('CommitteeSessionPage', () => {
  afterEach(() => apolloController().verify());

  it('shows a member the published minutes highlighted, and « J’ai lu » confirms the reading', async () => {
    const { fixture, element } = await setUp(userPayload({ globalRoles: ['COMMITTEE_MEMBER'] }), session());
    expect(element.querySelector('h1')?.textContent).toBe('Stratégie marketing');
    expect(element.querySelector('.minutes h2')?.textContent).toBe('Décisions');
    expect(element.querySelector('section.highlight')).not.toBeNull();
    // No staff tools for a member.
    expect(element.textContent).not.toContain('Ajouter un document');
    expect(element.textContent).not.toContain('Ajouter une recommandation');
    expect(element.textContent).not.toContain('Confirmations de lecture');

    button(element, 'J’ai lu')!.click();
    await settle(fixture);
    const confirm = apolloController().expectOne('ConfirmCommitteeMinutesRead');
    expect(confirm.operation.variables).toEqual({ sessionId: 's-1' });
    confirm.flushData({ confirmCommitteeMinutesRead: session({ readAt: '2026-11-29T10:00:00.000Z' }) });
    await settle(fixture);
    // The refetched lists of the home to-do and the sessions page.
    for (const name of ['CommitteeTodo', 'CommitteeSessions']) apolloController().match(name);
    expect(button(element, 'J’ai lu')).toBeUndefined();
    expect(element.textContent).toContain('Vous avez confirmé votre lecture le');
    expect(element.querySelector('section.highlight')).toBeNull();
  });

  it('shows staff who has read the minutes and the tools to add documents and recommendations', async () => {
    const { element } = await setUp(
      staffUser(),
      session({
        myAttendance: null,
        readings: [
          { __typename: 'CommitteeReadingStatus', userId: 'm-1', name: 'Claire Membre', readAt: '2018-04-01T08:00:00.000Z' },
          { __typename: 'CommitteeReadingStatus', userId: 'm-2', name: 'Bruno Membre', readAt: null },
        ],
      }),
    );
    expect(element.textContent).toContain('1\u00a0membre sur 2 a confirmé leur lecture.');
    const rows = [...element.querySelectorAll('table.readings tbody tr')].map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim()));
    expect(rows[1]).toEqual(['Bruno Membre', 'Pas encore lu']);
    expect(rows[0]![1]).not.toBe('Pas encore lu');
    expect(element.textContent).toContain('Ajouter un document');
    expect(element.textContent).toContain('Ajouter une recommandation');
    expect(button(element, 'J’ai lu')).toBeUndefined();
  });
});
