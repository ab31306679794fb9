/**
 * The one way the app talks to the gateway. The browser's session cookie does the
 * authentication (the app never sees a token); every write echoes the XSRF-TOKEN cookie
 * in the X-XSRF-TOKEN header, as the gateway's CSRF check requires; a 401 sends the user
 * through sign-in and back to the page they were on; any other error carries the
 * problem+json `detail` the service wrote.
 */

export const LOGIN_START = '/oauth2/authorization/sentia';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
const RETURN_TO_KEY = 'sentia.returnTo';

/** An RFC 9457 problem, as the gateway and the services answer errors. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: { field?: string; name?: string; message?: string; detail?: string }[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined, fallback: string) {
    super(problem?.detail ?? problem?.title ?? fallback);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** Thrown after the browser has been sent to sign in; nothing should render it. */
export class SignInRequired extends Error {
  constructor() {
    super('Your session has ended; signing you in again.');
    this.name = 'SignInRequired';
  }
}

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const found = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return found === undefined ? undefined : decodeURIComponent(found.slice(prefix.length));
}

/** Remembers where the user was, then leaves for the gateway's sign-in. */
export function signIn(location: Location = window.location): void {
  const here = `${location.pathname}${location.search}${location.hash}`;
  sessionStorage.setItem(RETURN_TO_KEY, here);
  location.assign(LOGIN_START);
}

/**
 * The page to go back to after sign-in, once. Only a path on this origin is accepted, so a
 * value planted in storage cannot send the user elsewhere.
 */
export function takeReturnTo(): string | undefined {
  const value = sessionStorage.getItem(RETURN_TO_KEY);
  sessionStorage.removeItem(RETURN_TO_KEY);
  if (
    value === null ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  ) {
    return undefined;
  }
  return value;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  // A FormData body (a file upload) goes as multipart; the browser writes its boundary.
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) {
    headers.set('Content-Type', 'application/json');
  }
  if (WRITES.has(method)) {
    const token = readCookie(CSRF_COOKIE);
    if (token !== undefined) {
      headers.set(CSRF_HEADER, token);
    }
  }
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.body !== undefined) {
    init.body = multipart ? (options.body as FormData) : JSON.stringify(options.body);
  }
  if (options.signal !== undefined) {
    init.signal = options.signal;
  }
  const response = await fetch(path, init);
  if (response.status === 401) {
    signIn();
    throw new SignInRequired();
  }
  if (!response.ok) {
    throw new ApiError(
      response.status,
      await readProblem(response),
      `${method} ${path} answered ${response.status}`,
    );
  }
  if (response.status === 204) {
    return undefined as T;
  }
  return (await response.json()) as T;
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) {
    return undefined;
  }
  try {
    return (await response.json()) as Problem;
  } catch {
    return undefined;
  }
}
