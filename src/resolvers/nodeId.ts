import { badUserInput } from '../errors';
import { isPathSegment } from '../providers/pathSegment';
import { toGlobalId } from '../relay/globalId';

/** The `id` resolver of a provider type: the global id from provider, type name and native id. */
export function globalIdOf(provider: string, typename: string) {
  return (parent: { readonly nativeId: string }): string => toGlobalId(provider, typename, parent.nativeId);
}

/**
 * The native id of a global id a client sent, refused (BAD_USER_INPUT, before any call) when it
 * could not name a record: lookups put native ids into upstream paths (`/contacts/{id}`), where `.`
 * and `..` are dot segments that address another endpoint (see providers/pathSegment.ts).
 */
export function lookupNativeId(nativeId: string): string {
  if (!isPathSegment(nativeId)) {
    throw badUserInput(`Not a valid global id: its native id ${JSON.stringify(nativeId)} names no record. Pass an \`id\` this API returned.`);
  }
  return nativeId;
}
