import { composeServices } from '@theguild/federation-composition';
import { Kind, parse, print } from 'graphql';

import { createNodeTable } from '../../src/registry/nodeTable';
import { PROVIDER_MODULES } from '../../src/registry/providerRegistry';
import { ESCALATIONS_TYPE_DEFS } from '../helpers/escalationsSubgraph';
import { startTestGateway, type TestGateway } from '../helpers/testGateway';

const NODE_SOURCES = Object.fromEntries(createNodeTable(PROVIDER_MODULES));

/**
 * The subgraph SDL as a router reads it (`_service { sdl }` over HTTP) composes with a composer
 * other than Apollo's (The Guild's, used by Hive Gateway and GraphQL Mesh compose);
 * test/integration/federation.test.ts composes it with @apollo/gateway.
 */
describe('composition of the subgraph SDL by The Guild\'s federation composer', () => {
  let gateway: TestGateway;
  let sdl: string;

  beforeAll(async () => {
    gateway = await startTestGateway({});
    const response = await gateway.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(response.errors).toBeUndefined();
    sdl = response.data?._service.sdl ?? '';
    expect(sdl).toMatch(/@link/);
  });
  afterAll(async () => {
    await gateway.stop();
  });

  it('declares every key on its type definition: no field-less `extend type X @key` blocks', () => {
    const keyedExtensions = parse(sdl).definitions.filter(
      (definition) =>
        definition.kind === Kind.OBJECT_TYPE_EXTENSION &&
        ((definition.fields ?? []).length === 0 || (definition.directives ?? []).some((directive) => directive.name.value === 'key')),
    );
    expect(keyedExtensions.map((definition) => print(definition))).toEqual([]);
    const keyedTypes = parse(sdl).definitions.filter(
      (definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION && (definition.directives ?? []).some((directive) => directive.name.value === 'key'),
    );
    expect(keyedTypes).toHaveLength(Object.keys(NODE_SOURCES).length);
  });

  it('composes alone and together with a second subgraph that extends its entities', () => {
    const alone = composeServices([{ name: 'helpdesk', typeDefs: parse(sdl), url: 'http://helpdesk/graphql' }]);
    expect(alone.errors?.map((error) => error.message) ?? []).toEqual([]);
    const together = composeServices([
      { name: 'helpdesk', typeDefs: parse(sdl), url: 'http://helpdesk/graphql' },
      { name: 'escalations', typeDefs: ESCALATIONS_TYPE_DEFS, url: 'http://escalations/graphql' },
    ]);
    expect(together.errors?.map((error) => error.message) ?? []).toEqual([]);
    const publicSchema = together.publicSdl ?? '';
    expect(publicSchema).toMatch(/type ZendeskTicket implements Node[^{]*\{[^}]*\bescalation: Escalation!/);
    // The cost model survives composition (Federation 2.9 `@cost` / `@listSize`).
    expect(together.supergraphSdl).toMatch(/@listSize\(/);
  });
});
