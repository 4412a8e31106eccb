import { orderOf, sortFields, textField, type SortField } from './recordOrder';
import type { ListDefinition } from './serveList';
import type { ZendeskCategory, ZendeskSection } from './zendeskDataset';

interface Positioned {
  readonly id: number;
  readonly name: string;
  readonly position: number;
  readonly created_at: string;
  readonly updated_at: string;
}

/**
 * Help Center lists categories and sections like articles: by their manual position, then by
 * creation (List Sections / List Categories `sort_by`: `position` by default, `created_at`,
 * `updated_at`). The order has one sort value plus the id tie-break, so the position field folds
 * created_at into a fixed-width text key.
 */
function positionedList<T extends Positioned>(key: string): ListDefinition<T> {
  const position: SortField<T> = textField<T>('position', (record) => `${String(record.position).padStart(10, '0')} ${record.created_at}`);
  return {
    key,
    fields: sortFields(
      position,
      textField<T>('created_at', (record) => record.created_at),
      textField<T>('updated_at', (record) => record.updated_at),
    ),
    defaultOrder: orderOf(position, false),
  };
}

export const CATEGORY_LIST = positionedList<ZendeskCategory>('categories');
export const SECTION_LIST = positionedList<ZendeskSection>('sections');
