// Asserts a response is an RFC 9457 problem with the given status, naming the given field.
import { expect } from 'vitest';
import { ProblemSchema } from '../../schemas/common.js';

export async function expectProblem(res: Response, status: number, pointer?: string) {
  expect(res.status, await res.clone().text()).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = ProblemSchema.parse(await res.json());
  expect(body.status).toBe(status);
  if (pointer) expect(body.errors?.map((e) => e.pointer)).toContain(pointer);
  return body;
}
