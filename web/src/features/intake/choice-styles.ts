import { rem } from '@mantine/core';

/**
 * A radio or tick box drawn as a whole row: 24px line + 2 × 10px = 44px at least, and its label
 * is the tap target. The chosen row is tinted, and its mark still shows without colour.
 */
export function choiceStyles(checked: boolean) {
  return {
    root: {
      border: '1px solid var(--mantine-color-default-border)',
      borderColor: checked ? 'var(--mantine-color-corium-7)' : undefined,
      boxShadow: checked ? 'inset 0 0 0 1px var(--mantine-color-corium-7)' : undefined,
      borderRadius: 'var(--mantine-radius-md)',
      background: checked ? 'var(--mantine-color-corium-0)' : 'var(--mantine-color-white)',
      paddingInline: rem(12),
    },
    inner: { marginTop: rem(10) },
    labelWrapper: { flex: 1 },
    label: { paddingBlock: rem(10) },
  };
}
