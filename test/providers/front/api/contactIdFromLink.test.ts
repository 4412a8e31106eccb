import { contactIdFromLink } from '../../../../src/providers/front/api/toModels';

describe('contactIdFromLink', () => {
  it.each([
    ['https://acme.api.frontapp.com/contacts/crd_2njtoem', 'crd_2njtoem'],
    ['https://acme.api.frontapp.com/contacts/alt%3Aemail%3Aa%40b.com', 'alt:email:a@b.com'],
    ['https://acme.api.frontapp.com/teammates/tea_1', null],
    ['not a url', null],
    ['https://acme.api.frontapp.com/contacts/%E0%A4%A', null],
    [null, null],
  ])('%s → %s', (link, expected) => {
    expect(contactIdFromLink(link)).toBe(expected);
  });
});
