/** Zendesk records as the graph serves them: camelCase, native ids as strings, times as ISO 8601 in UTC (src/providers/isoTime.ts). */

export interface ZendeskTicketModel {
  readonly nativeId: string;
  readonly subject: string | null;
  readonly description: string | null;
  readonly status: string | null;
  readonly priority: string | null;
  readonly type: string | null;
  readonly tags: ReadonlyArray<string>;
  readonly requesterId: string | null;
  readonly submitterId: string | null;
  readonly assigneeId: string | null;
  readonly organizationId: string | null;
  readonly groupId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ZendeskUserModel {
  readonly nativeId: string;
  readonly name: string;
  readonly email: string | null;
  readonly role: string;
  readonly organizationId: string | null;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ZendeskOrganizationModel {
  readonly nativeId: string;
  readonly name: string;
  readonly domainNames: ReadonlyArray<string>;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ZendeskGroupModel {
  readonly nativeId: string;
  readonly name: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ZendeskTicketCommentModel {
  readonly nativeId: string;
  readonly ticketId: string;
  readonly authorId: string | null;
  /**
   * The author as the comments page sideloaded it (`include=users`), or null when the page did not
   * carry a complete record of them: the graph layer primes its users loader with it, so `author`
   * costs no `users/show_many` call.
   */
  readonly sideloadedAuthor: ZendeskUserModel | null;
  readonly body: string | null;
  readonly htmlBody: string | null;
  readonly public: boolean;
  readonly createdAt: string;
}

export interface ZendeskArticleModel {
  readonly nativeId: string;
  readonly title: string;
  readonly body: string | null;
  readonly locale: string;
  readonly sectionId: string | null;
  readonly authorId: string | null;
  readonly htmlUrl: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ZendeskCategoryModel {
  readonly nativeId: string;
  readonly name: string;
  readonly description: string | null;
  readonly locale: string;
  readonly position: number;
  readonly htmlUrl: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ZendeskSectionModel extends ZendeskCategoryModel {
  readonly categoryId: string | null;
  readonly parentSectionId: string | null;
}
