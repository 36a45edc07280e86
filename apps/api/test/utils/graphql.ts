// A GraphQL client for the tests: POST /graphql with JSON, keeping its cookies like a browser.

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fields?: { field: string; message: string }[]; [k: string]: unknown } }[];
  setCookie: string[];
}

export class GraphQLClient {
  /** Every cookie the API set, by name (the session's, the known-device one…). */
  private readonly jar = new Map<string, string>();

  constructor(
    private readonly baseUrl: string,
    /** Sent with every request, e.g. `x-forwarded-for` to play another client behind a trusted proxy. */
    private readonly headers: Record<string, string> = {},
  ) {}

  /** The `Cookie` header this client sends; assign it to play a browser holding that cookie. */
  get cookie(): string | undefined {
    return this.jar.size ? [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ') : undefined;
  }

  set cookie(header: string | undefined) {
    this.jar.clear();
    for (const pair of header?.split(/;\s*/) ?? []) {
      const at = pair.indexOf('=');
      if (at > 0) this.jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  /** The session cookie alone, `extranet.sid=<signed id>`. */
  get sessionCookie(): string | undefined {
    const value = this.jar.get('extranet.sid');
    return value === undefined ? undefined : `extranet.sid=${value}`;
  }

  async request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const cookie = this.cookie;
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie();
    for (const line of setCookie) {
      const pair = line.split(';')[0]!;
      const at = pair.indexOf('=');
      if (at > 0) this.jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
    return { status: response.status, data: body.data, errors: body.errors, setCookie };
  }

  /** Like `request`, but fails the test on any error and returns `data`. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async signIn(email: string, password: string): Promise<GraphQLResponse> {
    return this.request('mutation($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email, password } });
  }
}

export function errorCode(result: GraphQLResponse): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** A client signed in as `email` (sign-in is throttled: sign each account in once per file). */
export async function signedInClient(baseUrl: string, email: string, password: string): Promise<GraphQLClient> {
  const client = new GraphQLClient(baseUrl);
  const result = await client.signIn(email, password);
  if (result.errors?.length) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
  return client;
}

/** The French field errors of a BAD_USER_INPUT answer, as `field → message`. */
export function fieldErrors(result: GraphQLResponse): Record<string, string> {
  return Object.fromEntries((result.errors?.[0]?.extensions?.fields ?? []).map((f) => [f.field, f.message]));
}
