// Forms post through the API: a refused write shows the API's message beside the field it names
// and keeps what was typed; a fixed one is saved and redirects to the record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en.js';
import { zh } from '../../src/web/i18n/zh.js';
import { personToForm } from '../../src/web/forms/person.js';
import type { PersonOut, UnavailabilityOut } from '../../src/web/types.js';
import { byId, expectFieldError, tagOf, webTest, type WebTest } from './helpers.js';

let t: WebTest;
beforeAll(async () => {
  t = await webTest();
});
afterAll(() => t.close());

const newPerson = {
  name: '测试律师甲',
  roles: ['lawyer', 'mediator'],
  homeDistrictCode: '520201',
  homeLat: '95',
  homeLon: '104.85',
  skills: ['labour', 'land'],
  otherSkills: 'tax',
  languages: ['zh', 'yi'],
  contractStart: '2026-01-01',
};

const peopleNamed = async (name: string) =>
  ((await (await t.call('GET', `/api/v1/people?q=${encodeURIComponent(name)}`)).json()) as { items: PersonOut[] }).items;

describe('person form', () => {
  it('shows the API’s error beside the field and keeps the input; nothing is saved', async () => {
    const { res, html } = await t.page('/people', { form: newPerson });
    expect(res.status).toBe(422);
    expect(html).toContain(zh['common.formErrors']);
    expect(expectFieldError(html, 'homeLat')).toBe(zh['apiError.max'].replace('{n}', '90'));
    expect(byId(html, 'f-name-error')).toBe('');
    expect(tagOf(html, 'f-name')).toContain(`value="${newPerson.name}"`);
    expect(tagOf(html, 'f-otherSkills')).toContain('value="tax"');
    expect(html).toMatch(/name="languages" value="yi" checked=""/);
    expect(await peopleNamed(newPerson.name)).toHaveLength(0);
  });

  it('names every missing required field at once, in the user’s language', async () => {
    const { html } = await t.page('/people', { form: { name: '', roles: [], languages: ['zh'] } });
    for (const field of ['name', 'homeDistrictCode', 'homeLat', 'homeLon', 'contractStart']) expect(expectFieldError(html, field)).toBe(zh['apiError.required']);
    expect(expectFieldError(html, 'roles')).toBe(zh['apiError.minItems'].replace('{n}', '1'));
    const english = await t.page('/people', { lang: 'en', form: { name: '', roles: ['lawyer'], homeLat: 'north' } });
    expect(expectFieldError(english.html, 'homeLat')).toBe(en['apiError.number']);
  });

  it('saves the fixed form and shows the new person', async () => {
    const { res } = await t.page('/people', { form: { ...newPerson, homeLat: '26.58' } });
    expect(res.status).toBe(303);
    const [created] = await peopleNamed(newPerson.name);
    expect(created).toMatchObject({ roles: ['lawyer', 'mediator'], homeLat: 26.58, skills: ['labour', 'land', 'tax'], languages: ['zh', 'yi'], maxDutiesPerWeek: 3 });
    expect(res.headers.get('location')).toBe(`/people/${created!.id}?saved=1`);
    const page = await t.page(res.headers.get('location')!);
    expect(page.html).toContain(zh['common.saved']);
    expect(page.html).toContain(zh['skill.land']);
  });

  it('edits a person, and refuses to clear a required field', async () => {
    const [p] = await peopleNamed(newPerson.name);
    const edit = await t.page(`/people/${p!.id}/edit`);
    expect(tagOf(edit.html, 'f-homeLat')).toContain('value="26.58"');
    const form = personToForm(p!);
    const cleared = await t.page(`/people/${p!.id}`, { form: { ...form, name: '' } });
    expect(cleared.res.status).toBe(422);
    expectFieldError(cleared.html, 'name');
    const early = await t.page(`/people/${p!.id}`, { form: { ...form, maxDutiesPerMonth: '7', contractEnd: '2025-01-01' } });
    expect(expectFieldError(early.html, 'contractEnd')).toContain('contractStart');
    const saved = await t.page(`/people/${p!.id}`, { form: { ...form, maxDutiesPerMonth: '7' } });
    expect(saved.res.status).toBe(303);
    expect(((await (await t.call('GET', `/api/v1/people/${p!.id}`)).json()) as PersonOut).maxDutiesPerMonth).toBe(7);
  });
});

