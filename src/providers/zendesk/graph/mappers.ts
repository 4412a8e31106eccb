/**
 * The models codegen maps Zendesk's GraphQL types to: codegen.ts maps every type `X` to `XModel`
 * exported from a provider's graph/mappers.ts, so resolvers are typed against what the engine and
 * the providers actually return rather than the GraphQL shapes.
 */
import type * as auditModels from '../api/auditModels';
import type * as models from '../api/models';
import type * as ratingAndFieldModels from '../api/ratingAndFieldModels';
import type * as viewModels from '../api/viewModels';
import type { Connection, Edge } from '../../../relay/connection';
import type { Namespace } from '../../../resolvers/sharedMappers';

export type ZendeskTicketModel = models.ZendeskTicketModel;
export type ZendeskUserModel = models.ZendeskUserModel;
export type ZendeskOrganizationModel = models.ZendeskOrganizationModel;
export type ZendeskGroupModel = models.ZendeskGroupModel;
export type ZendeskTicketCommentModel = models.ZendeskTicketCommentModel;
export type ZendeskArticleModel = models.ZendeskArticleModel;
export type ZendeskSectionModel = models.ZendeskSectionModel;
export type ZendeskCategoryModel = models.ZendeskCategoryModel;
export type ZendeskTicketAuditModel = auditModels.ZendeskTicketAuditModel;
export type ZendeskAuditEventModel = auditModels.ZendeskAuditEventModel;
export type ZendeskViewModel = viewModels.ZendeskViewModel;
export type ZendeskSatisfactionRatingModel = ratingAndFieldModels.ZendeskSatisfactionRatingModel;
export type ZendeskTicketFieldModel = ratingAndFieldModels.ZendeskTicketFieldModel;
export type ZendeskQueryModel = Namespace;

export type ZendeskTicketConnectionModel = Connection<ZendeskTicketModel>;
export type ZendeskTicketEdgeModel = Edge<ZendeskTicketModel>;
export type ZendeskUserConnectionModel = Connection<ZendeskUserModel>;
export type ZendeskUserEdgeModel = Edge<ZendeskUserModel>;
export type ZendeskOrganizationConnectionModel = Connection<ZendeskOrganizationModel>;
export type ZendeskOrganizationEdgeModel = Edge<ZendeskOrganizationModel>;
export type ZendeskGroupConnectionModel = Connection<ZendeskGroupModel>;
export type ZendeskGroupEdgeModel = Edge<ZendeskGroupModel>;
export type ZendeskTicketCommentConnectionModel = Connection<ZendeskTicketCommentModel>;
export type ZendeskTicketCommentEdgeModel = Edge<ZendeskTicketCommentModel>;
export type ZendeskArticleConnectionModel = Connection<ZendeskArticleModel>;
export type ZendeskArticleEdgeModel = Edge<ZendeskArticleModel>;
export type ZendeskSearchResultConnectionModel = Connection<ZendeskSearchResultNode>;
export type ZendeskSearchResultEdgeModel = Edge<ZendeskSearchResultNode>;
/** A search result as GraphQL serves it: the record, tagged with its type (graph/searchResolvers.ts). */
type ZendeskSearchResultNode = ZendeskTicketModel | ZendeskUserModel | ZendeskOrganizationModel | ZendeskGroupModel;
export type ZendeskSectionConnectionModel = Connection<ZendeskSectionModel>;
export type ZendeskSectionEdgeModel = Edge<ZendeskSectionModel>;
export type ZendeskCategoryConnectionModel = Connection<ZendeskCategoryModel>;
export type ZendeskCategoryEdgeModel = Edge<ZendeskCategoryModel>;
export type ZendeskTicketAuditConnectionModel = Connection<ZendeskTicketAuditModel>;
export type ZendeskTicketAuditEdgeModel = Edge<ZendeskTicketAuditModel>;
export type ZendeskViewConnectionModel = Connection<ZendeskViewModel>;
export type ZendeskViewEdgeModel = Edge<ZendeskViewModel>;
export type ZendeskSatisfactionRatingConnectionModel = Connection<ZendeskSatisfactionRatingModel>;
export type ZendeskSatisfactionRatingEdgeModel = Edge<ZendeskSatisfactionRatingModel>;
export type ZendeskTicketFieldConnectionModel = Connection<ZendeskTicketFieldModel>;
export type ZendeskTicketFieldEdgeModel = Edge<ZendeskTicketFieldModel>;
