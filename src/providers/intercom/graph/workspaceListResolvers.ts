import type { IntercomAttributeModel, IntercomQueryResolvers, IntercomSegmentResolvers } from '../../../__generated__/resolversTypes';
import { resolveConnection } from '../../../relay/resolveConnection';
import { globalIdOf } from '../../../resolvers/nodeId';
import { primed } from '../../../resolvers/primed';

const toApiModel = (model: IntercomAttributeModel | null | undefined): 'contact' | 'company' | null =>
  model === 'CONTACT' ? 'contact' : model === 'COMPANY' ? 'company' : null;

/** `intercom.segments`: the unpaged segment list; its segments prime the lookup `node(id:)` uses. */
export const segments: NonNullable<IntercomQueryResolvers['segments']> = (_parent, args, context) =>
  resolveConnection(context.providers.intercom.segments, { includeCount: args.includeCount ?? false }, args, context.relay).then(
    primed(context.loaders.intercom.segments),
  );

/** `intercom.dataAttributes`: the unpaged attribute list, filtered by Intercom (`model`, `include_archived`). */
export const dataAttributes: NonNullable<IntercomQueryResolvers['dataAttributes']> = (_parent, args, context) =>
  resolveConnection(context.providers.intercom.dataAttributes, { model: toApiModel(args.model), includeArchived: args.includeArchived ?? false }, args, context.relay);

export const intercomSegmentResolvers: IntercomSegmentResolvers = { id: globalIdOf('intercom', 'IntercomSegment') };
