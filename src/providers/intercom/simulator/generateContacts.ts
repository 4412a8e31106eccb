import type { Random } from '../../../simulators/kit/random';
import { personName } from './generateDirectory';
import type { IntercomAdmin, IntercomCompany, IntercomContact, IntercomContactAttachments, IntercomListOf, IntercomTag } from './intercomDataset';
import { objectId } from './objectId';

const countries = [
  { country: 'Ireland', region: 'Dublin', city: 'Dublin' },
  { country: 'Germany', region: 'Berlin', city: 'Berlin' },
  { country: 'United States', region: 'California', city: 'San Francisco' },
  { country: 'Japan', region: 'Tokyo', city: 'Tokyo' },
];
const domains = ['example.com', 'mail.example', 'corp.example', 'shop.example'];

/**
 * Every 20th company is left without contacts: listAllCompanies leaves companies with no users out
 * of its results, and the data set should let tests see that rule.
 */
function companiesWithUsers(companies: IntercomCompany[]): IntercomCompany[] {
  return companies.filter((_, index) => index % 20 !== 19);
}

function pickDistinct<T>(random: Random, items: ReadonlyArray<T>, count: number): T[] {
  const picked = new Set<T>();
  while (items.length > 0 && picked.size < Math.min(count, items.length)) picked.add(random.pick(items));
  return [...picked];
}

/**
 * The contact object embeds at most this many companies and tags (spec v2.16 `contact_companies`,
 * `contact_tags`: "Up to 10 will be displayed here. Use the url to get more").
 */
export const EMBEDDED_LIST_MAX = 10;

/**
 * Every 50th contact (index 7, 57, …) is "wide": 11 to 70 companies and 11 to 23 tags (as many as
 * the data set has), so the embedded lists say `has_more` and the sub-list endpoints page. The
 * picks are taken in a rotating window, not from `random`, so every other record stays as it was.
 */
function isWide(index: number): boolean {
  return index % 50 === 7;
}

function windowOf<T>(items: ReadonlyArray<T>, start: number, count: number): T[] {
  const size = Math.min(count, items.length);
  return Array.from({ length: size }, (_, offset) => items[(start + offset) % items.length] as T);
}

function embeddedList<K extends 'company' | 'tag'>(kind: K, contactId: string, ids: ReadonlyArray<string>): IntercomListOf<{ type: K; id: string; url: string }> {
  const path = kind === 'company' ? 'companies' : 'tags';
  return {
    type: 'list',
    data: ids.slice(0, EMBEDDED_LIST_MAX).map((id) => ({ type: kind, id, url: `/${path}/${id}` })),
    url: `/contacts/${contactId}/${path}`,
    total_count: ids.length,
    has_more: ids.length > EMBEDDED_LIST_MAX,
  };
}

/** Nullable activity timestamps: leads are often never seen, users have usually signed up. */
function activity(random: Random, role: 'user' | 'lead', createdAt: number, updatedAt: number) {
  const seen = role === 'user' || random.next() < 0.8;
  return {
    signed_up_at: role === 'user' ? createdAt : null,
    last_seen_at: seen ? random.int(createdAt, updatedAt) : null,
    last_replied_at: random.next() < 0.5 ? random.int(createdAt, updatedAt) : null,
    last_contacted_at: random.next() < 0.4 ? random.int(createdAt, updatedAt) : null,
  };
}

export function generateContacts(
  random: Random,
  count: number,
  now: number,
  refs: { companies: IntercomCompany[]; tags: IntercomTag[]; admins: IntercomAdmin[] },
): { contacts: IntercomContact[]; contactAttachments: Map<string, IntercomContactAttachments> } {
  const attachable = companiesWithUsers(refs.companies);
  const contacts: IntercomContact[] = [];
  const contactAttachments = new Map<string, IntercomContactAttachments>();
  for (let index = 0; index < count; index += 1) {
    const id = objectId(random, index);
    const role = random.next() < 0.7 ? 'user' : 'lead';
    const createdAt = now - random.int(1, 700) * 86400 - random.int(0, 86399);
    // Every 10th contact shares `updated_at` with an earlier one so tie-breaking by id is exercised.
    const earlier = index % 10 === 9 ? contacts[random.int(0, index - 1)] : undefined;
    const updatedAt = earlier ? Math.max(earlier.updated_at, createdAt) : random.int(createdAt, now);
    const name = random.next() < 0.9 ? personName(random) : null;
    const domain = random.pick(domains);
    const email = `${(name ?? 'visitor').toLowerCase().replace(/\s+/g, '.')}.${index}@${domain}`;
    const picked = pickDistinct(random, attachable, random.pick([0, 1, 1, 1, 2]));
    const companies = isWide(index) ? windowOf(attachable, index * 7, 11 + ((index * 13) % 60)) : picked;
    for (const company of companies) company.user_count += 1;
    const pickedTags = pickDistinct(random, refs.tags, random.pick([0, 0, 1, 2]));
    const tags = isWide(index) ? windowOf(refs.tags, index, 11 + (index % 13)) : pickedTags;
    const attachments = { companyIds: companies.map((company) => company.id), tagIds: tags.map((tag) => tag.id) };
    contactAttachments.set(id, attachments);
    const place = random.pick(countries);
    contacts.push({
      type: 'contact',
      id,
      workspace_id: 'sim_intercom_app',
      external_id: role === 'user' ? `user_${index + 1}` : null,
      role,
      email,
      email_domain: domain,
      phone: random.next() < 0.4 ? `+3538${random.int(10000000, 99999999)}` : null,
      name,
      owner_id: refs.admins.length > 0 && random.next() < 0.3 ? Number(random.pick(refs.admins).id) : null,
      has_hard_bounced: random.next() < 0.02,
      marked_email_as_spam: random.next() < 0.01,
      unsubscribed_from_emails: random.next() < 0.1,
      created_at: createdAt,
      updated_at: updatedAt,
      ...activity(random, role, createdAt, updatedAt),
      browser: random.pick(['chrome', 'firefox', 'safari', null]),
      os: random.pick(['OS X', 'Windows', 'Linux', null]),
      custom_attributes: {},
      location: { type: 'location', ...place },
      tags: embeddedList('tag', id, attachments.tagIds),
      companies: embeddedList('company', id, attachments.companyIds),
    });
  }
  return { contacts, contactAttachments };
}
