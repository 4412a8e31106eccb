import { filteredRecords, orderedRecords, type OrderedRecords } from './orderedRecords';
import { createRecordChanges, type ZendeskRecordChanges } from './recordChanges';
import type {
  ZendeskArticle,
  ZendeskCategory,
  ZendeskDataset,
  ZendeskGroup,
  ZendeskOrganization,
  ZendeskSection,
  ZendeskTicket,
  ZendeskUser,
} from './zendeskDataset';

/** Everything a route needs: the data, its lookups and sorted views, and the simulator's own URL. */
export interface ZendeskContext {
  readonly baseUrl: string;
  readonly data: ZendeskDataset;
  readonly tickets: OrderedRecords<ZendeskTicket>;
  readonly organizations: OrderedRecords<ZendeskOrganization>;
  readonly groups: OrderedRecords<ZendeskGroup>;
  readonly usersWhere: (filterKey: string, keep: (user: ZendeskUser) => boolean) => OrderedRecords<ZendeskUser>;
  readonly articlesWhere: (filterKey: string, keep: (article: ZendeskArticle) => boolean) => OrderedRecords<ZendeskArticle>;
  /** Changes made after seeding (tests), read by the incremental exports. */
  readonly changes: ZendeskRecordChanges;
  readonly categoriesWhere: (filterKey: string, keep: (category: ZendeskCategory) => boolean) => OrderedRecords<ZendeskCategory>;
  readonly sectionsWhere: (filterKey: string, keep: (section: ZendeskSection) => boolean) => OrderedRecords<ZendeskSection>;
  readonly byId: {
    readonly tickets: ReadonlyMap<number, ZendeskTicket>;
    readonly users: ReadonlyMap<number, ZendeskUser>;
    readonly organizations: ReadonlyMap<number, ZendeskOrganization>;
    readonly groups: ReadonlyMap<number, ZendeskGroup>;
    readonly articles: ReadonlyMap<number, ZendeskArticle>;
    readonly sections: ReadonlyMap<number, ZendeskSection>;
    readonly categories: ReadonlyMap<number, ZendeskCategory>;
  };
}

export function createZendeskContext(data: ZendeskDataset, baseUrl: string, changes: ZendeskRecordChanges = createRecordChanges(data)): ZendeskContext {
  return {
    changes,
    baseUrl,
    data,
    tickets: orderedRecords(data.tickets),
    organizations: orderedRecords(data.organizations),
    groups: orderedRecords(data.groups),
    usersWhere: filteredRecords(data.users),
    articlesWhere: filteredRecords(data.articles),
    categoriesWhere: filteredRecords(data.categories),
    sectionsWhere: filteredRecords(data.sections),
    byId: {
      tickets: indexById(data.tickets),
      users: indexById(data.users),
      organizations: indexById(data.organizations),
      groups: indexById(data.groups),
      articles: indexById(data.articles),
      sections: indexById(data.sections),
      categories: indexById(data.categories),
    },
  };
}

function indexById<T extends { readonly id: number }>(records: ReadonlyArray<T>): ReadonlyMap<number, T> {
  return new Map(records.map((record) => [record.id, record]));
}
