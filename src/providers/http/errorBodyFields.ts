/** The two fields read out of a provider's error body: its kind (code) and its message. */
export interface ErrorFields {
  readonly code: string | null;
  readonly message: string | null;
}

/** A provider's reader of its own error body shapes (src/providers/<provider>/api/errorBody.ts). */
export type ErrorFieldsReader = (body: unknown) => ErrorFields;

export const NO_ERROR_FIELDS: ErrorFields = { code: null, message: null };

/** The value as a JSON object, or `null` (arrays and scalars are not objects here). */
export function asRecord(value: unknown): Readonly<Record<string, unknown>> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Non-blank text, or `null`. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The first entry of an `errors` array (Zendesk's `Errors` schema, Intercom's `error.list`), or `null`. */
export function firstListedError(record: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> | null {
  return Array.isArray(record.errors) ? asRecord(record.errors[0]) : null;
}
