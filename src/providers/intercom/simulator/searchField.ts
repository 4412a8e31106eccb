/** The field types of the "Accepted Fields" tables in each search operation's text. */
export type SearchFieldType = 'string' | 'integer' | 'date' | 'boolean';

/** A field value as search sees it: one scalar, nothing, or several (e.g. `contact_ids`). */
export type SearchScalar = string | number | boolean;
export type SearchFieldValue = SearchScalar | null | ReadonlyArray<SearchScalar>;

export interface SearchField<T> {
  readonly type: SearchFieldType;
  read(record: T): SearchFieldValue;
  /**
   * Contacts' `tag_id` takes only `=` and `!=` (SearchContacts text); other fields follow their
   * type's operator rules.
   */
  readonly equalityOnly?: boolean;
  /** Fields holding several values (`contact_ids`, `tag_ids`…) can be searched but not sorted on. */
  readonly multiValued?: boolean;
}

export type SearchFields<T> = Readonly<Record<string, SearchField<T>>>;

/**
 * The endpoints disagree on operators and their meaning, and each is mirrored from its own text:
 * - `contacts`: dates take only `= < >`, matched by calendar day; `<=`/`>=` are integer-only.
 * - `conversations` (also searchTickets): `= != IN NIN` on every type, `> <` on integers and dates
 *   meaning "greater (or equal)" / "lower (or equal)", on the exact second.
 */
export type SearchDialect = 'contacts' | 'conversations';
