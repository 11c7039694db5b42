/**
 * For notes that are not warnings: Mantine's light alert titles fall below 4.5:1 on their tinted
 * background (black passes), and an alert's default role would interrupt a screen reader.
 */
export const noteProps = {
  styles: { title: { color: 'var(--mantine-color-black)' } },
  role: 'note',
} as const;
