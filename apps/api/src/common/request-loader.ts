import DataLoader from 'dataloader';

/**
 * A DataLoader per request (keyed by the request object, dropped with it): a field that loads
 * related rows (a membership's organisation, later a listing's organisation…) batches every
 * lookup of one GraphQL request into one query, so a page of N items costs the same statements
 * as a page of one. Only for related rows of objects already authorised by their service.
 */
export class RequestLoader<K, V> {
  private readonly loaders = new WeakMap<object, DataLoader<K, V | null>>();

  /** `batch` returns the values found; `keyOf` tells which key each belongs to. */
  constructor(
    private readonly batch: (keys: readonly K[]) => Promise<V[]>,
    private readonly keyOf: (value: V) => K,
  ) {}

  load(request: object, key: K): Promise<V | null> {
    let loader = this.loaders.get(request);
    if (!loader) {
      loader = new DataLoader<K, V | null>(async (keys) => {
        const found = new Map((await this.batch(keys)).map((value) => [this.keyOf(value), value]));
        return keys.map((key) => found.get(key) ?? null);
      });
      this.loaders.set(request, loader);
    }
    return loader.load(key);
  }
}
