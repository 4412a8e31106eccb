import type { Random } from '../../../simulators/kit/random';
import { personName } from './generateDirectory';
import type { IntercomAdmin, IntercomCompany, IntercomContact, IntercomTag } from './intercomDataset';
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
): IntercomContact[] {
  const attachable = companiesWithUsers(refs.companies);
  const contacts: IntercomContact[] = [];
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
    const companies = pickDistinct(random, attachable, random.pick([0, 1, 1, 1, 2]));
    for (const company of companies) company.user_count += 1;
    const tags = pickDistinct(random, refs.tags, random.pick([0, 0, 1, 2]));
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
      tags: {
        type: 'list',
        data: tags.map((tag) => ({ type: 'tag', id: tag.id, url: `/tags/${tag.id}` })),
        url: `/contacts/${id}/tags`,
        total_count: tags.length,
        has_more: false,
      },
      companies: {
        type: 'list',
        data: companies.map((company) => ({ type: 'company', id: company.id, url: `/companies/${company.id}` })),
        url: `/contacts/${id}/companies`,
        total_count: companies.length,
        has_more: false,
      },
    });
  }
  return contacts;
}
