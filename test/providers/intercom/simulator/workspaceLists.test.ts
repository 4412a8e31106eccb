import { startIntercomSimulator, type IntercomSimulator } from '../../../../src/providers/intercom/simulator';
import { callIntercom } from './intercomHttp';

/** listSegments and lisDataAttributes: unpaged lists (spec v2.16), their filters and errors. */
describe('Intercom segments and data attributes', () => {
  let sim: IntercomSimulator;

  beforeAll(async () => {
    sim = await startIntercomSimulator({ sizes: { conversations: 1, contacts: 1, companies: 1, tickets: 1 } });
  });
  afterAll(() => sim.close());

  it('lists every segment in one segment.list, with counts only when include_count=true', async () => {
    const plain = await callIntercom(sim, 'GET', '/segments');
    expect(plain.status).toBe(200);
    expect(plain.body.type).toBe('segment.list');
    expect(plain.body).not.toHaveProperty('pages');
    const listed = plain.body.segments as Array<Record<string, unknown>>;
    expect(listed.map((segment) => segment.id)).toEqual(sim.data.segments.map((segment) => segment.id));
    expect(listed.length).toBeGreaterThan(150);
    for (const segment of listed) expect(segment).not.toHaveProperty('count');
    const counted = await callIntercom(sim, 'GET', '/segments?include_count=true');
    expect((counted.body.segments as Array<{ count: number }>).map((segment) => segment.count)).toEqual(sim.data.segments.map((segment) => segment.count));
  });

  it('retrieves a segment by id and answers an unknown one with not_found', async () => {
    const segment = sim.data.segments[3];
    const found = await callIntercom(sim, 'GET', `/segments/${segment?.id}`);
    expect(found.body).toMatchObject({ type: 'segment', id: segment?.id, name: segment?.name });
    const missing = await callIntercom(sim, 'GET', '/segments/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ type: 'error.list', errors: [{ code: 'not_found', message: 'Resource Not Found' }] });
  });

  it('lists data attributes by model, archived ones only on request', async () => {
    const names = (body: Record<string, unknown>) => (body.data as Array<{ model: string; full_name: string }>).map((attribute) => `${attribute.model}:${attribute.full_name}`);
    const all = sim.data.dataAttributes;
    const key = (attribute: { model: string; full_name: string }) => `${attribute.model}:${attribute.full_name}`;
    const everything = await callIntercom(sim, 'GET', '/data_attributes?include_archived=true');
    expect(everything.body.type).toBe('list');
    expect(names(everything.body)).toEqual(all.map(key));
    const live = await callIntercom(sim, 'GET', '/data_attributes');
    expect(names(live.body)).toEqual(all.filter((attribute) => !attribute.archived).map(key));
    expect(all.some((attribute) => attribute.archived)).toBe(true);
    const companies = await callIntercom(sim, 'GET', '/data_attributes?model=company');
    expect(names(companies.body)).toEqual(all.filter((attribute) => attribute.model === 'company' && !attribute.archived).map(key));
    // Standard attributes have no id; custom ones an integer.
    expect(all.filter((attribute) => !attribute.custom).every((attribute) => attribute.id === undefined)).toBe(true);
    expect(all.filter((attribute) => attribute.custom).every((attribute) => Number.isInteger(attribute.id))).toBe(true);
  });

  it('refuses model=conversation with the spec’s 422', async () => {
    const refused = await callIntercom(sim, 'GET', '/data_attributes?model=conversation');
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      type: 'error.list',
      errors: [{ code: 'parameter_invalid', message: 'model=conversation is no longer supported. Use GET /conversations/attributes instead' }],
    });
  });
});
