/**
 * The models codegen maps Intercom's GraphQL types to (codegen.ts maps every type `X` to `XModel`
 * exported from a provider's graph/mappers.ts), so resolvers are typed against what the engine and
 * the provider return rather than the GraphQL shapes.
 */
import type * as models from '../api/models';
import type { Connection, Edge } from '../../../relay/connection';
import type { Namespace } from '../../../resolvers/sharedMappers';

// One alias per line: codegen.ts discovers mappers from `export type XModel` lines, not re-export lists.
export type IntercomConversationModel = models.IntercomConversationModel;
export type IntercomConversationSourceModel = models.IntercomConversationSourceModel;
export type IntercomContactModel = models.IntercomContactModel;
export type IntercomCompanyModel = models.IntercomCompanyModel;
export type IntercomTicketModel = models.IntercomTicketModel;
export type IntercomAdminModel = models.IntercomAdminModel;
export type IntercomTeamModel = models.IntercomTeamModel;
export type IntercomTagModel = models.IntercomTagModel;
export type IntercomQueryModel = Namespace;

export type IntercomConversationConnectionModel = Connection<IntercomConversationModel>;
export type IntercomConversationEdgeModel = Edge<IntercomConversationModel>;
export type IntercomContactConnectionModel = Connection<IntercomContactModel>;
export type IntercomContactEdgeModel = Edge<IntercomContactModel>;
export type IntercomCompanyConnectionModel = Connection<IntercomCompanyModel>;
export type IntercomCompanyEdgeModel = Edge<IntercomCompanyModel>;
export type IntercomTicketConnectionModel = Connection<IntercomTicketModel>;
export type IntercomTicketEdgeModel = Edge<IntercomTicketModel>;
export type IntercomConversationPartModel = models.IntercomConversationPartModel;
export type IntercomConversationPartConnectionModel = Connection<IntercomConversationPartModel>;
export type IntercomConversationPartEdgeModel = Edge<IntercomConversationPartModel>;
export type IntercomSegmentModel = models.IntercomSegmentModel;
export type IntercomSegmentConnectionModel = Connection<IntercomSegmentModel>;
export type IntercomSegmentEdgeModel = Edge<IntercomSegmentModel>;
export type IntercomDataAttributeModel = models.IntercomDataAttributeModel;
export type IntercomDataAttributeConnectionModel = Connection<IntercomDataAttributeModel>;
export type IntercomDataAttributeEdgeModel = Edge<IntercomDataAttributeModel>;
export type IntercomNoteModel = models.IntercomNoteModel;
export type IntercomNoteConnectionModel = Connection<IntercomNoteModel>;
export type IntercomNoteEdgeModel = Edge<IntercomNoteModel>;
export type IntercomArticleModel = models.IntercomArticleModel;
export type IntercomArticleConnectionModel = Connection<IntercomArticleModel>;
export type IntercomArticleEdgeModel = Edge<IntercomArticleModel>;
