/** Sort keys shared by the lists that sort on timestamps or ids. */
export const byCreatedAt = (record: { readonly created_at: number }): number => record.created_at;
export const byUpdatedAt = (record: { readonly updated_at: number }): number => record.updated_at;
/** Ids of one type share a length (see `frontId`), so string order is creation order. */
export const byId = (record: { readonly id: string }): string => record.id;
