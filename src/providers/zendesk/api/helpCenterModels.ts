import type { ZendeskCategoryModel, ZendeskSectionModel } from './models';
import type { RawCategory, RawSection } from './types';

export function toCategory(raw: RawCategory): ZendeskCategoryModel {
  return {
    nativeId: String(raw.id),
    name: raw.name,
    description: raw.description,
    locale: raw.locale,
    position: raw.position,
    htmlUrl: raw.html_url,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}

export function toSection(raw: RawSection): ZendeskSectionModel {
  return {
    ...toCategory(raw),
    categoryId: raw.category_id === null ? null : String(raw.category_id),
    parentSectionId: raw.parent_section_id === null ? null : String(raw.parent_section_id),
  };
}
