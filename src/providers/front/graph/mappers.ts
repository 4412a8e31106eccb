/**
 * The models codegen maps Front's GraphQL types to (codegen.ts maps every type `X` to the `XModel`
 * exported from a provider's graph/mappers.ts), so resolvers are typed against what the engine
 * and the Front provider return.
 */
import type * as front from '../api/models';
import type { Connection, Edge } from '../../../relay/connection';
import type { Namespace } from '../../../resolvers/sharedMappers';

// One `export type XModel =` line per type: codegen.ts discovers mappers with that exact pattern
// (a re-export block `export type { … }` would leave the node types unmapped).
export type FrontConversationModel = front.FrontConversationModel;
export type FrontMessageModel = front.FrontMessageModel;
export type FrontCommentModel = front.FrontCommentModel;
export type FrontContactModel = front.FrontContactModel;
export type FrontContactHandleModel = front.FrontContactHandleModel;
export type FrontRecipientModel = front.FrontRecipientModel;
export type FrontAccountModel = front.FrontAccountModel;
export type FrontTagModel = front.FrontTagModel;
export type FrontInboxModel = front.FrontInboxModel;
export type FrontTeammateModel = front.FrontTeammateModel;
export type FrontTeamModel = front.FrontTeamModel;
export type FrontChannelModel = front.FrontChannelModel;
export type FrontEventModel = front.FrontEventModel;
export type FrontQueryModel = Namespace;

export type FrontConversationConnectionModel = Connection<FrontConversationModel>;
export type FrontConversationSearchConnectionModel = Connection<FrontConversationModel>;
export type FrontConversationEdgeModel = Edge<FrontConversationModel>;
export type FrontMessageConnectionModel = Connection<FrontMessageModel>;
export type FrontMessageEdgeModel = Edge<FrontMessageModel>;
export type FrontCommentConnectionModel = Connection<FrontCommentModel>;
export type FrontCommentEdgeModel = Edge<FrontCommentModel>;
export type FrontContactConnectionModel = Connection<FrontContactModel>;
export type FrontContactEdgeModel = Edge<FrontContactModel>;
export type FrontAccountConnectionModel = Connection<FrontAccountModel>;
export type FrontAccountEdgeModel = Edge<FrontAccountModel>;
export type FrontTagConnectionModel = Connection<FrontTagModel>;
export type FrontTagEdgeModel = Edge<FrontTagModel>;
export type FrontInboxConnectionModel = Connection<FrontInboxModel>;
export type FrontInboxEdgeModel = Edge<FrontInboxModel>;
export type FrontTeammateConnectionModel = Connection<FrontTeammateModel>;
export type FrontTeammateEdgeModel = Edge<FrontTeammateModel>;
export type FrontTeamConnectionModel = Connection<FrontTeamModel>;
export type FrontTeamEdgeModel = Edge<FrontTeamModel>;
export type FrontChannelConnectionModel = Connection<FrontChannelModel>;
export type FrontChannelEdgeModel = Edge<FrontChannelModel>;
export type FrontEventConnectionModel = Connection<FrontEventModel>;
export type FrontEventEdgeModel = Edge<FrontEventModel>;
