import { isJsonContentType } from '../../src/http/contentType';

describe('isJsonContentType', () => {
  it.each(['application/json', 'Application/JSON', 'APPLICATION/JSON; charset=UTF-8', 'application/json;charset="utf-8"', ' application/json '])(
    'reads %j as JSON (type and subtype are case-insensitive, parameters may follow)',
    (header) => {
      expect(isJsonContentType(header)).toBe(true);
    },
  );

  it.each([undefined, '', 'text/plain', 'text/json', 'application/jsonx', 'application/graphql', 'multipart/form-data; boundary=json', 'json'])(
    'does not read %j as JSON',
    (header) => {
      expect(isJsonContentType(header)).toBe(false);
    },
  );
});
