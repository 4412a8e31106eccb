import { createRandom, type Random } from '../../../simulators/kit/random';
import { createSatisfactionRatings } from './createSatisfactionRatings';
import { createTicketAudits } from './createTicketAudits';
import { createTicketFields } from './createTicketFields';
import { createViews } from './createViews';
import {
  TICKET_STATUSES,
  type TicketPriority,
  type TicketType,
  type UserRole,
  type ZendeskArticle,
  type ZendeskCategory,
  type ZendeskComment,
  type ZendeskDataset,
  type ZendeskDatasetSizes,
  type ZendeskGroup,
  type ZendeskOrganization,
  type ZendeskSection,
  type ZendeskTicket,
  type ZendeskUser,
} from './zendeskDataset';

/** Where record `url` fields point when no running simulator supplies its own base URL. */
export const DEFAULT_DATASET_BASE_URL = 'https://example.zendesk.com';

const EPOCH = Date.UTC(2019, 0, 1);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Records are spread over four years, so ids and timestamps look like a long-lived account. */
const SPAN = 4 * 365 * DAY;

const FIRST_NAMES = ['Ada', 'Bo', 'Chen', 'Dana', 'Eli', 'Farah', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lena', 'Mo', 'Nia'];
const LAST_NAMES = ['Adams', 'Berg', 'Costa', 'Diaz', 'Eriksen', 'Fontaine', 'Gupta', 'Haas', 'Ito', 'Jansen', 'Lind'];
const COMPANY_WORDS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Soylent', 'Tyrell', 'Wayne', 'Stark'];
const COMPANY_SUFFIXES = ['Inc', 'GmbH', 'Ltd', 'Labs', 'Group', 'Co'];
const GROUP_NAMES = ['Support', 'Billing', 'Escalations', 'Onboarding', 'Tier 2', 'Enterprise', 'Returns', 'Partners'];
const SUBJECT_TOPICS = [
  'Login fails',
  'Invoice is wrong',
  'Cannot export data',
  'Refund request',
  'App crashes',
  'Password reset',
  'Shipping delay',
  'Feature question',
];
const TAGS = ['vip', 'billing', 'bug', 'mobile', 'refund', 'urgent_customer', 'api', 'sso', 'churn_risk', 'beta'];
const PRIORITIES: ReadonlyArray<TicketPriority | null> = ['low', 'normal', 'normal', 'high', 'urgent', null];
const TICKET_TYPES: ReadonlyArray<TicketType | null> = ['question', 'incident', 'problem', 'task', null];
const ARTICLE_TOPICS = [
  'Getting started',
  'Resetting your password',
  'Exporting reports',
  'Billing FAQ',
  'Using the API',
  'Single sign-on',
  'Mobile app tips',
];
/** Help Center content is mostly in the default locale, with a few translations-only articles. */
const ARTICLE_LOCALES = ['en-us', 'en-us', 'en-us', 'en-us', 'en-us', 'en-us', 'de', 'fr'];

/**
 * Builds the whole account from the seed alone. Each record type draws from its own stream
 * (seed-derived), so shrinking one size for a test leaves the other record types unchanged.
 */
export function createZendeskDataset(
  seed: number,
  sizes: ZendeskDatasetSizes,
  baseUrl: string = DEFAULT_DATASET_BASE_URL,
): ZendeskDataset {
  assertSizes(sizes);
  const organizations = buildOrganizations(streamFor(seed, 1), sizes.organizations, baseUrl);
  const groups = buildGroups(streamFor(seed, 2), sizes.groups, baseUrl);
  const users = buildUsers(streamFor(seed, 3), sizes.users, organizations, baseUrl);
  const agents = users.filter((user) => user.role !== 'end-user');
  const people: TicketPeople = { users, agents, groups };
  const built = buildTickets(streamFor(seed, 4), sizes, people, baseUrl);
  const categories = buildCategories(streamFor(seed, 6), sizes.categories, baseUrl);
  const sections = buildSections(streamFor(seed, 7), sizes.sections, categories, baseUrl);
  const articles = buildArticles(streamFor(seed, 5), sizes.articles, agents, sections, baseUrl);
  const audits = createTicketAudits(built.tickets, built.comments);
  const viewRandom = streamFor(seed, 8);
  const views = createViews(viewRandom, sizes.views, groups, baseUrl, (index) => {
    const created = createdAt(viewRandom, index, sizes.views);
    return { created_at: isoSeconds(created), updated_at: isoSeconds(updatedAt(viewRandom, created)) };
  });
  const satisfactionRatings = createSatisfactionRatings(streamFor(seed, 9), built.tickets, baseUrl);
  const fieldRandom = streamFor(seed, 10);
  const ticketFields = createTicketFields(fieldRandom, sizes.customTicketFields, baseUrl, (index) => {
    const created = createdAt(fieldRandom, index, sizes.customTicketFields + 7);
    return { created_at: isoSeconds(created), updated_at: isoSeconds(updatedAt(fieldRandom, created)) };
  });
  return {
    tickets: built.tickets,
    users,
    organizations,
    groups,
    articles,
    categories,
    sections,
    views,
    satisfactionRatings,
    ticketFields,
    comments: built.comments,
    audits,
  };
}

function assertSizes(sizes: ZendeskDatasetSizes): void {
  for (const [name, value] of Object.entries(sizes)) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`sizes.${name} must be a non-negative integer`);
  }
  // Every ticket needs a requester and an agent submitter; every article an agent author.
  if ((sizes.tickets > 0 || sizes.articles > 0) && sizes.users === 0) {
    throw new RangeError('sizes.users must be at least 1 when there are tickets or articles');
  }
  // Help Center nests: every article sits in a section, every section in a category.
  if (sizes.articles > 0 && sizes.sections === 0) throw new RangeError('sizes.sections must be at least 1 when there are articles');
  if (sizes.sections > 0 && sizes.categories === 0) throw new RangeError('sizes.categories must be at least 1 when there are sections');
}

