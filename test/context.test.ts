import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';

import { createContextFactory, type GraphContext } from '../src/context';
import type { HttpClient, UpstreamRequest } from '../src/providers/http/httpClient';
import { PROVIDER_MODULES } from '../src/registry/providerRegistry';
import { buildSchema } from '../src/schema';
import { relayOptions } from './helpers/relayOptions';
import { bodyOnlyHttp } from './helpers/bodyOnlyHttp';

type Provider = 'zendesk' | 'front' | 'intercom';

/** Clients that count how many per-request views (one per provider built) were bound. */
function countingClients(answer: (provider: Provider, request: UpstreamRequest) => unknown) {
  const binds: Record<Provider, number> = { zendesk: 0, front: 0, intercom: 0 };
  const client = (provider: Provider): HttpClient => ({
    bind: () => {
      binds[provider] += 1;
      return bodyOnlyHttp(async (request) => answer(provider, request));
    },
    close: async () => undefined,
  });
  return { binds, providers: PROVIDER_MODULES.map((module) => ({ module, client: client(module.name as Provider) })) };
}

const emptyTicketPage = { tickets: [], meta: { has_more: false, after_cursor: null, before_cursor: null } };

describe('the per-request context', () => {
  it('builds only the providers a query uses, also through the copy Apollo Server makes of every context', async () => {
    const { binds, providers } = countingClients(() => emptyTicketPage);
    const createContext = createContextFactory({ relay: relayOptions(), providers });
    const apollo = new ApolloServer<GraphContext>({ schema: buildSchema(), plugins: [ApolloServerPluginInlineTraceDisabled()] });
    await apollo.start();
    try {
      const response = await apollo.executeOperation(
        { query: '{ zendesk { tickets(first: 2) { edges { node { id } } } } }' },
        { contextValue: createContext() },
      );
      expect(response.body.kind === 'single' ? response.body.singleResult.errors : 'not single').toBeUndefined();
      expect(binds).toEqual({ zendesk: 1, front: 0, intercom: 0 });
    } finally {
      await apollo.stop();
    }
  });

  it('shares one request state between a context and its shallow copies', async () => {
    const { binds, providers } = countingClients(() => emptyTicketPage);
    const context = createContextFactory({ relay: relayOptions(), providers })();
    // What Apollo Server does to the context value of each operation (ApolloServer.js cloneObject).
    const copy = Object.assign(Object.create(Object.getPrototypeOf(context) as object) as GraphContext, context);
    expect(binds).toEqual({ zendesk: 0, front: 0, intercom: 0 });
    expect(copy.providers.zendesk).toBe(context.providers.zendesk);
    expect(copy.loaders).toBe(context.loaders);
    await copy.providers.zendesk.tickets.fetchPage({ sort: { field: 'id', descending: false } }, { token: null, direction: 'forward', size: 2 });
    expect(context.upstreamCalls).toBe(copy.upstreamCalls);
    expect(binds).toEqual({ zendesk: 1, front: 0, intercom: 0 });
  });
});
