import { useCallback } from 'react';
import { Text } from '@mantine/core';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { CopyList } from './CopyList';
import { privacyApi } from './privacy-api';

/** Every copy asked for lately; only the admin who asked downloads theirs. */
export function ClinicCopies() {
  const load = useCallback(() => privacyApi.copies(), []);
  const { resource, reload } = useResource(load);
  if (resource.status === 'loading') return <SectionLoader label="Loading copies of records…" />;
  if (resource.status === 'failed')
    return (
      <LoadProblem title="Copies of records could not be loaded" error={resource.error} onRetry={reload} />
    );
  if (resource.data.exports.length === 0)
    return (
      <Text>No copies asked for yet. Ask for one from a patient’s record, under “Patient’s rights”.</Text>
    );
  return <CopyList copies={resource.data.exports} showPatient />;
}
