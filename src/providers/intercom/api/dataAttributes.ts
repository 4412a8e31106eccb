import { z } from 'zod';

import type { UpstreamHttp } from '../../http/httpClient';
import { isoFromUnixSecondsOrNull } from '../../isoTime';
import type { OffsetToken } from '../../pageNumberPaginator';
import { parseUpstream } from '../../parseUpstream';
import type { Paginator } from '../../types';
import { createWholeListPaginator } from '../../wholeListPaginator';
import { INTERCOM_MAX_PER_PAGE } from './cursorPage';
import type { IntercomDataAttributeModel } from './models';

/**
 * `dataAttributes(model, includeArchived)`: lisDataAttributes' `model` (contact or company; absent:
 * both. The spec's `conversation` is refused by Intercom and not offered) and `include_archived`.
 */
export type IntercomDataAttributeArgs = { readonly model: 'contact' | 'company' | null; readonly includeArchived: boolean };

const rawDataAttribute = z.object({
  id: z.union([z.number(), z.string()]).nullable().optional(),
  model: z.string(),
  name: z.string(),
  full_name: z.string(),
  label: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
  data_type: z.string().nullable().default(null),
  options: z.array(z.string()).nullable().optional(),
  api_writable: z.boolean().optional().default(false),
  messenger_writable: z.boolean().optional().default(false),
  ui_writable: z.boolean().optional().default(false),
  custom: z.boolean().optional().default(false),
  archived: z.boolean().optional().default(false),
  created_at: z.number().nullable().default(null),
  updated_at: z.number().nullable().default(null),
  admin_id: z.union([z.string(), z.number()]).nullable().optional(),
});

/** lisDataAttributes (spec v2.16): GET, no paging parameter, every attribute under `data` of a `list`. */
const dataAttributeList = z.object({ data: z.array(rawDataAttribute).optional().default([]) });

function toDataAttribute(raw: z.infer<typeof rawDataAttribute>): IntercomDataAttributeModel {
  return {
    nativeId: raw.id === null || raw.id === undefined ? null : String(raw.id),
    model: raw.model,
    name: raw.name,
    fullName: raw.full_name,
    label: raw.label,
    description: raw.description,
    dataType: raw.data_type,
    options: raw.options ?? [],
    apiWritable: raw.api_writable,
    messengerWritable: raw.messenger_writable,
    uiWritable: raw.ui_writable,
    custom: raw.custom,
    archived: raw.archived,
    createdAt: isoFromUnixSecondsOrNull(raw.created_at),
    updatedAt: isoFromUnixSecondsOrNull(raw.updated_at),
    adminId: raw.admin_id === null || raw.admin_id === undefined ? null : String(raw.admin_id),
  };
}

/**
 * The attribute list, one call per request and arguments, served in windows of at most 150. Standard
 * attributes have no id, so an attribute is known by its model and full name (`custom_attributes.x`).
 */
export function createIntercomDataAttributesPaginator(http: UpstreamHttp): Paginator<IntercomDataAttributeModel, IntercomDataAttributeArgs, OffsetToken> {
  return createWholeListPaginator({
    resource: 'intercom.dataAttributes',
    maxPageSize: INTERCOM_MAX_PER_PAGE,
    idOf: (attribute: IntercomDataAttributeModel) => `${attribute.model}:${attribute.fullName}`,
    async fetchAll(args: IntercomDataAttributeArgs) {
      const endpoint = 'GET /data_attributes';
      const query: Record<string, string> = {};
      if (args.model !== null) query.model = args.model;
      if (args.includeArchived) query.include_archived = 'true';
      const body = await http.requestJson({ method: 'GET', path: '/data_attributes', endpoint, query });
      return parseUpstream(dataAttributeList, body, 'intercom', endpoint).data.map(toDataAttribute);
    },
  });
}
