// One error shape for the whole API: RFC 9457 problem details (application/problem+json).
// Expected failures below HTTP are values; handlers turn them into an ApiError, and a single
// onError renders it. Unknown errors become a 500 without internals.

export const ERROR_CODES = {
  bad_request: 400,
  malformed_json: 400,
  validation_failed: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  precondition_required: 428,
  unsupported_media_type: 415,
  payload_too_large: 413,
  unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One field at fault: a JSON Pointer into the request (RFC 6901) and a sentence. */
export interface FieldError {
  pointer: string;
  detail: string;
  /** Where the field is: body, query, path or header. */
  in?: 'body' | 'query' | 'path' | 'header';
}

const TITLES: Record<ErrorCode, string> = {
  bad_request: 'Bad request',
  malformed_json: 'Malformed JSON body',
  validation_failed: 'The request is not valid',
  unauthorized: 'Authentication required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Conflict',
  precondition_failed: 'Precondition failed',
  precondition_required: 'Precondition required',
  unsupported_media_type: 'Unsupported media type',
  payload_too_large: 'Payload too large',
  unavailable: 'Temporarily unavailable',
  internal: 'Internal error',
};

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    detail?: string,
    readonly errors: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? TITLES[code]);
    this.status = ERROR_CODES[code];
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: FieldError[];
  [key: string]: unknown;
}

export function toProblem(err: ApiError, instance?: string): Problem {
  return {
    type: `https://zhiban.dev/problems/${err.code.replace(/_/g, '-')}`,
    title: TITLES[err.code],
    status: err.status,
    detail: err.message,
    code: err.code,
    ...(instance ? { instance } : {}),
    ...(err.errors.length ? { errors: err.errors } : {}),
    ...err.extra,
  };
}

/** JSON Pointer (RFC 6901) for a path of keys and indexes. */
export function pointer(path: ReadonlyArray<PropertyKey>): string {
  return '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

export const notFound = (what: string) => new ApiError('not_found', `${what} not found`);
export const fieldError = (field: string, detail: string, where: FieldError['in'] = 'body') =>
  new ApiError('validation_failed', `${field}: ${detail}`, [{ pointer: pointer(field.split('.')), detail, in: where }]);
