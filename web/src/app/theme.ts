import {
  Alert,
  Button,
  Card,
  Fieldset,
  Input,
  Modal,
  NavLink,
  PasswordInput,
  RadioGroup,
  Select,
  Textarea,
  TextInput,
  createTheme,
  rem,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineSize,
} from '@mantine/core';

/** A calm clinical teal. Shade 7 (white text 6.4:1) is the one used for filled buttons and links. */
const corium: MantineColorsTuple = [
  '#e8f5f2',
  '#d3ebe5',
  '#a8d6cb',
  '#7bbfb0',
  '#52a897',
  '#339382',
  '#1f7f6f',
  '#156b5e',
  '#0e5a4f',
  '#084940',
];

// Inter when the device has it; nothing is downloaded.
const fontStack =
  'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Tablets in the treatment room are used with gloves: controls stay at least 44px tall. */
const touchHeight = rem(44);

function touchSized(size: MantineSize | (string & {}) | undefined): string | undefined {
  return size === undefined || size === 'sm' || size === 'md' ? touchHeight : undefined;
}

/**
 * Corium marks optional fields in words, never required ones with an asterisk: most fields
 * are required, and a label stays exactly what it says ("Password", not "Password *").
 * Inputs still carry the `required` attribute for assistive technology.
 */
const noAsterisk = { defaultProps: { withAsterisk: false } };

export const theme = createTheme({
  primaryColor: 'corium',
  primaryShade: { light: 7, dark: 5 },
  colors: { corium },
  fontFamily: fontStack,
  headings: { fontFamily: fontStack, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  respectReducedMotion: true,
  components: {
    Button: Button.extend({
      vars: (_theme, props) => ({ root: { '--button-height': touchSized(props.size) } }),
    }),
    Input: Input.extend({
      vars: (_theme, props) => ({ wrapper: { '--input-height': touchSized(props.size) } }),
    }),
    NavLink: NavLink.extend({
      styles: { root: { minHeight: touchHeight, borderRadius: 'var(--mantine-radius-md)' } },
    }),
    TextInput: TextInput.extend(noAsterisk),
    PasswordInput: PasswordInput.extend(noAsterisk),
    Select: Select.extend(noAsterisk),
    Textarea: Textarea.extend(noAsterisk),
    RadioGroup: RadioGroup.extend(noAsterisk),
    Fieldset: Fieldset.extend({
      styles: {
        legend: {
          fontWeight: 650,
          fontSize: 'var(--mantine-font-size-lg)',
          marginBottom: 'var(--mantine-spacing-xs)',
        },
      },
    }),
    // The close button is only an icon: it needs a name, and a glove-sized target.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close', size: 'xl' } } }),
    Card: Card.extend({ defaultProps: { withBorder: true, radius: 'lg', padding: 'lg' } }),
    Alert: Alert.extend({ defaultProps: { variant: 'light' } }),
  },
});

/**
 * Mantine's default grey text, placeholder, error and border colours fall below WCAG AA on
 * white; these replace them with shades that pass (text 4.5:1, borders 3:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': '#6c757d',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-default-border': 'var(--mantine-color-gray-6)',
    '--mantine-color-body': '#f7f9f9',
  },
  dark: {},
});
