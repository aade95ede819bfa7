import { ref, type Ref } from 'vue';

/**
 * What a page's form dialog is open on: the record it edits (null: a new one) and, for a new one,
 * where it goes (`under`: a parent). `edit` sets both and opens the dialog.
 */
export function useEditing<T, Under = never>() {
  const editing = ref(null) as Ref<T | null>;
  const under = ref(null) as Ref<Under | null>;
  const formOpen = ref(false);

  function edit(record: T | null, parent: Under | null = null): void {
    editing.value = record;
    under.value = parent;
    formOpen.value = true;
  }

  return { editing, under, formOpen, edit };
}
