import { z } from 'zod';

import type { UpstreamHttp } from '../../http/httpClient';
import { createPageNumberPaginator, type OffsetToken } from '../../pageNumberPaginator';
import { parseUpstream } from '../../parseUpstream';
import type { Paginator } from '../../types';
import { INTERCOM_MAX_PER_PAGE } from './cursorPage';
import type { IntercomNoArgs } from './listPaginator';
import { toCompany } from './toModels';
import type { IntercomCompanyModel } from './models';
import { pagedEnvelope, rawCompany } from './types';

/**
 * listAllCompanies: "you can use the page param … to get at most 10,000 companies"; past them the
 * API answers 400 and points to the scroll API.
 */
export const INTERCOM_COMPANY_RECORD_CAP = 10_000;

const endpoint = 'POST /companies/list';
const companiesPage = pagedEnvelope.extend({ data: z.array(rawCompany) });

const CAP_EXPLANATION =
  'Intercom lists companies by page number and serves at most the first 10,000 that way (listAllCompanies). ' +
  'The only way past them is the scroll API, which this graph does not use: Intercom allows one open scroll ' +
  'per workspace, it expires after a minute without use and cannot be resumed, so it cannot back cursors ' +
  'that many clients hold and resume at any time.';

export interface IntercomCompaniesOptions {
  /** Tests lower it to reach the cap quickly. */
  readonly recordCap?: number;
}

/**
 * Companies, newest activity first (`last_request_at` descending; companies without users are left
 * out), read by page number through the shared offset paginator.
 *
 * Repeated nodes are skipped: the order follows live activity, so a company that becomes active
 * between two pages moves to the front and shifts the rest by one, which repeats a record on the
 * next page. (The same shift can hide the moved company: an offset list cannot prevent that.)
 */
export function createIntercomCompaniesPaginator(
  http: UpstreamHttp,
  options: IntercomCompaniesOptions = {},
): Paginator<IntercomCompanyModel, IntercomNoArgs, OffsetToken> {
  const paginator = createPageNumberPaginator<IntercomCompanyModel, IntercomNoArgs>({
    resource: 'intercom.companies',
    maxPageSize: INTERCOM_MAX_PER_PAGE,
    recordCap: options.recordCap ?? INTERCOM_COMPANY_RECORD_CAP,
    capExplanation: CAP_EXPLANATION,
    idOf: (company) => company.nativeId,
    async fetchNumberedPage(_args, page, perPage, readAhead) {
      // Spec v2.16, operation listAllCompanies (POST /companies/list, `page`/`per_page`/`order` in the query).
      // `per_page` always (its default is 15 or 20 depending on which part of the spec you read).
      // A POST that only lists (no body, nothing changes): safe to retry.
      const body = await http.requestJson({ method: 'POST', path: '/companies/list', endpoint, idempotent: true, query: { page, per_page: perPage, order: 'desc' }, readAhead });
      const parsed = parseUpstream(companiesPage, body, 'intercom', endpoint);
      return {
        nodes: parsed.data.map(toCompany),
        hasNext: parsed.pages?.next !== null && parsed.pages?.next !== undefined,
        totalCount: parsed.total_count ?? undefined,
      };
    },
  });
  return { ...paginator, onRepeatedNode: 'skip' };
}
