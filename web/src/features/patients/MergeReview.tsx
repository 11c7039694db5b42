import { useCallback, useState } from 'react';
import {
  mergePatientsRequest,
  type MergePreview,
  type MergeResult,
  type PatientSummary,
} from '@corium/contracts';
import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { describeError, isApiError } from '../../lib/api';
import { schemaErrors } from '../../lib/form-errors';
import { patientName } from '../patient-record/ContactDetails';
import { FormProblem } from '../../ui/FormProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { mergeApi } from './merge-api';
import { MergeComparison } from './MergeComparison';
import { MergeMoves } from './MergeMoves';

interface MergeReviewProps {
  survivorId: string;
  duplicate: PatientSummary;
  onBack: () => void;
  onMerged: (result: MergeResult) => void;
}

interface Problems {
  reason?: string;
  form: string | null;
}

function refusal(error: unknown): Problems {
  if (isApiError(error, 'VALIDATION_FAILED')) {
    const issue = error.fieldIssues.find((field) => field.path === 'reason');
    if (issue) return { reason: issue.message, form: null };
  }
  return { form: describeError(error) };
}

/** The reason is checked here first, so a short one is explained beside the field before anything is sent. */
function useMerge({ survivorId, duplicate, onMerged }: MergeReviewProps) {
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problems>({ form: null });
  const [busy, setBusy] = useState(false);

  async function merge() {
    const body = { duplicateId: duplicate.id, reason };
    const reasonError = schemaErrors(mergePatientsRequest, body, {
      reason: 'Say why these two records are the same person',
    }).reason;
    setProblems({ reason: reasonError, form: null });
    if (reasonError) return;
    setBusy(true);
    try {
      onMerged(await mergeApi.merge(survivorId, mergePatientsRequest.parse(body)));
    } catch (error) {
      setProblems(refusal(error));
      setBusy(false);
    }
  }

  return { reason, setReason, problems, busy, merge };
}

/** The chosen duplicate beside the kept record, what merging will do, and the reason for it. */
export function MergeReview(props: MergeReviewProps) {
  const { survivorId, duplicate, onBack } = props;
  const load = useCallback(() => mergeApi.preview(survivorId, duplicate.id), [survivorId, duplicate.id]);
  const { resource, reload } = useResource(load);

  if (resource.status === 'loading') return <SectionLoader label="Comparing the two records…" />;
  if (resource.status === 'failed') {
    return (
      <Stack gap="md" align="flex-start">
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden="true" />}
          title={
            isApiError(resource.error, 'CONFLICT')
              ? 'These records cannot be merged'
              : 'The records could not be compared'
          }
        >
          {describeError(resource.error)}
        </Alert>
        <Group gap="sm">
          <Button variant="default" onClick={onBack}>
            Choose another record
          </Button>
          {!isApiError(resource.error, 'CONFLICT') && <Button onClick={reload}>Try again</Button>}
        </Group>
      </Stack>
    );
  }
  return <ReviewForm {...props} preview={resource.data} />;
}

function ReviewForm(props: MergeReviewProps & { preview: MergePreview }) {
  const { preview, onBack } = props;
  const { reason, setReason, problems, busy, merge } = useMerge(props);
  const duplicateName = patientName(preview.duplicate);
  return (
    <Stack gap="lg">
      <MergeComparison
        survivor={preview.survivor}
        duplicate={preview.duplicate}
        filled={preview.moves.filled}
      />
      <MergeMoves moves={preview.moves} duplicateName={duplicateName} />
      <Textarea
        label="Why these are the same person"
        description="At least 10 characters, e.g. “Registered twice at the desk; same date of birth and phone”. Kept on the merged record."
        required
        autosize
        minRows={2}
        maxRows={6}
        value={reason}
        error={problems.reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
      <FormProblem message={problems.form} title="The records were not merged" />
      <Group justify="space-between" gap="sm">
        <Button variant="default" onClick={onBack} disabled={busy}>
          Back to the search
        </Button>
        <Button color="red.9" loading={busy} onClick={() => void merge()}>
          Merge {duplicateName} into this record
        </Button>
      </Group>
    </Stack>
  );
}
