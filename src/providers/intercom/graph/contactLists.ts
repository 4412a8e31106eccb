import type { GraphContext } from '../../../context';
import { loadExisting } from '../../../loaders/loadRelated';
import { primeNodes } from '../../../loaders/primeNodes';
import type { IntercomCompanyModel, IntercomContactModel } from '../api/models';

/**
 * A contact's companies and tags, complete. Intercom embeds at most 10 of each in the contact; only
 * when the embedded list says `has_more` is the contact's own list read (GET /contacts/{id}/companies,
 * paged, or /tags, one call), once per contact per request, and shared by `companyIds` and
 * `companies`. The companies it returns are whole objects, so they prime the company loader: a later
 * lookup of one of them costs nothing.
 */
export async function contactCompanies(contact: IntercomContactModel, context: GraphContext): Promise<ReadonlyArray<IntercomCompanyModel>> {
  const loader = context.loaders.intercom.companies;
  if (!contact.companiesTruncated) return loadExisting(loader, contact.companyIds);
  const companies = await context.providers.intercom.contactAttachments.companiesOf(contact.nativeId);
  primeNodes(loader, companies);
  return companies;
}

export async function contactCompanyIds(contact: IntercomContactModel, context: GraphContext): Promise<ReadonlyArray<string>> {
  if (!contact.companiesTruncated) return contact.companyIds;
  return (await contactCompanies(contact, context)).map((company) => company.nativeId);
}

export async function contactTagIds(contact: IntercomContactModel, context: GraphContext): Promise<ReadonlyArray<string>> {
  if (!contact.tagsTruncated) return contact.tagIds;
  return (await context.providers.intercom.contactAttachments.tagsOf(contact.nativeId)).map((tag) => tag.nativeId);
}
