import type { IntercomArticleResolvers, IntercomQueryResolvers } from '../../../__generated__/resolversTypes';
import { resolveConnection } from '../../../relay/resolveConnection';
import { globalIdOf } from '../../../resolvers/nodeId';
import { primed } from '../../../resolvers/primed';

/** `intercom.articles`; listed articles prime the lookup `node(id:)` uses. */
export const articles: NonNullable<IntercomQueryResolvers['articles']> = (_parent, args, context) =>
  resolveConnection(context.providers.intercom.articles, {}, args, context.relay).then(primed(context.loaders.intercom.articles));

export const intercomArticleResolvers: IntercomArticleResolvers = { id: globalIdOf('intercom', 'IntercomArticle') };
