import { photoScopes, type PhotoScopeChoices as Choices } from '@corium/contracts';
import { Checkbox, Fieldset, Stack, Text } from '@mantine/core';
import { photoScopeExplanations, photoScopeWords } from './consent-words';

interface PhotoScopeChoicesProps {
  value: Choices;
  onChange: (value: Choices) => void;
  error?: string;
  disabled?: boolean;
}

/**
 * The photography consent's three separate permissions. None is ticked for the patient: each
 * is their own choice, and any of them can be taken back later in the portal or at the clinic.
 */
export function PhotoScopeChoices({ value, onChange, error, disabled }: PhotoScopeChoicesProps) {
  return (
    <Fieldset legend="How may your photos be used?" variant="unstyled" disabled={disabled}>
      <Stack gap="md">
        <Text size="sm">
          Tick each use you agree to; leave the others. You can change these at any time, and a change applies
          at once.
        </Text>
        {photoScopes.map((scope) => (
          <Checkbox
            key={scope}
            size="md"
            label={photoScopeWords[scope]}
            description={photoScopeExplanations[scope].patient}
            checked={value[scope]}
            onChange={(event) => onChange({ ...value, [scope]: event.currentTarget.checked })}
          />
        ))}
        {error && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
