import { offsetSlice } from '../../../simulators/kit/pagination/offsetPage';
import type { Route, SimRequest, SimResponse } from '../../../simulators/kit/simulatorServer';
import { answering, intercomError } from './intercomError';
import type { IntercomCompany, IntercomContact, IntercomTagReference } from './intercomDataset';
import type { IntercomRouteContext } from './intercomRouteContext';
import { formatPerPage } from './pagesObject';
import { readPage } from './readPage';
import { readPerPage } from './readPerPage';

/** listCompaniesForAContact's example: `pages: {page: 1, per_page: 50, total_pages: 1}`. */
const contactCompaniesPerPage = 50;

/** The spec's `pages_link`: here `next` is a URL ("A link to the next page of results"), null on the last page. */
interface PagesLink {
  type: 'pages';
  page: number;
  per_page: number | string;
  total_pages: number;
  next: string | null;
}

const contactNotFound = (): SimResponse => intercomError(404, 'not_found', 'User Not Found');

function contactOf(context: IntercomRouteContext, id: string | undefined): IntercomContact | undefined {
  return context.dataset.contacts.find((contact) => contact.id === id);
}

/**
 * Spec v2.16 listCompaniesForAContact (GET /contacts/{id}/companies): full company objects, under
 * `data` as the example shows (the schema `contact_attached_companies` names the array `companies`),
 * with `total_count` and a `pages_link`. The spec declares no paging parameters although the response
 * is paged (50 a page in the example); `page` and `per_page` are read as on the companies list.
 */
function listContactCompanies(request: SimRequest, context: IntercomRouteContext, id: string | undefined): SimResponse {
  return answering(() => {
    const contact = contactOf(context, id);
    const attachments = contact === undefined ? undefined : context.dataset.contactAttachments.get(contact.id);
    if (contact === undefined || attachments === undefined) return contactNotFound();
    const page = readPage(request.query.get('page'));
    const perPage = readPerPage(request.query.get('per_page') ?? undefined, contactCompaniesPerPage);
    const byId = new Map(context.dataset.companies.map((company) => [company.id, company]));
    const companies = attachments.companyIds.flatMap((companyId): IntercomCompany[] => {
      const company = byId.get(companyId);
      return company ? [company] : [];
    });
    const slice = offsetSlice(companies, { page, perPage });
    const pages: PagesLink = {
      type: 'pages',
      page,
      per_page: formatPerPage(perPage, context.perPageFormat),
      total_pages: slice.pageCount,
      next: slice.hasNext ? `https://api.intercom.io/contacts/${contact.id}/companies?page=${page + 1}&per_page=${perPage}` : null,
    };
    return { status: 200, body: { type: 'list', data: slice.records, pages, total_count: slice.total } };
  });
}

/**
 * Spec v2.16 listTagsForAContact (GET /contacts/{id}/tags): every tag in one `tag_list`
 * (`{type: 'list', data}`), not paged, each tag with `applied_at` and `applied_by` as in the example.
 */
function listContactTags(context: IntercomRouteContext, id: string | undefined): SimResponse {
  const contact = contactOf(context, id);
  const attachments = contact === undefined ? undefined : context.dataset.contactAttachments.get(contact.id);
  if (contact === undefined || attachments === undefined) return contactNotFound();
  const byId = new Map(context.dataset.tags.map((tag) => [tag.id, tag]));
  const appliedBy = { type: 'admin' as const, id: context.dataset.admins[0]?.id ?? '0' };
  const data = attachments.tagIds.flatMap((tagId): IntercomTagReference[] => {
    const tag = byId.get(tagId);
    return tag ? [{ type: 'tag', id: tag.id, name: tag.name, applied_at: contact.created_at, applied_by: appliedBy }] : [];
  });
  return { status: 200, body: { type: 'list', data } };
}

/** The whole lists behind a contact's embedded `companies` and `tags` (at most 10 embedded each). */
export function contactAttachmentRoutes(context: IntercomRouteContext): Route[] {
  return [
    { method: 'GET', pattern: '/contacts/:id/companies', handle: (request, { id }) => listContactCompanies(request, context, id) },
    { method: 'GET', pattern: '/contacts/:id/tags', handle: (_request, { id }) => listContactTags(context, id) },
  ];
}
