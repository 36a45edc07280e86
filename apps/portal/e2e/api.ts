import { expect, type APIRequestContext, type Browser } from '@playwright/test';
import { signIn } from './session.js';

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
