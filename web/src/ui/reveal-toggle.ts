/**
 * Props for the show/hide button inside password fields. Mantine leaves it out of the tab
 * order; keyboard users need it too. Its name avoids repeating the field's label, so a
 * search for the "Password" label finds the field alone.
 */
export const revealToggle = { 'aria-label': 'Show characters', tabIndex: 0 };
