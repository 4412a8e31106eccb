import { offsetSlice, reachesPast } from '../../../simulators/kit/pagination/offsetPage';
import type { Route, SimRequest, SimResponse } from '../../../simulators/kit/simulatorServer';
import { compareSortKeys, type SortDirection } from './compareSortKeys';
import { answering, badRequest, intercomError } from './intercomError';
import type { IntercomCompany } from './intercomDataset';
import type { IntercomRouteContext } from './intercomRouteContext';
import { pagesObject } from './pagesObject';
import { readPage } from './readPage';
import { readPerPage } from './readPerPage';

/**
 * listAllCompanies: "at most 10,000 companies" can be reached by paging. Asking for a page that
 * reaches past them is a 400 `bad_request` telling the client to use the scroll API, which is how
 * the live API answers (e.g. page=167 with per_page=60).
 */
const maxReachableCompanies = 10_000;

function readOrder(raw: string | null): SortDirection {
  if (raw === null || raw === 'desc') return 'descending';
  if (raw === 'asc') return 'ascending';
  throw badRequest(`order must be asc or desc, not '${raw}'`, 'order');
}

/**
 * Page-number paging (not cursors), by `last_request_at`, descending unless `order=asc`. Companies
 * without users are left out, as the spec says. A page past the end is an empty 200, which is
 * what the official SDK's company paginator waits for to stop.
 */
function listCompanies(request: SimRequest, context: IntercomRouteContext): SimResponse {
  return answering(() => {
    const page = readPage(request.query.get('page'));
    const perPage = readPerPage(request.query.get('per_page') ?? undefined, 15);
    const direction = readOrder(request.query.get('order'));
    if (reachesPast({ page, perPage }, maxReachableCompanies)) {
      return intercomError(400, 'bad_request', 'page limit reached, please use scroll API');
    }
    const keyOf = (company: IntercomCompany) => ({ value: company.last_request_at, id: company.id });
    const listed = context.dataset.companies
      .filter((company) => company.user_count > 0)
      .sort((a, b) => compareSortKeys(keyOf(a), keyOf(b), direction));
    const slice = offsetSlice(listed, { page, perPage });
    const pages = pagesObject({
      page,
      perPage,
      totalCount: slice.total,
      format: context.perPageFormat,
      next: slice.hasNext ? { page: page + 1 } : null,
    });
    return { status: 200, body: { type: 'list', data: slice.records, total_count: slice.total, pages } };
  });
}

export function companyRoutes(context: IntercomRouteContext): Route[] {
  return [
    { method: 'POST', pattern: '/companies/list', handle: (request) => listCompanies(request, context) },
    {
      method: 'GET',
      pattern: '/companies/:id',
      handle: (_request, { id }) => {
        const company = context.dataset.companies.find((candidate) => candidate.id === id);
        return company ? { status: 200, body: company } : intercomError(404, 'company_not_found', 'Company Not Found');
      },
    },
  ];
}
