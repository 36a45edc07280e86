import type { NextFunction, Request, Response } from 'express';
import { forgetRequestMemo, requestContextMiddleware, requestMemo } from './request-context.js';

/** Runs `work` inside a request context, as the middleware does for every HTTP request. */
function inRequest<T>(work: () => Promise<T>): Promise<T> {
  const req = { header: () => undefined, ip: '127.0.0.1' } as unknown as Request;
  const res = { setHeader: () => undefined } as unknown as Response;
  return new Promise<T>((resolve, reject) => requestContextMiddleware(req, res, (() => work().then(resolve, reject)) as NextFunction));
}

describe('requestMemo', () => {
  it('reads once per key within a request, concurrent callers included', async () => {
    let reads = 0;
    const load = async () => ++reads;
    const answers = await inRequest(() => Promise.all([requestMemo('k', load), requestMemo('k', load), requestMemo('other', load)]));
    expect(answers.slice(0, 2)).toEqual([1, 1]);
    expect(reads).toBe(2);
  });

  it('shares nothing between requests, nor outside one', async () => {
    let reads = 0;
    const load = async () => ++reads;
    await inRequest(() => requestMemo('k', load));
    await inRequest(() => requestMemo('k', load));
    await requestMemo('k', load);
    await requestMemo('k', load);
    expect(reads).toBe(4);
  });

  it('reads again after forgetRequestMemo (a transaction ended) and after a failed read', async () => {
    let reads = 0;
    const answers = await inRequest(async () => {
      const first = await requestMemo('k', async () => ++reads);
      forgetRequestMemo();
      const second = await requestMemo('k', async () => ++reads);
      await expect(requestMemo('failing', async () => { reads += 1; throw new Error('down'); })).rejects.toThrow('down');
      const third = await requestMemo('failing', async () => ++reads);
      return [first, second, third];
    });
    expect(answers).toEqual([1, 2, 4]);
  });
});
