import type { Random } from '../../../simulators/kit/random';
import type { IntercomAdmin, IntercomArticle } from './intercomDataset';

const topics = ['Resetting your password', 'Exporting data', 'Billing FAQ', 'Setting up SSO', 'Using the API', 'Inviting teammates', 'Mobile app'];

/**
 * Help Center articles, ids counting from 100 like the spec's examples ('39', '42'). Every 10th
 * article shares `updated_at` with an earlier one, so the list's tie-break (id, descending) matters.
 */
export function generateArticles(random: Random, count: number, now: number, admins: ReadonlyArray<IntercomAdmin>): IntercomArticle[] {
  const articles: IntercomArticle[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = String(100 + index);
    const title = `${random.pick(topics)} (${index + 1})`;
    const createdAt = now - random.int(1, 800) * 86400;
    const earlier = index % 10 === 9 ? articles[random.int(0, index - 1)] : undefined;
    const updatedAt = earlier ? Math.max(earlier.updated_at, createdAt) : random.int(createdAt, now);
    const collection = random.next() < 0.8 ? 8_000 + random.int(0, 11) : null;
    articles.push({
      type: 'article',
      id,
      workspace_id: 'simworkspace',
      title,
      description: `How to: ${title.toLowerCase()}`,
      body: `<p>${title}</p>`,
      author_id: admins.length > 0 ? Number(random.pick(admins).id) : 0,
      state: random.next() < 0.85 ? 'published' : 'draft',
      created_at: createdAt,
      updated_at: updatedAt,
      url: `http://help-center.test/sim/en/articles/${id}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-+$/, '')}`,
      parent_id: collection,
      parent_ids: collection === null ? [] : [collection],
      parent_type: collection === null ? null : 'collection',
      default_locale: 'en',
    });
  }
  return articles;
}
