// The web layer's small pure helpers: where a form may send the browser next, how typed text
// becomes API JSON, Beijing wall-clock input, and the re-wording of the API's messages.
import { describe, expect, it } from 'vitest';
import { codes, num, safeNext } from '../../src/web/forms/read.js';
import { fromLocalInput, localDateTime, toLocalInput } from '../../src/web/format.js';
import { localizeApiMessage } from '../../src/web/i18n/api-messages.js';
import { translator } from '../../src/web/i18n/index.js';

describe('safeNext', () => {
  it('keeps local paths with their query', () => {
    expect(safeNext('/people?role=lawyer&page=2', '/')).toBe('/people?role=lawyer&page=2');
  });
  it.each(['//evil.example/', '/\\evil.example', '/\t/evil.example', 'https://evil.example/', 'javascript:alert(1)', '', undefined])('refuses %j', (next) => {
    expect(safeNext(next, '/overview')).toBe('/overview');
  });
});

describe('form values to API JSON', () => {
  it('turns numbers into numbers, leaves other text for the API to refuse, and drops blanks', () => {
    expect(num(' 26.58 ')).toBe(26.58);
    expect(num('-3')).toBe(-3);
    expect(num('north')).toBe('north');
    expect(num('1e3')).toBe('1e3');
    expect(num('')).toBeUndefined();
    expect(codes('tax, 劳动，land  sea')).toEqual(['tax', '劳动', 'land', 'sea']);
  });

  it('reads datetime-local input as Beijing time and shows instants in Beijing time', () => {
    expect(fromLocalInput('2026-12-03T09:00')).toBe('2026-12-03T09:00:00+08:00');
    expect(fromLocalInput('not a time')).toBe('not a time');
    expect(localDateTime('2026-12-03T01:00:00.000Z')).toBe('2026-12-03 09:00');
    expect(toLocalInput('2026-12-31T16:30:00.000Z')).toBe('2027-01-01T00:30');
  });
});

describe('API messages in the user’s language', () => {
  const zh = translator('zh');
  const en = translator('en');
  it('re-words the common zod messages', () => {
    expect(localizeApiMessage('Too big: expected number to be <=90', zh)).toBe('不能大于 90。');
    expect(localizeApiMessage('Too small: expected number to be >=-180', en)).toBe('Must be at least -180.');
    expect(localizeApiMessage('Invalid input: expected number, received undefined', zh)).toBe('必填。');
    expect(localizeApiMessage('Too small: expected array to have >=1 items', en)).toBe('Choose at least 1.');
  });
  it('passes any other message through as the API wrote it', () => {
    expect(localizeApiMessage('must not be before contractStart', zh)).toBe('must not be before contractStart');
  });
});
