const focusable = 'input:not([type="hidden"]), select, textarea, button';

/**
 * Moves focus to the first field, in reading order, that has an error, so a screen reader
 * announces the field together with its message. Fields are found by the `data-path`
 * attribute Mantine's `getInputProps` puts on each input.
 */
export function focusFirstError(errors: Record<string, unknown>, fieldOrder: readonly string[]): void {
  const first = fieldOrder.find((path) => Boolean(errors[path]));
  if (first === undefined) return;
  // Wait a frame so the message is rendered and linked to the input before it gets focus.
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(first)}"]`);
    // A group of radios or checkboxes carries the path on its wrapper; its first choice takes focus.
    const target = field?.matches(focusable) ? field : field?.querySelector<HTMLElement>(focusable);
    target?.focus();
  });
}
