/** The queries GraphiQL opens with for Intercom, one tab each. */
export const intercomExamples: ReadonlyArray<string> = [
  `query IntercomConversations {
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
];
