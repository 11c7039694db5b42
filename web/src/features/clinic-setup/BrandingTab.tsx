import { useCallback, useState } from 'react';
import {
  Anchor,
  Box,
  Button,
  ColorPicker,
  ColorSwatch,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useCurrentUser } from '../auth/session';
import { FormProblem } from '../../ui/FormProblem';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import {
  brandingApi,
  checkColour,
  coriumTeal,
  minimumContrast,
  ratioText,
  type ColourCheck,
} from './branding-api';
import { useSave } from './use-save';

/** Dark and mid colours that all reach 4.5:1 with white text, as starting points. */
const swatches = [coriumTeal, '#1d4ed8', '#5b2a86', '#9d174d', '#b42318', '#7a4b00', '#374151'];

/** The colour of the clinic's public pages, with a live preview and the contrast it reaches. */
export function BrandingTab() {
  const load = useCallback(() => brandingApi.load(), []);
  const { resource, reload } = useResource(load);
  if (resource.status === 'loading')
    return <SectionLoader label="Loading the colour of your public pages…" />;
  if (resource.status === 'failed') {
    return <LoadProblem title="The colour could not be loaded" error={resource.error} onRetry={reload} />;
  }
  return <BrandingForm saved={resource.data.brandColour} />;
}

function BrandingForm({ saved }: { saved: string | null }) {
  const clinicName = useCurrentUser().clinic.name;
  const [colour, setColour] = useState(saved ?? coriumTeal);
  const [savedNow, setSavedNow] = useState<string | null>(null);
  const status = useSave();
  const check = checkColour(colour);
  const shown = check.kind === 'not-a-colour' ? (saved ?? coriumTeal) : colour;

  const choose = (value: string) => {
    setColour(value);
    setSavedNow(null);
  };
  const save = async () => {
    const ok = await status.save(() => brandingApi.save({ brandColour: colour }));
    if (ok) setSavedNow(colour.toLowerCase());
  };

  return (
    <Stack gap="md" maw={720}>
      <Intro chosen={saved !== null || savedNow !== null} />
      <ColourFields colour={colour} shown={shown} error={status.fields.brandColour} onChoose={choose} />
      <ContrastLine check={check} />
      <PublicHeaderPreview colour={shown} clinicName={clinicName} />
      <Group>
        <Button onClick={() => void save()} loading={status.busy} disabled={check.kind !== 'readable'}>
          Save colour
        </Button>
        <Button variant="default" onClick={() => choose(coriumTeal)}>
          Use Corium’s teal
        </Button>
      </Group>
      <FormProblem message={status.problem} />
      {savedNow && (
        <Text role="status">
          Saved: your public pages now use {savedNow}.{' '}
          <Anchor href="/learn" target="_blank" underline="always">
            See them
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}

/** The colour as text (typed or pasted) and on a picker with swatches; both change the same value. */
function ColourFields({
  colour,
  shown,
  error,
  onChoose,
}: {
  colour: string;
  shown: string;
  error: string | undefined;
  onChoose: (value: string) => void;
}) {
  return (
    <Group align="flex-start" gap="xl">
      <TextInput
        label="Brand colour"
        description="As #rrggbb, e.g. #156b5e. Type it, or pick it on the right."
        value={colour}
        onChange={(event) => onChoose(event.currentTarget.value.trim())}
        leftSection={<ColorSwatch color={shown} size={18} aria-hidden="true" />}
        error={error}
        w={300}
      />
      <ColorPicker
        format="hex"
        value={shown}
        onChange={onChoose}
        swatches={swatches}
        swatchesPerRow={7}
        saturationLabel="Saturation and brightness"
        hueLabel="Hue"
      />
    </Group>
  );
}

function Intro({ chosen }: { chosen: boolean }) {
  return (
    <div>
      <Title order={2}>Colour of your public pages</Title>
      <Text c="dimmed">
        Your learning pages for patients (
        <Anchor href="/learn" underline="always">
          /learn
        </Anchor>
        ) use this colour for links and buttons.{' '}
        {chosen ? '' : 'Until you choose one, they use Corium’s teal.'}
      </Text>
    </div>
  );
}

/** The ratio as the colour changes, and why 4.5:1: announced politely, not on every keystroke's error. */
function ContrastLine({ check }: { check: ColourCheck }) {
  const words =
    check.kind === 'not-a-colour'
      ? 'Enter a colour as # and six letters or digits, e.g. #156b5e.'
      : check.kind === 'readable'
        ? `White text on this colour: ${ratioText(check.ratio)}. Easy to read (at least ${minimumContrast}:1 is needed).`
        : `White text on this colour: ${ratioText(check.ratio)}. Too light: at least ${minimumContrast}:1 is needed, so this colour cannot be saved. Choose a darker one.`;
  return (
    <div>
      <Text
        aria-live="polite"
        data-testid="contrast"
        fw={600}
        c={check.kind === 'readable' ? undefined : 'red.8'}
      >
        {words}
      </Text>
      <Text size="sm" c="dimmed">
        Buttons on your pages put white text on this colour, and links use it on white. The accessibility
        standard (WCAG 2.2 AA) asks for a contrast of at least {minimumContrast}:1 for normal text, so people
        with low vision can read both.
      </Text>
    </div>
  );
}

/** A public page's header and first lines in `colour`, drawn as the pages draw them. */
function PublicHeaderPreview({ colour, clinicName }: { colour: string; clinicName: string }) {
  const link = { color: colour, textDecoration: 'underline', textUnderlineOffset: '0.15em' };
  return (
    <Paper
      withBorder
      radius="md"
      style={{ overflow: 'hidden' }}
      role="group"
      aria-label="Preview of a public page"
    >
      <Group
        justify="space-between"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid #c9d1d3', background: '#fff' }}
      >
        <Text fw={650} c="#1b2428">
          {clinicName}
        </Text>
        <Group gap="md">
          <Text style={link}>Learn</Text>
          <Text style={link}>Your options compared</Text>
          <Text style={link}>Am I a candidate?</Text>
        </Group>
      </Group>
      <Stack gap="xs" p="md" style={{ background: '#fff' }}>
        <Text fw={700} fz="xl" c="#1b2428">
          Microneedling for acne scars
        </Text>
        <Text c="#4a555a">
          Small trials and reviews support it for dented scars. <span style={link}>Read the source</span>
        </Text>
        <Box
          data-testid="preview-button"
          style={{
            alignSelf: 'flex-start',
            background: colour,
            color: '#fff',
            borderRadius: 8,
            padding: '0.6rem 1.2rem',
            fontWeight: 650,
          }}
        >
          Book a consultation
        </Box>
      </Stack>
    </Paper>
  );
}
