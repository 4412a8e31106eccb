export {
  startZendeskSimulator,
  DEFAULT_ZENDESK_CREDENTIALS,
  DEFAULT_ZENDESK_SIZES,
  type ZendeskSimulator,
  type ZendeskSimulatorOptions,
} from './startZendeskSimulator';
export { createZendeskDataset, DEFAULT_DATASET_BASE_URL } from './createZendeskDataset';
export type { ZendeskCredentials } from './authorizeZendesk';
export type { ExportedTicket, ZendeskRecordChanges } from './recordChanges';
export type {
  TicketPriority,
  TicketStatus,
  TicketType,
  UserRole,
  ZendeskArticle,
  ZendeskAudit,
  ZendeskAuditEvent,
  ZendeskCategory,
  ZendeskComment,
  ZendeskDataset,
  ZendeskDatasetSizes,
  ZendeskGroup,
  ZendeskOrganization,
  ZendeskSection,
  ZendeskTicket,
  ZendeskSatisfactionRating,
  ZendeskTicketField,
  ZendeskUser,
  ZendeskView,
  ZendeskViewCondition,
} from './zendeskDataset';
