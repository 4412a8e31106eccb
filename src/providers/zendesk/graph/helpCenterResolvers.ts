import type { ZendeskCategoryResolvers, ZendeskQueryResolvers, ZendeskSectionResolvers } from '../../../__generated__/resolversTypes';
import { resolveConnection } from '../../../relay/resolveConnection';
import { globalIdOf } from '../../../resolvers/nodeId';

/** `zendesk { sections categories }`: Help Center lists beside `articles`, cursor-paged. */
export const helpCenterQueryResolvers: Pick<ZendeskQueryResolvers, 'sections' | 'categories'> = {
  sections: (_parent, args, context) => resolveConnection(context.providers.zendesk.sections, {}, args, context.relay),
  categories: (_parent, args, context) => resolveConnection(context.providers.zendesk.categories, {}, args, context.relay),
};

export const helpCenterTypeResolvers: { ZendeskSection: ZendeskSectionResolvers; ZendeskCategory: ZendeskCategoryResolvers } = {
  ZendeskSection: {
    id: globalIdOf('zendesk', 'ZendeskSection'),
    categoryNativeId: (section) => section.categoryId,
    parentSectionNativeId: (section) => section.parentSectionId,
  },
  ZendeskCategory: { id: globalIdOf('zendesk', 'ZendeskCategory') },
};
