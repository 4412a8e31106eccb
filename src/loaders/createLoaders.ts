import type { FrontProvider } from '../providers/front/frontProvider';
import type {
  FrontAccountModel,
  FrontContactModel,
  FrontConversationModel,
  FrontInboxModel,
  FrontTagModel,
  FrontTeammateModel,
} from '../providers/front/models';
import type { IntercomProvider } from '../providers/intercom/intercomProvider';
import type {
  IntercomAdminModel,
  IntercomCompanyModel,
  IntercomContactModel,
  IntercomConversationModel,
  IntercomTagModel,
  IntercomTeamModel,
  IntercomTicketModel,
} from '../providers/intercom/models';
import type { ZendeskProvider } from '../providers/zendesk/zendeskProvider';
import type { ZendeskGroupModel, ZendeskOrganizationModel, ZendeskTicketModel, ZendeskUserModel } from '../providers/zendesk/models';
import { lazyRecord } from '../lazyRecord';
import { createBatchLoader, type RecordLoader } from './createBatchLoader';

export interface ZendeskLoaders {
  readonly tickets: RecordLoader<ZendeskTicketModel>;
  readonly users: RecordLoader<ZendeskUserModel>;
  readonly organizations: RecordLoader<ZendeskOrganizationModel>;
  readonly groups: RecordLoader<ZendeskGroupModel>;
}

export interface IntercomLoaders {
  readonly conversations: RecordLoader<IntercomConversationModel>;
  readonly contacts: RecordLoader<IntercomContactModel>;
  readonly tickets: RecordLoader<IntercomTicketModel>;
  readonly companies: RecordLoader<IntercomCompanyModel>;
  readonly admins: RecordLoader<IntercomAdminModel>;
  readonly teams: RecordLoader<IntercomTeamModel>;
  readonly tags: RecordLoader<IntercomTagModel>;
}

export interface FrontLoaders {
  readonly conversations: RecordLoader<FrontConversationModel>;
  readonly contacts: RecordLoader<FrontContactModel>;
  readonly accounts: RecordLoader<FrontAccountModel>;
  readonly teammates: RecordLoader<FrontTeammateModel>;
  readonly inboxes: RecordLoader<FrontInboxModel>;
  readonly tags: RecordLoader<FrontTagModel>;
  /** Keyed by conversation id. */
  readonly conversationInboxes: RecordLoader<ReadonlyArray<FrontInboxModel>>;
}

/** Every loader of one GraphQL request. */
export interface Loaders {
  readonly zendesk: ZendeskLoaders;
  readonly intercom: IntercomLoaders;
  readonly front: FrontLoaders;
}

export interface LoaderProviders {
  readonly zendesk: ZendeskProvider;
  readonly intercom: IntercomProvider;
  readonly front: FrontProvider;
}

/**
 * One DataLoader per provider lookup, built for one request from that request's providers (whose
 * HTTP view records the request's upstream calls). Call it in the context factory, never once per
 * process: a loader's cache must not serve one client's records to another.
 */
export function createLoaders(providers: LoaderProviders): Loaders {
  // Each provider's loaders are built on first use (and so is the provider, see context.ts).
  return lazyRecord<Loaders>({
    zendesk: () => createZendeskLoaders(providers.zendesk),
    intercom: () => createIntercomLoaders(providers.intercom),
    front: () => createFrontLoaders(providers.front),
  });
}

function createZendeskLoaders({ byId }: ZendeskProvider): ZendeskLoaders {
  return {
    tickets: createBatchLoader(byId.tickets),
    users: createBatchLoader(byId.users),
    organizations: createBatchLoader(byId.organizations),
    groups: createBatchLoader(byId.groups),
  };
}

function createIntercomLoaders({ byId }: IntercomProvider): IntercomLoaders {
  return {
    conversations: createBatchLoader(byId.conversations),
    contacts: createBatchLoader(byId.contacts),
    tickets: createBatchLoader(byId.tickets),
    companies: createBatchLoader(byId.companies),
    admins: createBatchLoader(byId.admins),
    teams: createBatchLoader(byId.teams),
    tags: createBatchLoader(byId.tags),
  };
}

function createFrontLoaders({ byId }: FrontProvider): FrontLoaders {
  return {
    conversations: createBatchLoader(byId.conversations),
    contacts: createBatchLoader(byId.contacts),
    accounts: createBatchLoader(byId.accounts),
    teammates: createBatchLoader(byId.teammates),
    inboxes: createBatchLoader(byId.inboxes),
    tags: createBatchLoader(byId.tags),
    conversationInboxes: createBatchLoader(byId.conversationInboxes),
  };
}
