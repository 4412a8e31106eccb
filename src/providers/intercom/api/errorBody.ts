import { asRecord, type ErrorFields, firstListedError, NO_ERROR_FIELDS, text } from '../../http/errorBodyFields';

/** Intercom's `{type: 'error.list', errors: [{code, message, field}]}`: the first error speaks. */
export function readIntercomErrorFields(body: unknown): ErrorFields {
  const record = asRecord(body);
  const first = record === null ? null : firstListedError(record);
  return first === null ? NO_ERROR_FIELDS : { code: text(first.code), message: text(first.message) };
}
