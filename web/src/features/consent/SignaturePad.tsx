import { useId } from 'react';
import type { DrawnSignature } from '@corium/contracts';
import { Box, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconEraser } from '@tabler/icons-react';
import { useSignaturePad } from './use-signature-pad';

interface SignaturePadProps {
  /** After each stroke and after "Clear": the drawn signature, or null when the pad is empty. */
  onChange: (signature: DrawnSignature | null) => void;
  /** Why the signature cannot be used yet, shown under the pad. */
  error?: string | null;
  disabled?: boolean;
}

const PAD_HEIGHT = 200;

/** The line to sign on, a third of the way up: a guide only, drawn under the ink and never recorded. */
function SignHereLine() {
  return (
    <Box
      aria-hidden="true"
      pos="absolute"
      left={16}
      right={16}
      bottom={48}
      style={{ pointerEvents: 'none', borderBottom: '2px solid var(--mantine-color-gray-6)' }}
    >
      <Text component="span" pos="absolute" left={0} bottom={-26} size="sm" c="dimmed">
        ✕ Sign here
      </Text>
    </Box>
  );
}

interface PadSurfaceProps {
  canvasRef: (canvas: HTMLCanvasElement | null) => void;
  handlers: ReturnType<typeof useSignaturePad>['handlers'];
  drawn: boolean;
  disabled: boolean;
  error: string | null | undefined;
  errorId: string;
}

function PadSurface({ canvasRef, handlers, drawn, disabled, error, errorId }: PadSurfaceProps) {
  return (
    <Box
      pos="relative"
      h={PAD_HEIGHT}
      bg={disabled ? 'gray.1' : 'white'}
      style={{
        border: `2px solid var(--mantine-color-${error ? 'red-9' : 'gray-6'})`,
        borderRadius: 'var(--mantine-radius-md)',
        overflow: 'hidden',
      }}
    >
      <SignHereLine />
      <canvas
        ref={canvasRef}
        {...handlers}
        role="img"
        aria-label={drawn ? 'Signature pad with your signature' : 'Empty signature pad'}
        aria-describedby={error ? errorId : undefined}
        data-testid="signature-pad"
        style={{
          position: 'absolute',
          inset: 0,
          width: '100%',
          height: '100%',
          touchAction: 'none',
          cursor: disabled ? 'not-allowed' : 'crosshair',
        }}
      />
    </Box>
  );
}

/**
 * Where the patient draws their signature with a finger, a stylus or the mouse. The page does
 * not scroll while they draw on it (`touch-action: none`); a resize keeps what is drawn.
 */
export function SignaturePad({ onChange, error, disabled = false }: SignaturePadProps) {
  const { canvasRef, handlers, drawn, clear } = useSignaturePad(onChange, disabled);
  const labelId = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <Stack gap={6} role="group" aria-labelledby={labelId} aria-describedby={hintId}>
      <Text component="span" id={labelId} fw={500}>
        Your signature
      </Text>
      <Text id={hintId} size="sm" c="dimmed">
        Draw your signature in the box with your finger, a stylus or the mouse. Any mark you make yourself
        counts; it does not have to match your usual handwriting. If you cannot draw, ask the clinic’s staff
        to help you. Your typed name is recorded with it.
      </Text>
      <PadSurface
        canvasRef={canvasRef}
        handlers={handlers}
        drawn={drawn}
        disabled={disabled}
        error={error}
        errorId={errorId}
      />
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text id={errorId} size="sm" c="var(--mantine-color-error)" fw={error ? 500 : undefined}>
          {error}
        </Text>
        <Button
          variant="default"
          leftSection={<IconEraser size={18} aria-hidden="true" />}
          onClick={clear}
          disabled={disabled || !drawn}
        >
          Clear signature
        </Button>
      </Group>
      <VisuallyHidden role="status">{drawn ? 'Signature drawn.' : ''}</VisuallyHidden>
    </Stack>
  );
}
