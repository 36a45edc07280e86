import { expect, type APIRequestContext, type Browser } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './session.js';

/** The office's demo staff account (README), who may read the outbox. */
const STAFF = 'agent@demo.paysdegex.test';

/** A GraphQL call with a page's session (its cookies), for what a journey prepares or reads; fails on any error. */
export async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/**
 * The link to `path` (such as `/invitation` or `/confirmer-adresse`) in the latest e-mail to
 * `recipient`, as path and query (the e-mail's host is the configured public address): read from
 * the outbox by staff, signed in in a context of their own, once the e-mail is queued.
 */
export async function mailLink(browser: Browser, recipient: string, path: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`);
  const context = await browser.newContext();
  const staff = await context.newPage();
  await signIn(staff, STAFF);
  let link: string | undefined;
  await expect(async () => {
    const { outbox } = await graphql<{ outbox: { items: { recipient: string; text: string; createdAt: string }[] } }>(
      staff.request,
      '{ outbox(page: { offset: 0, limit: 100 }) { items { recipient text createdAt } } }',
    );
    const latest = outbox.items
      .filter((m) => m.recipient === recipient && pattern.test(m.text))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    link = latest?.text.match(pattern)?.[0];
    expect(link).toBeDefined();
  }).toPass();
  await context.close();
  const url = new URL(link!);
  return url.pathname + url.search;
}

/**
 * A new account for a journey that changes its own account (its address, its password), so that a
 * retry or a second run never finds a demo account already changed: `inviter`, an owner, invites
 * `email` as a member of its first organisation, and the link from the outbox activates it with
 * the demo password.
 */
export async function newMember(browser: Browser, inviter: string, email: string, name: string): Promise<void> {
  const context = await browser.newContext();
  const owner = await context.newPage();
  await signIn(owner, inviter);
  const { me } = await graphql<{ me: { memberships: { role: string; organisation: { id: string } }[] } }>(
    owner.request,
    '{ me { memberships { role organisation { id } } } }',
  );
  const organisationId = me.memberships.find((m) => m.role === 'OWNER')!.organisation.id;
  await graphql(owner.request, 'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }', {
    input: { organisationId, email, role: 'MEMBER' },
  });
  const token = new URLSearchParams((await mailLink(browser, email, '/invitation')).split('?')[1]).get('token');
  await context.clearCookies();
  await graphql(owner.request, 'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }', {
    input: { token, name, password: DEMO_PASSWORD },
  });
  await context.close();
}
