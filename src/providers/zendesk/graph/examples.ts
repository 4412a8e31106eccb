/** The queries GraphiQL opens with for Zendesk, one tab each. */
export const zendeskExamples: ReadonlyArray<string> = [
  `# Ctrl-Enter (or ▶) runs the query.
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
];
