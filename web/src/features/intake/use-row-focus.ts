import { useRef, useState } from 'react';

/**
 * Focus for a list the patient grows and shrinks: a row just added takes focus (never one
 * loaded with the page), and after a row is removed, with its button, the "Add" button does.
 */
export function useRowFocus() {
  const [addedKey, setAddedKey] = useState<number | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const focusAddButton = () => addButtonRef.current?.focus();
  return { addedKey, setAddedKey, addButtonRef, focusAddButton };
}
