import { z } from 'zod';

/** The spec's ViewObject, the fields this graph serves. */
export const rawView = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string().nullable().default(null),
  active: z.boolean().optional().default(true),
  position: z.number().int().optional().default(0),
  created_at: z.string(),
  updated_at: z.string(),
});

export interface ZendeskViewModel {
  readonly nativeId: string;
  readonly title: string;
  readonly description: string | null;
  readonly active: boolean;
  readonly position: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function toView(raw: z.infer<typeof rawView>): ZendeskViewModel {
  return {
    nativeId: String(raw.id),
    title: raw.title,
    description: raw.description,
    active: raw.active,
    position: raw.position,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}
