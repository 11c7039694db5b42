import { useState } from 'react';
import { photoScopes, type PhotoScope, type PhotoScopeState } from '@corium/contracts';
import { Stack, Switch, VisuallyHidden } from '@mantine/core';
import { describeError } from '../../lib/api';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { FormProblem } from '../../ui/FormProblem';
import type { ConsentChannel } from './consent-api';
import { photoScopeExplanations, photoScopeWords, type Audience } from './consent-words';

interface PhotoScopeSwitchesProps {
  channel: ConsentChannel;
  scopes: PhotoScopeState[];
  /** Giving a use needs a valid photography consent; taking one back never does. */
  canGrant: boolean;
  audience: Audience;
  onChanged: (scopes: PhotoScopeState[]) => void;
}

function lastChange(state: PhotoScopeState | undefined, timeZone: string): string {
  if (!state?.changedAt) return 'Never allowed.';
  const by = state.changedBy ? ` by ${state.changedBy}` : '';
  return `${state.granted ? 'Allowed' : 'Not allowed'} since ${clinicDateTime(state.changedAt, timeZone)}${by}.`;
}

/**
 * One switch per photo use, each applied the moment it is flipped: taking a use back stops it
 * at once, and the change is recorded with who made it.
 */
export function PhotoScopeSwitches({
  channel,
  scopes,
  canGrant,
  audience,
  onChanged,
}: PhotoScopeSwitchesProps) {
  const { timeZone } = useCurrentUser().clinic;
  const [busy, setBusy] = useState<PhotoScope | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  async function change(scope: PhotoScope, granted: boolean) {
    setBusy(scope);
    setFailure(null);
    try {
      onChanged(await channel.changePhotoScope({ scope, granted }));
      setAnnouncement(`${photoScopeWords[scope]}: ${granted ? 'allowed' : 'no longer allowed'}.`);
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack gap="md">
      {photoScopes.map((scope) => {
        const state = scopes.find((s) => s.scope === scope);
        const granted = state?.granted ?? false;
        return (
          <Switch
            key={scope}
            size="md"
            label={photoScopeWords[scope]}
            description={`${photoScopeExplanations[scope][audience]} ${lastChange(state, timeZone)}`}
            checked={granted}
            disabled={busy !== null || (!granted && !canGrant)}
            onChange={(event) => void change(scope, event.currentTarget.checked)}
          />
        );
      })}
      <FormProblem message={failure} title="Not changed" />
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
    </Stack>
  );
}
