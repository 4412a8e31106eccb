import type { InputMaybe, IntercomSearchOperator, SortDirection } from '../../../__generated__/resolversTypes';
import { badUserInput } from '../../../errors';
import type { IntercomSearchArgs } from '../api/searchPaginator';
import { unixSecondsFromIso } from '../../isoTime';
import type { SearchEndpointRules } from '../api/searchFields';
import {
  InvalidSearchFilterError,
  type SearchFilterInput,
  type SearchOperator,
  toIntercomQuery,
  toIntercomSort,
} from '../api/searchQuery';

const OPERATORS: Readonly<Record<IntercomSearchOperator, SearchOperator>> = {
  EQ: '=',
  NE: '!=',
  IN: 'IN',
  NIN: 'NIN',
  LT: '<',
  LTE: '<=',
  GT: '>',
  GTE: '>=',
  CONTAINS: '~',
  NOT_CONTAINS: '!~',
  STARTS_WITH: '^',
  ENDS_WITH: '$',
};

/** The shape shared by the three generated filter inputs (they differ only in their field enum). */
export interface GraphQLSearchFilter<TEnum extends string> {
  readonly and?: InputMaybe<ReadonlyArray<GraphQLSearchFilter<TEnum>>>;
  readonly or?: InputMaybe<ReadonlyArray<GraphQLSearchFilter<TEnum>>>;
  readonly field?: InputMaybe<TEnum>;
  readonly operator?: InputMaybe<IntercomSearchOperator>;
  readonly value?: InputMaybe<string>;
  readonly values?: InputMaybe<ReadonlyArray<string>>;
  readonly intValue?: InputMaybe<number>;
  readonly intValues?: InputMaybe<ReadonlyArray<number>>;
  readonly boolValue?: InputMaybe<boolean>;
  /** ISO 8601, as the DateTime scalar parses it. */
  readonly dateValue?: InputMaybe<string>;
}

export interface GraphQLSearchSort<TEnum extends string> {
  readonly field: TEnum;
  /** The schema defaults it to DESC, as Intercom does ("default to descending if none is provided"). */
  readonly direction?: InputMaybe<SortDirection>;
}

/** How one search endpoint's GraphQL field enum maps onto Intercom's field names and rules. */
export interface SearchVocabulary<TEnum extends string, TField extends string> {
  readonly fields: Readonly<Record<TEnum, TField>>;
  readonly rules: SearchEndpointRules<TField>;
}

/**
 * Checks and translates `filter`/`sort` before anything is sent: a filter Intercom would refuse
 * becomes BAD_USER_INPUT naming the offending part (`filter.and[1].operator: …`).
 */
export function toSearchArgs<TEnum extends string, TField extends string>(
  vocabulary: SearchVocabulary<TEnum, TField>,
  filter: GraphQLSearchFilter<TEnum>,
  sort: InputMaybe<GraphQLSearchSort<TEnum>> | undefined,
): IntercomSearchArgs {
  try {
    return {
      query: toIntercomQuery(toFilterInput(filter, vocabulary.fields), vocabulary.rules),
      sort: sort ? toIntercomSort(vocabulary.fields[sort.field], sort.direction !== 'ASC', vocabulary.rules) : null,
    };
  } catch (error) {
    if (error instanceof InvalidSearchFilterError) throw badUserInput(error.message, { argument: error.path });
    throw error;
  }
}

function toFilterInput<TEnum extends string, TField extends string>(
  filter: GraphQLSearchFilter<TEnum>,
  fields: Readonly<Record<TEnum, TField>>,
): SearchFilterInput<TField> {
  return {
    and: filter.and?.map((child) => toFilterInput(child, fields)) ?? null,
    or: filter.or?.map((child) => toFilterInput(child, fields)) ?? null,
    field: filter.field == null ? null : fields[filter.field],
    operator: filter.operator == null ? null : OPERATORS[filter.operator],
    value: filter.value ?? null,
    values: filter.values ?? null,
    intValue: filter.intValue ?? null,
    intValues: filter.intValues ?? null,
    boolValue: filter.boolValue ?? null,
    // Intercom compares unix seconds; the DateTime scalar has already checked the ISO string.
    dateValue: filter.dateValue == null ? null : unixSecondsFromIso(filter.dateValue),
  };
}
