import {
  CONTACT_SEARCH,
  CONVERSATION_SEARCH,
  type ContactSearchField,
  type ConversationSearchField,
  TICKET_SEARCH,
} from '../../../../src/providers/intercom/api/searchFields';
import {
  InvalidSearchFilterError,
  type SearchFilterInput,
  toIntercomQuery,
  toIntercomSort,
} from '../../../../src/providers/intercom/api/searchQuery';

type ConversationFilter = SearchFilterInput<ConversationSearchField>;
type ContactFilter = SearchFilterInput<ContactSearchField>;

const open: ConversationFilter = { field: 'state', operator: '=', value: 'open' };
const urgent: ConversationFilter = { field: 'priority', operator: '=', value: 'urgent' };
const assigned: ConversationFilter = { field: 'admin_assignee_id', operator: 'IN', intValues: [1, 2] };

function errorOf(run: () => unknown): InvalidSearchFilterError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidSearchFilterError) return error;
    throw error;
  }
  throw new Error('expected an InvalidSearchFilterError');
}

describe('toIntercomQuery', () => {
  describe('translation', () => {
    it('sends a lone condition as a single filter, not wrapped in a group', () => {
      expect(toIntercomQuery(open, CONVERSATION_SEARCH)).toEqual({ field: 'state', operator: '=', value: 'open' });
    });

    it('translates nested AND/OR groups with each value kind', () => {
      const filter: ConversationFilter = {
        and: [
          { or: [open, urgent] },
          { or: [assigned, { field: 'created_at', operator: '>', dateValue: 1_700_000_000 }, { field: 'read', operator: '=', boolValue: false }] },
        ],
      };
      expect(toIntercomQuery(filter, CONVERSATION_SEARCH)).toEqual({
        operator: 'AND',
        value: [
          { operator: 'OR', value: [open, urgent] },
          {
            operator: 'OR',
            value: [
              { field: 'admin_assignee_id', operator: 'IN', value: [1, 2] },
              { field: 'created_at', operator: '>', value: 1_700_000_000 },
              { field: 'read', operator: '=', value: false },
            ],
          },
        ],
      });
    });

    it('moves the conditions of a mixed group into one sibling group: Intercom groups hold conditions or groups, never both', () => {
      const filter: ConversationFilter = { and: [open, { or: [urgent, assigned] }, { field: 'read', operator: '=', boolValue: true }] };
      expect(toIntercomQuery(filter, CONVERSATION_SEARCH)).toEqual({
        operator: 'AND',
        value: [
          { operator: 'AND', value: [open, { field: 'read', operator: '=', value: true }] },
          { operator: 'OR', value: [urgent, { field: 'admin_assignee_id', operator: 'IN', value: [1, 2] }] },
        ],
      });
    });

    it('accepts 15 filters in a group and 2 levels of groups', () => {
      const fifteen = Array.from({ length: 15 }, () => open);
      expect(() => toIntercomQuery({ or: [{ and: fifteen }, { and: fifteen }] }, CONVERSATION_SEARCH)).not.toThrow();
    });

    it('accepts <= and >= on dates for conversations and tickets, whose text allows them', () => {
      expect(toIntercomQuery({ field: 'created_at', operator: '<=', dateValue: 5 }, CONVERSATION_SEARCH)).toEqual({ field: 'created_at', operator: '<=', value: 5 });
      expect(() => toIntercomQuery({ field: 'created_at', operator: '>=', dateValue: 5 }, TICKET_SEARCH)).not.toThrow();
    });
  });

  describe('refusals, each naming the offending part of the argument', () => {
    it.each<[string, ConversationFilter, string, RegExp]>([
      ['an empty group', { and: [] }, 'filter.and', /at least one filter/],
      ['16 filters in a group', { or: Array.from({ length: 16 }, () => open) }, 'filter.or', /at most 15 filters/],
      ['3 levels of groups', { and: [{ or: [{ and: [open] }] }] }, 'filter.and[0].or[0].and', /at most 2 levels/],
      ['a group and a condition in one node', { ...open, and: [urgent] }, 'filter', /exactly one of/],
      ['nothing at all', {}, 'filter', /exactly one of/],
      ['a condition without an operator', { field: 'state', value: 'open' }, 'filter', /both `field` and `operator`/],
      ['a text operator on an integer', { field: 'admin_assignee_id', operator: '~', intValue: 1 }, 'filter.operator', /does not accept `~`/],
      ['an ordering operator on a string', { field: 'state', operator: '>', value: 'a' }, 'filter.operator', /does not accept `>`/],
      ['an ordering operator on a boolean', { and: [{ field: 'open', operator: '<', boolValue: true }] }, 'filter.and[0].operator', /does not accept `<`/],
      ['two value kinds', { field: 'state', operator: '=', value: 'open', intValue: 1 }, 'filter', /`value` and `intValue`/],
      ['no value', { field: 'state', operator: '=' }, 'filter', /got none/],
      ['the wrong value kind for the type', { field: 'created_at', operator: '>', value: '1700000000' }, 'filter', /date field.*`dateValue`/],
      ['a scalar with IN', { field: 'state', operator: 'IN', value: 'open' }, 'filter', /exactly `values`/],
      ['an empty list with IN', { field: 'state', operator: 'IN', values: [] }, 'filter.values', /at least one value/],
      ['IN on a boolean (no list of booleans)', { field: 'open', operator: 'IN', values: ['true'] }, 'filter', /lists of boolean values/],
    ])('%s', (_name, filter, path, message) => {
      const error = errorOf(() => toIntercomQuery(filter, CONVERSATION_SEARCH));
      expect(error.path).toBe(path);
      expect(error.message).toMatch(message);
    });

    it.each<[string, ContactFilter, RegExp]>([
      ['<= on a date', { field: 'created_at', operator: '<=', dateValue: 1 }, /does not accept `<=` on `created_at` \(a date field\); it accepts = < >/],
      ['>= on a date', { field: 'last_seen_at', operator: '>=', dateValue: 1 }, /does not accept `>=`/],
      ['!= on a date', { field: 'updated_at', operator: '!=', dateValue: 1 }, /does not accept `!=`/],
      ['IN on tag_id', { field: 'tag_id', operator: 'IN', values: ['1'] }, /does not accept `IN` on `tag_id`/],
      ['~ on tag_id', { field: 'tag_id', operator: '~', value: '1' }, /does not accept `~`/],
    ])('contact search: %s, as SearchContacts documents', (_name, filter, message) => {
      expect(errorOf(() => toIntercomQuery(filter, CONTACT_SEARCH)).message).toMatch(message);
    });

    it('contact search still accepts = < > on dates and = != on tag_id', () => {
      for (const operator of ['=', '<', '>'] as const) {
        expect(() => toIntercomQuery({ field: 'created_at', operator, dateValue: 1 }, CONTACT_SEARCH)).not.toThrow();
      }
      expect(() => toIntercomQuery({ field: 'tag_id', operator: '!=', value: '7' }, CONTACT_SEARCH)).not.toThrow();
    });
  });
});

describe('toIntercomSort', () => {
  it('maps the direction onto Intercom’s order words', () => {
    expect(toIntercomSort('created_at', true, CONVERSATION_SEARCH)).toEqual({ field: 'created_at', order: 'descending' });
    expect(toIntercomSort('email', false, CONTACT_SEARCH)).toEqual({ field: 'email', order: 'ascending' });
  });

  it('refuses fields that hold several values', () => {
    expect(errorOf(() => toIntercomSort('tag_ids', true, CONVERSATION_SEARCH)).path).toBe('sort.field');
    expect(errorOf(() => toIntercomSort('tag_id', true, CONTACT_SEARCH)).message).toMatch(/cannot sort on `tag_id`/);
  });
});
