import { endpoints } from '@corium/contracts';
import { SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import type { FieldErrors } from '../../lib/form-errors';
import { endpointWords } from './chart-words';
import { ToggleButton } from './ToggleButton';
import type { ZoneDraft } from './zone-draft';

interface EndpointChoiceProps {
  draft: ZoneDraft;
  errors: FieldErrors;
  onChange: (change: Partial<ZoneDraft>) => void;
}

/** Three large buttons, one tap each; stopping early asks why. */
export function EndpointChoice({ draft, errors, onChange }: EndpointChoiceProps) {
  return (
    <Stack gap="xs">
      <Stack gap={4} role="group" aria-labelledby="endpoint-label" data-path="endpoint">
        <Text id="endpoint-label" fw={600} size="sm">
          Endpoint reached
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 3, md: 1, lg: 3 }} spacing="xs">
          {endpoints.map((endpoint) => (
            <ToggleButton
              key={endpoint}
              pressed={draft.endpoint === endpoint}
              onToggle={() => onChange({ endpoint })}
            >
              {endpointWords[endpoint]}
            </ToggleButton>
          ))}
        </SimpleGrid>
        {errors.endpoint && (
          <Text size="sm" c="var(--mantine-color-error)">
            {errors.endpoint}
          </Text>
        )}
      </Stack>
      {draft.endpoint === 'stopped_early' && (
        <Textarea
          label="Why it was stopped early"
          required
          autosize
          minRows={2}
          data-path="stoppedReason"
          value={draft.stoppedReason}
          error={errors.stoppedReason}
          onChange={(event) => onChange({ stoppedReason: event.currentTarget.value })}
        />
      )}
    </Stack>
  );
}
