import { randomUUID } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

interface RequestContext {
  requestId: string;
  ip?: string;
  /** Reads shared by the fields of one request (see `requestMemo`). */
  memo?: Map<string, Promise<unknown>>;
}

const storage = new AsyncLocalStorage<RequestContext>();
const SAFE_REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/** Gives every HTTP request an id (kept from `x-request-id` when it looks safe), echoed back and used in logs and the audit trail. */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', requestId);
  storage.run({ requestId, ip: req.ip }, next);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/**
 * One answer per key for the rest of the HTTP request: the fields of one GraphQL request that need
 * the same row (the organisation `members` and `invitations` both check, the late count the staff
 * dashboard and the staff to-do both show) read it once. Outside a request (jobs, CLIs) it just
 * loads. Callers use it through PrismaService.memo, which never serves it inside a transaction and
 * forgets everything once a transaction ends, so a change is never hidden by an earlier read.
 */
export function requestMemo<T>(key: string, load: () => Promise<T>): Promise<T> {
  const context = storage.getStore();
  if (!context) return load();
  const memo = (context.memo ??= new Map());
  const known = memo.get(key) as Promise<T> | undefined;
  if (known) return known;
  const answer = load();
  memo.set(key, answer);
  // A failed read is not kept: the next caller tries again.
  answer.catch(() => memo.get(key) === answer && memo.delete(key));
  return answer;
}

/** Forgets the request's shared reads (after a transaction: what they read may have changed). */
export function forgetRequestMemo(): void {
  storage.getStore()?.memo?.clear();
}
