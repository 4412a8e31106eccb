import { toGlobalId } from '../relay/globalId';

/** The `id` resolver of a provider type: the global id from provider, type name and native id. */
export function globalIdOf(provider: string, typename: string) {
  return (parent: { readonly nativeId: string }): string => toGlobalId(provider, typename, parent.nativeId);
}
