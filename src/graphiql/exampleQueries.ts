/**
 * The queries GraphiQL opens with, one tab per provider. This is the one place to change them.
 *
 * A tab is shown only if its query validates against the served schema (see `usableExamples`),
 * so an example for a namespace that has not landed yet, or that a schema change broke, is left
 * out instead of greeting users with red squiggles.
 */
export interface ExampleQuery {
  /** The provider namespace the example exercises; used in logs when the example is dropped. */
  readonly provider: 'zendesk' | 'intercom' | 'front';
  readonly query: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    provider: 'zendesk',
    query: `# Ctrl-Enter (or ▶) runs the query.
# The book icon, top left, opens the schema docs.
query ZendeskTickets {
  zendesk {
    tickets(first: 5) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node { id nativeId subject status createdAt }
      }
    }
  }
}
`,
  },
  {
    provider: 'intercom',
    query: `query IntercomConversations {
  intercom {
    conversations(first: 5) {
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node { id nativeId title state updatedAt }
      }
    }
  }
}
`,
  },
  {
    provider: 'front',
    query: `query FrontConversations {
  front {
    conversations(first: 5) {
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node { id nativeId subject status updatedAt }
      }
    }
  }
}
`,
  },
];
