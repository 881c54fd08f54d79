/**
 * The one way the web app talks to the server: JSON over fetch with the session cookie.
 * Every failure becomes an ApiError carrying the RFC 9457 problem body, so pages show
 * the server's Chinese title/detail and tell errors apart by `code`, never by text.
 */
export const API_BASE = '/api/v1';

export interface FieldProblem {
  path: string;
  message: string;
}

export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  code?: string;
  detail?: string;
  requestId?: string;
  errors?: FieldProblem[];
  [extra: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldProblem[];
  readonly body: ProblemBody;

  constructor(status: number, body: ProblemBody) {
    const title = body.title ?? fallbackTitle(status);
    super(body.detail ?? title);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? `HTTP_${status}`;
    this.title = title;
    this.detail = body.detail;
    this.errors = Array.isArray(body.errors) ? body.errors : [];
    this.body = body;
  }

  /** What to tell the user: the detail when the server gave one, else the title. */
  get userMessage(): string {
    return this.detail ?? this.title;
  }
}

function fallbackTitle(status: number): string {
  if (status === 0) return '无法连接服务器，请检查网络';
  if (status >= 500) return '服务器暂时不可用，请稍后重试';
  return `请求失败（${status}）`;
}

/**
 * 401s that do not send the user to the login page: a failed login means a wrong
 * password, and the session check at start-up routes to the login page itself.
 */
const NO_REDIRECT_ON_401 = ['/auth/login', '/auth/me'];

function redirectToLogin(): void {
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname === '/login') return;
  window.location.assign(`/login?next=${encodeURIComponent(here)}`);
}

export type QueryValue = string | number | boolean | null | undefined;

export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** JSON-serialised unless it is FormData (multipart uploads). */
  body?: unknown;
  signal?: AbortSignal;
}

async function send(path: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) {
    body = opts.body;
  } else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let response: Response;
  try {
    response = await fetch(API_BASE + withQuery(path, opts.query), {
      method: opts.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body,
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, {});
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && !NO_REDIRECT_ON_401.includes(path)) redirectToLogin();
    throw new ApiError(response.status, problem);
  }
  return response;
}

async function readProblem(response: Response): Promise<ProblemBody> {
  const text = await response.text().catch(() => '');
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as ProblemBody) : {};
  } catch {
    return {};
  }
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const response = await send(path, opts);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    request<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown, query?: Record<string, QueryValue>) =>
    request<T>(path, { method: 'POST', body: body ?? {}, query }),
  put: <T>(path: string, body: unknown) => request<T>(path, { method: 'PUT', body }),
};

/** Name given by Content-Disposition, preferring the UTF-8 `filename*` form. */
function fileNameFrom(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/** Saves a Blob as a file through a temporary link (works for any origin-local blob). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads a file the server generates (exports, templates) under the server's name. */
export async function downloadFile(path: string, query: Record<string, QueryValue> | undefined, fallbackName: string) {
  const response = await send(path, { query });
  const blob = await response.blob();
  saveBlob(blob, fileNameFrom(response, fallbackName));
}

export interface Page<T> {
  items: T[];
  total: number;
}