function streamFor(seed: number, stream: number): Random {
  return createRandom(Math.imul(seed >>> 0, 0x9e3779b1) + stream * 0x85ebca6b);
}

/** Zendesk ids grow with creation but are not contiguous (deleted and other-account ids leave gaps). */
function nextId(random: Random, previous: number): number {
  return previous + random.int(1, 3);
}

/** Zendesk timestamps are ISO 8601 in UTC with whole seconds and a literal `Z`. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Creation times rise with the index but jitter around it, so created_at order is not id order. */
function createdAt(random: Random, index: number, count: number): number {
  const spacing = SPAN / Math.max(count, 1);
  const jitter = random.int(-3, 3) * spacing;
  return quantize(EPOCH + index * spacing + jitter, MINUTE);
}

/**
 * updated_at is rounded to the hour and sometimes set by a "bulk update" shared by many records,
 * so equal updated_at values are common: sorting must break ties by id.
 */
function updatedAt(random: Random, created: number): number {
  if (random.next() < 0.1) {
    const bulkRun = EPOCH + SPAN + random.int(0, 5) * DAY;
    return Math.max(bulkRun, created);
  }
  return quantize(created + random.int(0, 90 * 24) * HOUR, HOUR);
}

function quantize(ms: number, step: number): number {
  return Math.floor(ms / step) * step;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function buildOrganizations(random: Random, count: number, baseUrl: string): ZendeskOrganization[] {
  const organizations: ZendeskOrganization[] = [];
  let id = 360_000;
  for (let index = 0; index < count; index += 1) {
    id = nextId(random, id);
    const name = `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_SUFFIXES)} ${index + 1}`;
    const created = createdAt(random, index, count);
    organizations.push({
      id,
      url: `${baseUrl}/api/v2/organizations/${id}.json`,
      name,
      domain_names: [`${slug(name)}.example`],
      created_at: isoSeconds(created),
      updated_at: isoSeconds(updatedAt(random, created)),
    });
  }
  return organizations;
}

function buildGroups(random: Random, count: number, baseUrl: string): ZendeskGroup[] {
  const groups: ZendeskGroup[] = [];
  let id = 20_000;
  for (let index = 0; index < count; index += 1) {
    id = nextId(random, id);
    const created = createdAt(random, index, count);
    groups.push({
      id,
      url: `${baseUrl}/api/v2/groups/${id}.json`,
      name: `${random.pick(GROUP_NAMES)} ${index + 1}`,
      created_at: isoSeconds(created),
      updated_at: isoSeconds(updatedAt(random, created)),
    });
  }
  return groups;
}

/** The first few percent of users are staff: accounts start with their agents, then gain customers. */
function roleFor(index: number, count: number): UserRole {
  const agentCount = Math.max(1, Math.ceil(count * 0.05));
  if (index >= agentCount) return 'end-user';
  return index % 10 === 0 ? 'admin' : 'agent';
}

function buildUsers(
  random: Random,
  count: number,
  organizations: ReadonlyArray<ZendeskOrganization>,
  baseUrl: string,
): ZendeskUser[] {
  const users: ZendeskUser[] = [];
  let id = 1_000_000;
  for (let index = 0; index < count; index += 1) {
    id = nextId(random, id);
    const role = roleFor(index, count);
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const created = createdAt(random, index, count);
    // Only customers belong to organizations here; most do, some are walk-ins.
    const joins = role === 'end-user' && organizations.length > 0 && random.next() < 0.7;
    const organization = joins ? random.pick(organizations) : null;
    users.push({
      id,
      url: `${baseUrl}/api/v2/users/${id}.json`,
      name: `${first} ${last}`,
      email: `${first}.${last}.${id}@${emailDomain(role, organization)}`.toLowerCase(),
      role,
      organization_id: organization ? organization.id : null,
      active: random.next() < 0.95,
      created_at: isoSeconds(created),
      updated_at: isoSeconds(updatedAt(random, created)),
    });
  }
  return users;
}

function emailDomain(role: UserRole, organization: ZendeskOrganization | null): string {
  if (role !== 'end-user') return 'helpdesk.example';
  return organization?.domain_names[0] ?? 'customer.example';
}

interface TicketPeople {
  readonly users: ReadonlyArray<ZendeskUser>;
  readonly agents: ReadonlyArray<ZendeskUser>;
  readonly groups: ReadonlyArray<ZendeskGroup>;
}

interface BuiltTickets {
  readonly tickets: ZendeskTicket[];
  readonly comments: Map<number, ReadonlyArray<ZendeskComment>>;
}

function buildTickets(random: Random, sizes: ZendeskDatasetSizes, people: TicketPeople, baseUrl: string): BuiltTickets {
  const tickets: ZendeskTicket[] = [];
  const comments = new Map<number, ReadonlyArray<ZendeskComment>>();
  const commentIds = { last: 10_000_000 };
  let id = 0;
  for (let index = 0; index < sizes.tickets; index += 1) {
    id = nextId(random, id);
    const ticket = buildTicket(random, { id, index, count: sizes.tickets }, people, baseUrl);
    tickets.push(ticket);
    comments.set(id, buildComments(random, ticket, sizes.maxCommentsPerTicket, people.agents, commentIds));
  }
  return { tickets, comments };
}

interface TicketSlot {
  readonly id: number;
  readonly index: number;
  readonly count: number;
}

function buildTicket(random: Random, slot: TicketSlot, people: TicketPeople, baseUrl: string): ZendeskTicket {
  const requester = random.pick(people.users);
  const status = random.pick(TICKET_STATUSES);
  const created = createdAt(random, slot.index, slot.count);
  const subject = `${random.pick(SUBJECT_TOPICS)} (#${slot.index + 1})`;
  return {
    id: slot.id,
    url: `${baseUrl}/api/v2/tickets/${slot.id}.json`,
    subject,
    description: `${subject}: please help, this started yesterday.`,
    status,
    priority: random.pick(PRIORITIES),
    type: random.pick(TICKET_TYPES),
    requester_id: requester.id,
    submitter_id: pickAgent(random, people.agents, requester).id,
    // New tickets are by definition unassigned; others are mostly assigned.
    assignee_id: status === 'new' || random.next() < 0.15 ? null : pickAgent(random, people.agents, requester).id,
    organization_id: requester.organization_id,
    group_id: people.groups.length > 0 && random.next() < 0.8 ? random.pick(people.groups).id : null,
    tags: pickTags(random),
    created_at: isoSeconds(created),
    updated_at: isoSeconds(updatedAt(random, created)),
  };
}

/** assignee_id and submitter_id always name staff; fall back to the requester only if there are none. */
function pickAgent(random: Random, agents: ReadonlyArray<ZendeskUser>, fallback: ZendeskUser): ZendeskUser {
  return agents.length > 0 ? random.pick(agents) : fallback;
}

function pickTags(random: Random): string[] {
  const tags = new Set<string>();
  const wanted = random.int(0, 3);
  while (tags.size < wanted) tags.add(random.pick(TAGS));
  return [...tags];
}

function buildComments(
  random: Random,
  ticket: ZendeskTicket,
  maxComments: number,
  agents: ReadonlyArray<ZendeskUser>,
  ids: { last: number },
): ReadonlyArray<ZendeskComment> {
  const count = maxComments > 0 ? random.int(1, maxComments) : 0;
  const times = commentTimes(random, ticket, count);
  const comments: ZendeskComment[] = [];
  for (let index = 0; index < count; index += 1) {
    ids.last = nextId(random, ids.last);
    // The first comment is the ticket's description, written by the requester (Zendesk's rule).
    const first = index === 0;
    const authorId = first || agents.length === 0 || index % 2 === 0 ? ticket.requester_id : random.pick(agents).id;
    const body = first ? ticket.description : `Reply ${index} on ticket ${ticket.id}.`;
    comments.push({
      id: ids.last,
      type: 'Comment',
      author_id: authorId,
      body,
      html_body: `<div class="zd-comment" dir="auto"><p>${body}</p></div>`,
      public: first || random.next() < 0.8,
      created_at: times[index] ?? ticket.created_at,
    });
  }
  return comments;
}

/** Comment times fall between the ticket's creation and last update, minute-rounded so some tie. */
function commentTimes(random: Random, ticket: ZendeskTicket, count: number): string[] {
  const start = Date.parse(ticket.created_at);
  const end = Math.max(start, Date.parse(ticket.updated_at));
  const offsets = [0];
  for (let index = 1; index < count; index += 1) offsets.push(quantize(random.int(0, end - start), MINUTE));
  return offsets.sort((a, b) => a - b).map((offset) => isoSeconds(start + offset));
}

function buildArticles(
  random: Random,
  count: number,
  agents: ReadonlyArray<ZendeskUser>,
  sections: ReadonlyArray<ZendeskSection>,
  baseUrl: string,
): ZendeskArticle[] {
  const articles: ZendeskArticle[] = [];
  const sectionIds = sections.map((section) => section.id);
  let id = 200_000_000;
  for (let index = 0; index < count; index += 1) {
    id = nextId(random, id);
    const locale = random.pick(ARTICLE_LOCALES);
    const title = `${random.pick(ARTICLE_TOPICS)} ${index + 1}`;
    const created = createdAt(random, index, count);
    articles.push({
      id,
      url: `${baseUrl}/api/v2/help_center/${locale}/articles/${id}.json`,
      html_url: `${baseUrl}/hc/${locale}/articles/${id}-${slug(title)}`,
      title,
      body: `<p>${title}: step-by-step instructions.</p>`,
      section_id: random.pick(sectionIds),
      locale,
      // assertSizes guarantees a user, and the first user is always an admin.
      author_id: random.pick(agents).id,
      position: random.int(0, 5),
      created_at: isoSeconds(created),
      updated_at: isoSeconds(updatedAt(random, created)),
    });
  }
  return articles;
}

const CATEGORY_NAMES = ['General', 'Billing', 'Account', 'Integrations', 'Mobile', 'Security', 'Troubleshooting', 'Releases'];
const SECTION_NAMES = ['FAQ', 'How-to guides', 'Known issues', 'Announcements', 'Reference', 'Tutorials', 'Policies'];

/** Help Center categories, each in one locale (most in the default one, as articles are). */
function buildCategories(random: Random, count: number, baseUrl: string): ZendeskCategory[] {
  const categories: ZendeskCategory[] = [];
  let id = 100_000_000;
  for (let index = 0; index < count; index += 1) {
    id = nextId(random, id);
    const locale = random.pick(ARTICLE_LOCALES);
    const name = `${random.pick(CATEGORY_NAMES)} ${index + 1}`;
    const created = createdAt(random, index, count);
    categories.push({
      id,
      url: `${baseUrl}/api/v2/help_center/${locale}/categories/${id}.json`,
      html_url: `${baseUrl}/hc/${locale}/categories/${id}-${slug(name)}`,
      name,
      description: `${name}: everything in one place.`,
      locale,
      source_locale: locale,
      outdated: false,
      position: random.int(0, 5),
      created_at: isoSeconds(created),
      updated_at: isoSeconds(updatedAt(random, created)),
    });
  }
  return categories;
}

/** Help Center sections, each in a category; a few are subsections of an earlier section of the same category. */
function buildSections(random: Random, count: number, categories: ReadonlyArray<ZendeskCategory>, baseUrl: string): ZendeskSection[] {
  const sections: ZendeskSection[] = [];
  let id = 115_000_000;
  for (let index = 0; index < count; index += 1) {
    id = nextId(random, id);
    const category = random.pick(categories);
    const name = `${random.pick(SECTION_NAMES)} ${index + 1}`;
    const created = createdAt(random, index, count);
    const siblings = sections.filter((section) => section.category_id === category.id && section.parent_section_id === null);
    const parent = siblings.length > 0 && random.next() < 0.2 ? random.pick(siblings) : null;
    sections.push({
      id,
      url: `${baseUrl}/api/v2/help_center/${category.locale}/sections/${id}.json`,
      html_url: `${baseUrl}/hc/${category.locale}/sections/${id}-${slug(name)}`,
      name,
      description: `${name} in ${category.name}.`,
      locale: category.locale,
      source_locale: category.locale,
      outdated: false,
      category_id: category.id,
      parent_section_id: parent ? parent.id : null,
      sorting: 'manual',
      position: random.int(0, 5),
      created_at: isoSeconds(created),
      updated_at: isoSeconds(updatedAt(random, created)),
    });
  }
  return sections;
}
