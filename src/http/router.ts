// The Hono app type every resource router shares, and its validation hook: every zod failure
// becomes one RFC 9457 problem naming each field at fault.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { ZodError } from 'zod';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { ApiError, pointer, type FieldError } from '../errors.js';

export interface AppEnv {
  Variables: { principal: Principal; deps: Deps };
}

const TARGETS: Record<string, FieldError['in']> = { json: 'body', query: 'query', param: 'path', header: 'header' };

export function zodToFieldErrors(error: ZodError, where: FieldError['in']): FieldError[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue as { keys: string[] }).keys;
      return { pointer: pointer([...issue.path, keys[0] ?? '']), detail: `unknown field(s): ${keys.join(', ')}`, in: where };
    }
    return { pointer: pointer(issue.path), detail: issue.message, in: where };
  });
}

export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, _c) => {
      if (!result.success) {
        const where = TARGETS[(result as { target?: string }).target ?? 'json'] ?? 'body';
        const errors = zodToFieldErrors(result.error as ZodError, where);
        const first = errors[0];
        throw new ApiError('validation_failed', first ? `${first.pointer}: ${first.detail}` : undefined, errors);
      }
      return undefined;
    },
  });
}