describe('deleting', () => {
  it('deletes a person after the confirmation, and explains a refusal on the 409 page', async () => {
    const { res } = await t.page('/people', { form: { ...newPerson, name: '待删除人员', homeLat: '26.5' } });
    const id = Number(/\/people\/(\d+)/.exec(res.headers.get('location')!)![1]);
    const deleted = await t.page(`/people/${id}/delete`, { form: {} });
    expect(deleted.res.headers.get('location')).toBe('/people?deleted=1');
    expect((await t.call('GET', `/api/v1/people/${id}`)).status).toBe(404);
    const school = ((await (await t.call('GET', '/api/v1/appointments?kind=vice_principal&limit=1')).json()) as { items: { siteId: number }[] }).items[0]!;
    const refused = await t.page(`/sites/${school.siteId}/delete`, { form: {} });
    expect(refused.res.status).toBe(409);
    expect(refused.html).toContain(zh['error.409']);
    expect((await t.call('GET', `/api/v1/sites/${school.siteId}`)).status).toBe(200);
  });
});

describe('unavailability on a person’s page', () => {
  it('refuses a range that ends before it starts, beside the end field', async () => {
    const [p] = await peopleNamed(newPerson.name);
    const { res, html } = await t.page(`/people/${p!.id}/unavailability`, { form: { kind: 'court', startsAt: '2026-12-03T14:00', endsAt: '2026-12-03T09:00', note: '' } });
    expect(res.status).toBe(422);
    expectFieldError(html, 'endsAt');
    expect(tagOf(html, 'f-startsAt')).toContain('value="2026-12-03T14:00"');
  });

  it('adds a range typed in Beijing time, lists it, and removes it', async () => {
    const [p] = await peopleNamed(newPerson.name);
    const add = await t.page(`/people/${p!.id}/unavailability`, { form: { kind: 'court', startsAt: '2026-12-03T09:00', endsAt: '2026-12-03T12:00', note: '开庭' } });
    expect(add.res.status).toBe(303);
    const list = (await (await t.call('GET', `/api/v1/unavailability?person=${p!.id}`)).json()) as { items: UnavailabilityOut[] };
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ kind: 'court', startsAt: '2026-12-03T01:00:00.000Z', endsAt: '2026-12-03T04:00:00.000Z', note: '开庭' });
    const page = await t.page(`/people/${p!.id}`);
    expect(byId(page.html, 'unavailability-list')).toContain('2026-12-03 09:00');
    const remove = await t.page(`/people/${p!.id}/unavailability/${list.items[0]!.id}/delete`, { form: {} });
    expect(remove.res.status).toBe(303);
    expect(((await (await t.call('GET', `/api/v1/unavailability?person=${p!.id}`)).json()) as { total: number }).total).toBe(0);
  });
});

describe('site form', () => {
  it('asks for coordinates of a physical site, then saves it with its opening hours', async () => {
    const form = { type: 'station', name: '测试工作站', districtCode: '520201', townshipCode: '', lat: '', lon: '', hours0days: 'working_days', hours0open: '09:00', hours0close: '17:00' };
    const refused = await t.page('/sites', { form });
    expect(refused.res.status).toBe(422);
    expectFieldError(refused.html, 'lat');
    const badHours = await t.page('/sites', { form: { ...form, lat: '26.6', lon: '104.8', hours0close: '25:00' } });
    expect(byId(badHours.html, 'site-form')).toContain(`<p class="field-error">${zh['apiError.time']}</p>`);
    const saved = await t.page('/sites', { form: { ...form, lat: '26.6', lon: '104.8' } });
    expect(saved.res.status).toBe(303);
    const detail = await t.page(saved.res.headers.get('location')!);
    expect(detail.html).toContain(`${zh['days.working_days']} 09:00–17:00`);
  });
});
