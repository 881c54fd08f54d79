/**
 * The error catalogue: every error the API answers has a stable code, an HTTP status
 * and a Chinese title. Errors are told apart by code, never by message text.
 * Bodies follow RFC 9457 (application/problem+json).
 */
export const problemCatalogue = {
  VALIDATION_FAILED: { status: 400, title: '请求内容有误' },
  UNAUTHENTICATED: { status: 401, title: '未登录或登录已过期' },
  LOGIN_FAILED: { status: 401, title: '用户名或密码错误' },
  ACCOUNT_LOCKED: { status: 423, title: '账号已被临时锁定' },
  ACCOUNT_DISABLED: { status: 403, title: '账号已停用' },
  FORBIDDEN: { status: 403, title: '无权执行此操作' },
  NOT_FOUND: { status: 404, title: '未找到该记录' },
  VERSION_CONFLICT: { status: 409, title: '该记录已被他人修改' },
  DUPLICATE: { status: 409, title: '记录重复' },
  PASSWORD_POLICY: { status: 400, title: '密码不符合安全要求' },
  IMPORT_INVALID: { status: 422, title: '导入文件有误，未写入任何数据' },
  // a case step the procedure does not allow now; `detail` is the rule, `refusalCode` the domain's code
  ACTION_REFUSED: { status: 422, title: '不符合办理条件' },
  FILE_TOO_LARGE: { status: 413, title: '上传文件过大' },
  UNSUPPORTED_FILE: { status: 415, title: '文件格式不受支持' },
  INTERNAL: { status: 500, title: '系统内部错误' },
} as const;

export type ProblemCode = keyof typeof problemCatalogue;

export interface FieldError {
  path: string;
  message: string;
}

export class Problem extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly extra: Record<string, unknown>;

  constructor(code: ProblemCode, detail?: string, extra: Record<string, unknown> = {}) {
    const entry = problemCatalogue[code];
    super(detail ?? entry.title);
    this.code = code;
    this.status = entry.status;
    this.title = entry.title;
    this.detail = detail;
    this.extra = extra;
  }

  toBody(requestId: string): Record<string, unknown> {
    return {
      type: `urn:panhuo:problem:${this.code.toLowerCase().replace(/_/g, '-')}`,
      title: this.title,
      status: this.status,
      code: this.code,
      ...(this.detail ? { detail: this.detail } : {}),
      requestId,
      ...this.extra,
    };
  }
}
