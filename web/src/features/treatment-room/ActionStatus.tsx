import { Text } from '@mantine/core';
import { FormProblem } from '../../ui/FormProblem';
import type { ChartAction } from './use-chart-action';

/** Below a panel's buttons: the refusal in the server's words, or a quiet "Saved". */
export function ActionStatus({ action }: { action: ChartAction }) {
  return (
    <>
      <FormProblem message={action.problem} />
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {action.busy ? 'Saving…' : (action.saved ?? '')}
      </Text>
    </>
  );
}
