import { asRecord, type ErrorFields, firstListedError, NO_ERROR_FIELDS, text } from '../../http/errorBodyFields';

/**
 * Zendesk's error bodies, as its OpenAPI description and docs give them (the simulator sends the same):
 * - `{error: {title, message}}` (its 403 body; not in the OpenAPI file);
 * - `{error, description}` (auth, 404, search's `"unavailable"`): `error` is the kind;
 * - the `Errors` schema `{errors: [{code, title, detail}]}` (validation, 429, 500): the first error speaks.
 */
export function readZendeskErrorFields(body: unknown): ErrorFields {
  const record = asRecord(body);
  if (record === null) return NO_ERROR_FIELDS;
  const errorObject = asRecord(record.error);
  if (errorObject !== null) return { code: text(errorObject.title), message: text(errorObject.message) };
  if (typeof record.error === 'string' || typeof record.description === 'string') {
    return { code: text(record.error), message: text(record.description) };
  }
  const first = firstListedError(record);
  if (first !== null) return { code: text(first.code), message: text(first.message) ?? text(first.detail) ?? text(first.title) };
  return NO_ERROR_FIELDS;
}
