// Isolation rows of the feature. Technical committee: sessions, documents, minutes, recommendations, membership.
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import type { IsolationTable } from './table.js';

const SESSION_THEME = 'Séance secrète du comité';

async function session(prisma: PrismaClient, status: 'PLANNED' | 'MINUTES_PUBLISHED'): Promise<string> {
  const created = await prisma.committeeSession.create({
    data: {
      theme: `${SESSION_THEME} ${status}`,
      date: new Date('2030-03-15T00:00:00Z'),
      place: 'Gex',
      status,
      minutesMarkdown: status === 'MINUTES_PUBLISHED' ? 'Compte rendu confidentiel' : null,
      minutesPublishedAt: status === 'MINUTES_PUBLISHED' ? new Date() : null,
      agendaItems: { create: [{ position: 0, title: 'Point secret' }] },
      recommendations: { create: [{ text: 'Recommandation confidentielle', theme: 'Marketing', proposer: 'Un membre' }] },
    },
    select: { id: true },
  });
  return created.id;
}

export const committee: IsolationTable = {
  committeeObjects: {
    committeeSession: (prisma) => session(prisma, 'PLANNED'),
    publishedCommitteeSession: (prisma) => session(prisma, 'MINUTES_PUBLISHED'),
  },
  secrets: [SESSION_THEME, 'Point secret', 'Compte rendu confidentiel', 'Recommandation confidentielle'],
  committeeOperations: [
    { name: 'committeeSessions', query: '{ committeeSessions { id theme } }' },
    { name: 'committeeSession', object: 'committeeSession', query: 'query($id: ID!) { committeeSession(id: $id) { id theme agenda { title } minutesHtml } }', variables: (id) => ({ id }) },
    { name: 'committeeRecommendations', query: '{ committeeRecommendations { id text } }' },
    { name: 'committeeRecommendationThemes', query: '{ committeeRecommendationThemes }' },
    { name: 'committeeSearch', query: '{ committeeSearch(query: "secret") { sessionId title excerpt { text } } }' },
    { name: 'committeeTodo', query: '{ committeeTodo { nextSession { id theme } unreadMinutes { id theme } unconfirmed { theme } } }' },
    {
      name: 'answerCommitteeAttendance',
      object: 'committeeSession',
      query: 'mutation($id: ID!) { answerCommitteeAttendance(sessionId: $id, attendance: YES) { id myAttendance } }',
      variables: (id) => ({ id }),
    },
    {
      name: 'confirmCommitteeMinutesRead',
      object: 'publishedCommitteeSession',
      query: 'mutation($id: ID!) { confirmCommitteeMinutesRead(sessionId: $id) { id readAt } }',
      variables: (id) => ({ id }),
    },
  ],
  globalOperations: [
    ['createCommitteeSession', 'committee.manage', 'mutation { createCommitteeSession(input: { theme: "Pirate", date: "2030-01-01", place: "Gex", agenda: [] }) { id } }'],
    ['updateCommitteeSession', 'committee.manage', 'mutation { updateCommitteeSession(input: { id: "00000000-0000-4000-8000-000000000000", version: 1, theme: "Pirate", date: "2030-01-01", place: "Gex", agenda: [] }) { id } }'],
    ['markCommitteeSessionHeld', 'committee.manage', 'mutation { markCommitteeSessionHeld(id: "00000000-0000-4000-8000-000000000000") { id } }'],
    ['saveCommitteeMinutes', 'committee.manage', 'mutation { saveCommitteeMinutes(input: { sessionId: "00000000-0000-4000-8000-000000000000", markdown: "x" }) { id } }'],
    ['publishCommitteeMinutes', 'committee.manage', 'mutation { publishCommitteeMinutes(input: { sessionId: "00000000-0000-4000-8000-000000000000", markdown: "x" }) { id } }'],
    ['addCommitteeRecommendation', 'committee.manage', 'mutation { addCommitteeRecommendation(input: { sessionId: "00000000-0000-4000-8000-000000000000", text: "x", theme: "x", proposer: "x" }) { id } }'],
    ['recordCommitteeDecision', 'committee.manage', 'mutation { recordCommitteeDecision(input: { recommendationId: "00000000-0000-4000-8000-000000000000", status: PRESENTED, date: "2030-01-01" }) { id } }'],
    ['committeeMembers', 'committee.manage', '{ committeeMembers { id email } }'],
    ['committeeCandidates', 'committee.manage', '{ committeeCandidates(search: "Partenaire") { id email } }'],
    ['addCommitteeMember', 'committee.manage', 'mutation { addCommitteeMember(userId: "00000000-0000-4000-8000-000000000000") { id } }'],
    ['removeCommitteeMember', 'committee.manage', 'mutation { removeCommitteeMember(userId: "00000000-0000-4000-8000-000000000000") { id } }'],
    ['adminUsers', 'role.assign', '{ adminUsers { total items { id email globalRoles } } }'],
    ['auditEvents', 'audit.read', '{ auditEvents { total items { action actorEmail } } }'],
  ],
};
