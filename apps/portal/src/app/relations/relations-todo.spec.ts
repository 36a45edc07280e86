import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apolloController, provideApolloTesting, render, settle, signInAs, staffUser, userPayload } from '../../testing/apollo';
import { RelationsTodo } from './relations-todo';

const reminder = (id: string, organisationName: string) => ({
  __typename: 'NoteReminder', id, meetingId: `m-${id}`, meetingSubject: 'Préparer la saison', organisationId: `org-${id}`, organisationName,
  reminderOn: '2026-11-28', nextSteps: 'Envoyer la grille tarifaire.', authorName: 'Julie Agent',
});

async function setUp(user: ReturnType<typeof userPayload>) {
  TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
  signInAs(user);
  const fixture = TestBed.createComponent(RelationsTodo);
  await render(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

describe('RelationsTodo', () => {
  afterEach(() => apolloController().verify());

  it('shows staff the follow-up reminders that are due, linked to the relationship history, and marks one done', async () => {
    const { fixture, element } = await setUp(staffUser());
    apolloController().expectOne('ManagedMeetings').flushData({ managedMeetings: [] });
    apolloController().expectOne('DueNoteReminders').flushData({ dueNoteReminders: [reminder('n1', 'Hôtel du Jura'), reminder('n2', 'Camping des Lacs')] });
    await settle(fixture);
    const items = [...element.querySelectorAll('.reminders > li')];
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe('/rendez-vous/partenaire/org-n1');
    expect(items[0]!.textContent?.replace(/\s+/g, ' ')).toContain('Hôtel du Jura — rappel du 28 novembre 2026 (Préparer la saison, note de Julie Agent)');
    expect(items[0]!.textContent).toContain('Suite prévue\u00a0: Envoyer la grille tarifaire.');

    items[0]!.querySelector('button')!.click();
    const done = apolloController().expectOne('MarkNoteReminderDone');
    expect(done.operation.variables).toEqual({ noteId: 'n1' });
    done.flushData({ markNoteReminderDone: true });
    await render(fixture); // the list reloads: its query waits for the test
    apolloController().expectOne('DueNoteReminders').flushData({ dueNoteReminders: [reminder('n2', 'Camping des Lacs')] });
    await settle(fixture);
    expect(element.querySelectorAll('.reminders > li')).toHaveLength(1);
    expect(element.textContent).toContain('Rappel marqué comme fait.');
  });

  it('shows nothing about reminders when none is due', async () => {
    const { fixture, element } = await setUp(staffUser());
    apolloController().expectOne('ManagedMeetings').flushData({ managedMeetings: [] });
    apolloController().expectOne('DueNoteReminders').flushData({ dueNoteReminders: [] });
    await settle(fixture);
    expect(element.querySelector('#relations-reminders')).toBeNull();
  });

  it('shows a committee member without organisation the unread news', async () => {
    const { fixture, element } = await setUp(userPayload({ id: 'c-1', globalRoles: ['COMMITTEE_MEMBER'] }));
    apolloController().expectOne('NewsFeed').flushData({
      newsFeed: {
        __typename: 'NewsFeed', total: 1, unread: 1,
        items: [{ __typename: 'NewsItem', id: 'n1', title: 'Ordre du jour du comité', summary: 'x', category: 'OFFICE_NEWS', status: 'PUBLISHED', publishAt: '2026-11-20T09:00:00.000Z', readAt: null }],
      },
    });
    await settle(fixture);
    expect(element.querySelector('a[href="/actualites/n1"]')?.textContent).toBe('Ordre du jour du comité');
  });
});
