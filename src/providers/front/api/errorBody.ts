import { asRecord, type ErrorFields, NO_ERROR_FIELDS, text } from '../../http/errorBodyFields';

/** Front's `{_error: {status, title, message, details}}`: no code field; `title` names the kind. */
export function readFrontErrorFields(body: unknown): ErrorFields {
  const error = asRecord(asRecord(body)?._error);
  return error === null ? NO_ERROR_FIELDS : { code: text(error.title), message: text(error.message) };
}
