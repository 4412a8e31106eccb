import { type DocumentNode, type GraphQLSchema, isEnumType, isObjectType, Kind, visit } from 'graphql';

import type { ProviderModule } from '../registry/providerModule';
import { inboxMembers } from './inboxResolvers';

/**
 * Sets `Query.conversations`' `@cost(weight:)` to the number of providers in the inbox: the merged
 * field fans out to each of them (at least one call each), so routers and the gateway's own measure
 * (src/plugins/measureQuery.ts reads a connection field's `@cost`) count one connection resolution
 * per provider. The SDL file states the built-in providers' 3; the served schema states this
 * deployment's count, as `@listSize(assumedSize:)` states its default page size.
 */
export function withInboxFanOut(document: DocumentNode, modules: ReadonlyArray<ProviderModule>): DocumentNode {
  const weight = String(Math.max(1, inboxMembers(modules).length));
  let inQuery = false;
  return visit(document, {
    ObjectTypeExtension: {
      enter(node) {
        inQuery = node.name.value === 'Query';
      },
      leave() {
        inQuery = false;
      },
    },
    FieldDefinition(field) {
      if (!inQuery || field.name.value !== 'conversations') return undefined;
      return {
        ...field,
        directives: (field.directives ?? []).map((directive) =>
          directive.name.value !== 'cost'
            ? directive
            : { ...directive, arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'weight' }, value: { kind: Kind.INT, value: weight } }] },
        ),
      };
    },
  });
}

/**
 * Each inbox module's SDL must add its `Provider` value and make its conversation type implement
 * `SupportConversation`; checked when the schema is built, so a module that forgets fails at
 * startup, naming what is missing, instead of failing the first `conversations` request.
 */
export function checkInboxTypes(schema: GraphQLSchema, modules: ReadonlyArray<ProviderModule>): void {
  const provider = schema.getType('Provider');
  const values = new Set(isEnumType(provider) ? provider.getValues().map((value) => value.name) : []);
  const problems: string[] = [];
  for (const { module, inbox, value } of inboxMembers(modules)) {
    if (!values.has(value)) problems.push(`${module.name} has an inbox but its SDL does not add \`extend enum Provider { ${value} }\``);
    const type = schema.getType(inbox.typename);
    if (!isObjectType(type) || !type.getInterfaces().some((candidate) => candidate.name === 'SupportConversation')) {
      problems.push(`${module.name}'s inbox type ${inbox.typename} is not an object type implementing SupportConversation`);
    }
  }
  if (problems.length > 0) throw new Error(`Inbox modules and the schema disagree:\n  ${problems.join('\n  ')}`);
}
