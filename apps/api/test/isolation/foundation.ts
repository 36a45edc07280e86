// Isolation rows of the foundation: organisations, their people, invitations, accounts, outbox.
import { randomUUID } from 'node:crypto';
import { createInvitation, PASSWORD, profileInput } from '../utils/factories.js';
import type { IsolationTable } from './table.js';

export const foundation: IsolationTable = {
  foreignObjects: {
    organisation: async (prisma, b) => b.organisation.id,
    member: async (prisma, b) => b.member.id,
    invitation: async (prisma, b) => (await createInvitation(prisma, b.organisation.id, { email: `invite-de-b-${randomUUID().slice(0, 6)}@example.fr` })).id,
  },
  tenantOperations: [
    { name: 'organisation', object: 'organisation', query: 'query($id: ID!) { organisation(id: $id) { id name siret phone email } }', variables: (id) => ({ id }) },
    {
      name: 'updateOrganisation',
      object: 'organisation',
      query: 'mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id name version } }',
      variables: (id) => ({ id, input: { ...profileInput({ name: 'Repris par A', email: 'pirate@example.fr' }), version: 1 } }),
    },
    { name: 'members', object: 'organisation', query: 'query($id: ID!) { members(organisationId: $id) { userId name email role } }', variables: (id) => ({ id }) },
    { name: 'invitations', object: 'organisation', query: 'query($id: ID!) { invitations(organisationId: $id) { id email role status } }', variables: (id) => ({ id }) },
    {
      name: 'inviteMember',
      object: 'organisation',
      query: 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email } }',
      variables: (id) => ({ input: { organisationId: id, email: 'complice@example.fr', role: 'MEMBER' } }),
  },
    { name: 'cancelInvitation', object: 'invitation', query: 'mutation($id: ID!) { cancelInvitation(id: $id) }', variables: (id) => ({ id }) },
    { name: 'resendInvitation', object: 'invitation', query: 'mutation($id: ID!) { resendInvitation(id: $id) { id email } }', variables: (id) => ({ id }) },
    {
      name: 'removeMember',
      object: 'organisation',
      query: 'mutation($id: ID!) { removeMember(organisationId: $id, userId: "00000000-0000-4000-8000-000000000000") }',
      variables: (id) => ({ id }),
    },
  ],
  globalOperations: [
    ['organisations', 'organisation.list', '{ organisations { total items { id name } } }'],
    ['outbox', 'outbox.read', '{ outbox { total smtpConfigured items { recipient text } } }'],
    ['outboxTrouble', 'outbox.read', '{ outboxTrouble { failing failed } }'],
    ['requeueFailedMail', 'outbox.retry', 'mutation { requeueFailedMail }'],
    ['setGlobalRoles', 'role.assign', 'mutation { setGlobalRoles(input: { userId: "00000000-0000-4000-8000-000000000000", roles: [ADMIN, STAFF] }) { id globalRoles } }'],
  ],
  selfOperations: [
    [
      'changePassword',
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      { input: { currentPassword: PASSWORD, newPassword: 'une nouvelle phrase de passe' } },
  ],
    ['updateMyName', 'mutation($input: UpdateMyNameInput!) { updateMyName(input: $input) { id name } }', { input: { name: 'Nom corrigé' } }],
    [
      'requestEmailChange',
      'mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }',
      { input: { newEmail: 'nouvelle.adresse@exemple.fr', currentPassword: PASSWORD } },
    ],
  ],
  publicOperations: ['me', 'signIn', 'signOut', 'requestPasswordReset', 'resetPassword', 'invitation', 'acceptInvitation', 'confirmEmailChange'],
};
