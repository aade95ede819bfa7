/** A page of a list the API pages (`page`, `pageSize`). */
export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}
