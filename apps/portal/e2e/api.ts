import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** A GraphQL call with a page's session (its cookies), for what a journey prepares or reads; fails on any error. */
export async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/**
 * The link to `path` (such as `/invitation` or `/confirmer-adresse`) in the latest e-mail to
 * `recipient`, read from the outbox by a signed-in staff page, as path and query (the e-mail's host
 * is the configured public address). Waits for the e-mail to be queued.
 */
export async function mailLink(staff: Page, recipient: string, path: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`);
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
  const url = new URL(link!);
  return url.pathname + url.search;
}
