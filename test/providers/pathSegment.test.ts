import type { UpstreamHttp, UpstreamRequest } from '../../src/providers/http/httpClient';
import { createFrontProvider } from '../../src/providers/front/api/frontProvider';
import { createIntercomProvider } from '../../src/providers/intercom/api/intercomProvider';
import { isPathSegment, pathSegment } from '../../src/providers/pathSegment';
import { isProviderError } from '../../src/providers/providerError';
import { createZendeskProvider } from '../../src/providers/zendesk/api/zendeskProvider';
import { bodyOnlyHttp } from '../helpers/bodyOnlyHttp';

/** Records every request; any that is made fails the test's expectation of none. */
function recordingHttp(): UpstreamHttp & { readonly requests: UpstreamRequest[] } {
  const requests: UpstreamRequest[] = [];
  return {
    requests,
    ...bodyOnlyHttp(async (request) => {
      requests.push(request);
      throw new Error(`unexpected upstream request ${request.path}`);
    }),
  };
}

async function codeOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return isProviderError(error) ? error.code : error;
  }
  return 'no error';
}

const firstPage = { token: null, direction: 'forward', size: 10 } as const;

describe('pathSegment', () => {
  it('encodes a value as one segment', () => {
    expect(pathSegment('front', 'a contact id', 'crd_1')).toBe('crd_1');
    expect(pathSegment('front', 'a search query', '../x?y#z %')).toBe('..%2Fx%3Fy%23z%20%25');
    expect(pathSegment('front', 'a contact id', '...')).toBe('...');
    expect(pathSegment('front', 'a search query', 'café 😀')).toBe('caf%C3%A9%20%F0%9F%98%80');
  });

  it.each(['', '.', '..', '\ud800', 'a\udc00b'])('refuses %j (no segment, a dot segment, or no URL form) with UPSTREAM_ERROR', async (value) => {
    expect(isPathSegment(value)).toBe(false);
    expect(await codeOf(async () => pathSegment('front', 'a contact id', value))).toBe('UPSTREAM_ERROR');
  });

  describe('ids a provider returned, put into its paths, are refused before any call', () => {
    it.each(['.', '..'])('front, id %j: lookups by id, a conversation’s inboxes, messages and comments', async (id) => {
      const http = recordingHttp();
      const front = createFrontProvider(http);
      for (const lookup of [front.byId.conversations, front.byId.contacts, front.byId.accounts, front.byId.conversationInboxes]) {
        const [answer] = await lookup([id]);
        expect(isProviderError(answer) ? answer.code : answer).toBe('UPSTREAM_ERROR');
      }
      expect(await codeOf(() => front.conversationMessages.fetchPage({ conversationId: id }, firstPage))).toBe('UPSTREAM_ERROR');
      expect(await codeOf(() => front.conversationComments.fetchPage({ conversationId: id }, firstPage))).toBe('UPSTREAM_ERROR');
      expect(await codeOf(() => front.searchConversations.fetchPage({ query: id }, firstPage))).toBe('UPSTREAM_ERROR');
      expect(http.requests).toEqual([]);
    });

    it.each(['.', '..'])('intercom, company id %j', async (id) => {
      const http = recordingHttp();
      const [answer] = await createIntercomProvider(http).byId.companies([id]);
      expect(isProviderError(answer) ? answer.code : answer).toBe('UPSTREAM_ERROR');
      expect(http.requests).toEqual([]);
    });

    it.each(['.', '..'])('zendesk, %j as a ticket id (comments) and as a locale (articles)', async (value) => {
      const http = recordingHttp();
      const zendesk = createZendeskProvider(http);
      expect(await codeOf(() => zendesk.ticketComments.fetchPage({ ticketId: value }, firstPage))).toBe('UPSTREAM_ERROR');
      expect(await codeOf(() => zendesk.articles.fetchPage({ locale: value }, firstPage))).toBe('UPSTREAM_ERROR');
      expect(http.requests).toEqual([]);
    });
  });
});
