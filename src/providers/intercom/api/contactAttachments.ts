import { z } from 'zod';

import { ErrorCode } from '../../../errorCodes';
import { createConcurrencyGate } from '../../concurrencyGate';
import type { UpstreamHttp } from '../../http/httpClient';
import { parseUpstream } from '../../parseUpstream';
import { pathSegment } from '../../pathSegment';
import { ProviderError } from '../../providerError';
import { INTERCOM_LOOKUP_CONCURRENCY } from './batchFetch';
import type { IntercomCompanyModel, IntercomTagModel } from './models';
import { toCompany, toTag } from './toModels';
import { cursorPages, rawCompany, rawTag } from './types';

/**
 * Spec v2.16 attachCompanyToContact: "Contact has reached the maximum of 1000 company associations";
 * listCompaniesForAContact's example pages 50 a page. So a contact's companies take at most 20 calls,
 * and a 21st page can only be a provider that keeps saying `next`: the read stops there.
 */
export const INTERCOM_CONTACT_COMPANIES_MAX = 1000;
export const INTERCOM_CONTACT_COMPANY_PAGES_MAX = 20;

/**
 * listCompaniesForAContact: the example sends the companies under `data`, the schema
 * (`contact_attached_companies`) names the array `companies`; either is read. `pages.next` is a URL
 * in the schema (`pages_link`) and null on the last page: only its presence is read, the next page
 * is asked for by number, never by following the link (a response must not steer the gateway to
 * another host).
 */
const contactCompaniesPage = z.object({
  data: z.array(rawCompany).optional(),
  companies: z.array(rawCompany).optional(),
  pages: z
    .object({ page: cursorPages.shape.page, total_pages: cursorPages.shape.total_pages, next: z.unknown().optional() })
    .nullable()
    .default(null),
});

/** listTagsForAContact: a `tag_list`, every tag in one response (no paging). */
const contactTagList = z.object({ data: z.array(rawTag).optional().default([]) });

/**
 * The whole lists behind a contact's embedded `companies` and `tags`, which Intercom cuts at 10.
 * Read once per contact per request (memoized here; the provider is built per request), and only
 * for a contact whose embedded list says `has_more`: the resolvers decide that.
 */
export interface IntercomContactAttachments {
  companiesOf(contactId: string): Promise<ReadonlyArray<IntercomCompanyModel>>;
  tagsOf(contactId: string): Promise<ReadonlyArray<IntercomTagModel>>;
  /** Every contact company list read in this request so far, finished or not (the company lookups wait for them: batchFetch.ts). */
  companyListsRead(): ReadonlyArray<Promise<ReadonlyArray<IntercomCompanyModel>>>;
}

export function createIntercomContactAttachments(http: UpstreamHttp): IntercomContactAttachments {
  // Each contact's read is started by its own resolver: at most 5 contacts' lists are read at a time
  // (as many as company lookups), so a page of wide contacts does not burst.
  const gate = createConcurrencyGate(INTERCOM_LOOKUP_CONCURRENCY);
  const companies = new Map<string, Promise<ReadonlyArray<IntercomCompanyModel>>>();
  const tags = new Map<string, Promise<ReadonlyArray<IntercomTagModel>>>();
  const memo = <T>(cache: Map<string, Promise<T>>, id: string, read: () => Promise<T>): Promise<T> => {
    const known = cache.get(id);
    if (known !== undefined) return known;
    const started = read();
    cache.set(id, started);
    return started;
  };
  return {
    companiesOf: (contactId) => memo(companies, contactId, () => gate.run(() => readContactCompanies(http, contactId))),
    tagsOf: (contactId) => memo(tags, contactId, () => gate.run(() => readContactTags(http, contactId))),
    companyListsRead: () => [...companies.values()],
  };
}

/**
 * GET /contacts/{id}/companies, page after page while `pages.next` is set. The spec declares no
 * paging parameters; `page` is sent from the second page on, as on Intercom's other page-number
 * lists, and no `per_page` (the endpoint's own size, 50 in the example, is kept).
 */
async function readContactCompanies(http: UpstreamHttp, contactId: string): Promise<ReadonlyArray<IntercomCompanyModel>> {
  const endpoint = 'GET /contacts/:id/companies';
  const path = `/contacts/${pathSegment('intercom', 'a contact id', contactId)}/companies`;
  const seen = new Set<string>();
  const companies: IntercomCompanyModel[] = [];
  for (let page = 1; ; page += 1) {
    const body = await http.requestJson({ method: 'GET', path, endpoint, ...(page > 1 ? { query: { page: String(page) } } : {}) });
    const parsed = parseUpstream(contactCompaniesPage, body, 'intercom', endpoint);
    const items = parsed.data ?? parsed.companies ?? [];
    for (const raw of items) {
      // A company repeated across pages (the list changed between two calls) is served once.
      if (seen.has(raw.id)) continue;
      seen.add(raw.id);
      companies.push(toCompany(raw));
    }
    const next = parsed.pages?.next;
    const lastPage = parsed.pages?.total_pages;
    if (next === undefined || next === null || items.length === 0 || (lastPage !== undefined && page >= lastPage)) return companies;
    if (page >= INTERCOM_CONTACT_COMPANY_PAGES_MAX) {
      throw new ProviderError(
        ErrorCode.UPSTREAM_PAGINATION_ERROR,
        `intercom: ${endpoint} still had a next page after ${page} pages, past Intercom's ${INTERCOM_CONTACT_COMPANIES_MAX} companies per contact; the read stopped.`,
        { provider: 'intercom' },
      );
    }
  }
}

async function readContactTags(http: UpstreamHttp, contactId: string): Promise<ReadonlyArray<IntercomTagModel>> {
  const endpoint = 'GET /contacts/:id/tags';
  const path = `/contacts/${pathSegment('intercom', 'a contact id', contactId)}/tags`;
  const body = await http.requestJson({ method: 'GET', path, endpoint });
  return parseUpstream(contactTagList, body, 'intercom', endpoint).data.map(toTag);
}
