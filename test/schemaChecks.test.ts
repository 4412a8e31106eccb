import { PROVIDER_MODULES } from '../src/registry/providerRegistry';
import { buildSchema } from '../src/schema';
import { pagedModule } from './fixtures/pagedProvider/module';

describe('the schema build checks the provider modules against their SDL', () => {
  it('builds with the registry, and with a fourth provider added', () => {
    expect(() => buildSchema()).not.toThrow();
    expect(() => buildSchema({ providers: [...PROVIDER_MODULES, pagedModule] })).not.toThrow();
  });

  it('refuses a Node type no module lists, naming it', () => {
    const forgetful = { ...pagedModule, graph: { ...pagedModule.graph, nodes: {} } };
    expect(() => buildSchema({ providers: [...PROVIDER_MODULES, forgetful] })).toThrow('PagedItem implements Node but no provider module lists it in graph.nodes');
  });

  it('refuses a node source for a type that is not a Node of the schema, and a type claimed twice', () => {
    const stray = { ...pagedModule, graph: { ...pagedModule.graph, nodes: { ...pagedModule.graph.nodes, PagedQuery: null } } };
    expect(() => buildSchema({ providers: [...PROVIDER_MODULES, stray] })).toThrow('PagedQuery is listed in graph.nodes of paged but does not implement Node');
    const thief = { ...pagedModule, graph: { ...pagedModule.graph, nodes: { ...pagedModule.graph.nodes, ZendeskTicket: null } } };
    expect(() => buildSchema({ providers: [...PROVIDER_MODULES, thief] })).toThrow('Node type ZendeskTicket is declared by both zendesk and paged');
  });
});
