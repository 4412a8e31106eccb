/** The queries GraphiQL opens with for Front, one tab each. */
export const frontExamples: ReadonlyArray<string> = [
  `query FrontConversations {
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
];
