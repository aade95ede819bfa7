import { computed } from 'vue';
import { categoryOptions, namesOf, regionOptions, unitOptions } from '../codes/reference';
import { useOptions } from '../codes/useOptions';

export interface Names {
  category: (code: string) => string;
  region: (code: string) => string;
  unit: (code: string) => string;
}

/** The reference lists an administration form picks from (each fetched once), and the names tables show for codes. */
export function useReferenceData() {
  const categories = useOptions(() => categoryOptions());
  const regions = useOptions(regionOptions);
  const units = useOptions(unitOptions);
  const names = computed<Names>(() => ({ category: namesOf(categories.value), region: namesOf(regions.value), unit: namesOf(units.value) }));
  return { categories, regions, units, names };
}
