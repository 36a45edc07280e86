// Isolation rows of the feature. Partner relations: news, promotion actions, meetings.
import type { IsolationTable } from './table.js';

const NOWHERE = '00000000-0000-4000-8000-000000000000';

export const relations: IsolationTable = {
  foreignObjects: {
    // News belongs to the office; what A must not reach is an item not targeted to it.
    newsItem: async (prisma) =>
      (
        await prisma.newsItem.create({
          data: { title: 'Actualité secrète du comité', summary: 'Résumé secret', body: 'Texte secret', category: 'OFFICE_NEWS', status: 'PUBLISHED', audience: 'COMMITTEE', publishAt: new Date() },
        })
      ).id,
    actionRegistration: async (prisma, b) => {
      const action = await prisma.promotionAction.create({
        data: {
          title: 'Action secrète de B', kind: 'TRADE_SHOW', description: 'x', place: 'x', startsOn: new Date('2099-03-20'), endsOn: new Date('2099-03-21'),
          registrationDeadline: new Date('2099-03-01'), places: 3, status: 'OPEN', categories: ['SHOP'],
        },
      });
      return (await prisma.actionRegistration.create({ data: { actionId: action.id, organisationId: b.organisation.id, status: 'REGISTERED', queuedAt: new Date() } })).id;
    },
    meeting: async (prisma, b) =>
      (await prisma.meeting.create({ data: { organisationId: b.organisation.id, subject: 'Rendez-vous secret de B', place: 'OFFICE', status: 'CONFIRMED', startsAt: new Date('2099-01-05T09:00:00Z') } })).id,
  },
  secrets: ['Rendez-vous secret de B', 'Actualité secrète du comité', 'Résumé secret', 'Texte secret', 'Action secrète de B'],
  tenantOperations: [
    // Committee members read the news targeted to the committee, with or without an organisation.
    { name: 'newsItem', object: 'newsItem', query: 'query($id: ID!) { newsItem(id: $id) { id title body } }', variables: (id) => ({ id }), committeeCalls: true },
    { name: 'markNewsRead', object: 'newsItem', query: 'mutation($id: ID!) { markNewsRead(id: $id) { id readAt } }', variables: (id) => ({ id }), committeeCalls: true },
    { name: 'promotionActions', object: 'organisation', query: 'query($id: ID!) { promotionActions(organisationId: $id) { id title registration { id } } }', variables: (id) => ({ id }) },
    { name: 'organisationActionRegistrations', object: 'organisation', query: 'query($id: ID!) { organisationActionRegistrations(organisationId: $id) { id actionTitle } }', variables: (id) => ({ id }) },
    {
      name: 'registerForAction',
      object: 'organisation',
      query: 'mutation($input: RegisterForActionInput!) { registerForAction(input: $input) { id } }',
      variables: (id) => ({ input: { actionId: NOWHERE, organisationId: id } }),
    },
    { name: 'organisationMeetings', object: 'organisation', query: 'query($id: ID!) { organisationMeetings(organisationId: $id) { id subject } }', variables: (id) => ({ id }) },
    {
      name: 'requestMeeting',
      object: 'organisation',
      query: 'mutation($input: RequestMeetingInput!) { requestMeeting(input: $input) { id } }',
      variables: (id) => ({ input: { organisationId: id, subject: 'Pirate', place: 'OFFICE', preferredSlots: ['2099-01-05T09:00:00Z'] } }),
    },
    { name: 'cancelActionRegistration', object: 'actionRegistration', query: 'mutation($id: ID!) { cancelActionRegistration(id: $id) { id status } }', variables: (id) => ({ id }) },
  ],
  globalOperations: [
    ['managedNews', 'news.manage', '{ managedNews { total items { id title openCount } } }'],
    ['previewNewsMarkdown', 'news.manage', '{ previewNewsMarkdown(markdown: "**x**") { html problem } }'],
    ['saveNews', 'news.manage', 'mutation { saveNews(input: { title: "Pirate", summary: "x", body: "x", category: OFFICE_NEWS, target: { audience: ALL_PARTNERS } }) { id } }'],
    ['publishNews', 'news.manage', `mutation { publishNews(id: "${NOWHERE}", version: 1) { id } }`],
    ['scheduleNews', 'news.manage', `mutation { scheduleNews(id: "${NOWHERE}", version: 1, publishAt: "2099-01-01T00:00:00Z") { id } }`],
    ['archiveNews', 'news.manage', `mutation { archiveNews(id: "${NOWHERE}", version: 1) { id } }`],
    ['managedPromotionActions', 'promotionAction.manage', '{ managedPromotionActions { id title } }'],
    ['managedPromotionAction', 'promotionAction.manage', `{ managedPromotionAction(id: "${NOWHERE}") { id title } }`],
    ['promotionActionRegistrations', 'promotionAction.manage', `{ promotionActionRegistrations(actionId: "${NOWHERE}") { id organisationName } }`],
    [
      'savePromotionAction',
      'promotionAction.manage',
      'mutation { savePromotionAction(input: { title: "Pirate", kind: EVENT, description: "x", place: "x", startsOn: "2099-03-20", endsOn: "2099-03-21", registrationDeadline: "2099-03-01", places: 1, partnerCostCents: null }) { id } }',
    ],
    ['openPromotionAction', 'promotionAction.manage', `mutation { openPromotionAction(id: "${NOWHERE}", version: 1) { id } }`],
    ['closePromotionAction', 'promotionAction.manage', `mutation { closePromotionAction(id: "${NOWHERE}", version: 1) { id } }`],
    // Staff answer meetings of every partner: each takes a meeting's id, but is the office's only.
    ['managedMeetings', 'meeting.manage', '{ managedMeetings { id subject notes { text } } }'],
    ['publishMeetingAvailability', 'meeting.manage', 'mutation { publishMeetingAvailability(input: { startsAt: "2099-01-05T08:00:00Z", endsAt: "2099-01-05T11:00:00Z" }) { id } }'],
    ['removeMeetingAvailability', 'meeting.manage', `mutation { removeMeetingAvailability(id: "${NOWHERE}") }`],
    ['confirmMeeting', 'meeting.manage', `mutation { confirmMeeting(input: { id: "${NOWHERE}", version: 1, startsAt: "2099-01-05T09:00:00Z" }) { id } }`],
    ['moveMeeting', 'meeting.manage', `mutation { moveMeeting(input: { id: "${NOWHERE}", version: 1, startsAt: "2099-01-05T09:00:00Z" }) { id } }`],
    ['declineMeeting', 'meeting.manage', `mutation { declineMeeting(input: { id: "${NOWHERE}", version: 1 }) { id } }`],
    ['addMeetingNote', 'meeting.manage', `mutation { addMeetingNote(input: { meetingId: "${NOWHERE}", text: "x" }) { id } }`],
    ['dueNoteReminders', 'meeting.manage', '{ dueNoteReminders { id organisationName nextSteps } }'],
    ['markNoteReminderDone', 'meeting.manage', `mutation { markNoteReminderDone(noteId: "${NOWHERE}") }`],
    ['partnersNotMetForAYear', 'meeting.manage', '{ partnersNotMetForAYear { organisationId name } }'],
    ['meetingsPerMonth', 'meeting.manage', '{ meetingsPerMonth(year: 2026) { month count } }'],
    ['partnerRelationHistory', 'meeting.manage', `{ partnerRelationHistory(organisationId: "${NOWHERE}") { newsRead } }`],
  ],
  selfOperations: [
    // A user's own feed and e-mail choice: what targets them, nothing to do with another partner's ids.
    ['newsFeed', '{ newsFeed { total unread items { id title } } }', {}],
    ['newsMailSetting', '{ newsMailSetting { preference } }', {}],
    ['setNewsMailPreference', 'mutation { setNewsMailPreference(preference: NEVER) { preference } }', {}],
    // The office's published hours: the same for every partner, nothing of anyone's.
    ['meetingAvailability', '{ meetingAvailability { id slots } }', {}],
  ],
};
