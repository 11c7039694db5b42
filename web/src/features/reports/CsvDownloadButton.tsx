import { useState } from 'react';
import { Button, Progress, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { ApiError, describeError } from '../../lib/api';
import { downloadBlob } from '../../ui/download-text';
import { fetchReportCsv, type CsvProgress } from './reports-api';

/** The server's sentence, a lost connection in plain words, or the download's own complaint. */
const failure = (error: unknown): string =>
  error instanceof ApiError || !(error instanceof Error)
    ? describeError(error)
    : error instanceof TypeError
      ? 'The connection was lost. Please try again.'
      : error.message;

type State =
  | { step: 'idle' }
  | { step: 'downloading'; progress: CsvProgress }
  | { step: 'done'; fileName: string }
  | { step: 'failed'; message: string };

/**
 * A report CSV as a download with a determinate progress bar: rows received of the rows the
 * server announced. The finished file is saved on the device; nothing is saved if it broke off.
 */
export function CsvDownloadButton({ label, url }: { label: string; url: string }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const start = async () => {
    setState({ step: 'downloading', progress: { rows: 0, of: null } });
    try {
      const { fileName, blob } = await fetchReportCsv(url, (progress) =>
        setState({ step: 'downloading', progress }),
      );
      downloadBlob(fileName, blob);
      setState({ step: 'done', fileName });
    } catch (error) {
      setState({ step: 'failed', message: failure(error) });
    }
  };
  const percent =
    state.step === 'downloading' && state.progress.of
      ? Math.min(100, (100 * state.progress.rows) / state.progress.of)
      : 0;
  return (
    <Stack gap={6} miw={260}>
      <Button
        variant="default"
        size="md"
        leftSection={<IconDownload size={18} aria-hidden="true" />}
        loading={state.step === 'downloading'}
        onClick={() => void start()}
      >
        {label}
      </Button>
      {state.step === 'downloading' && (
        <Progress value={percent} size="lg" aria-label={`${label}: ${Math.round(percent)} % downloaded`} />
      )}
      <div role="status" aria-live="polite">
        {state.step === 'downloading' && (
          <Text size="sm">
            {state.progress.of === null
              ? `${state.progress.rows} rows received…`
              : `${state.progress.rows} of ${state.progress.of} rows`}
          </Text>
        )}
        {state.step === 'done' && <Text size="sm">Saved {state.fileName}.</Text>}
        {state.step === 'failed' && (
          <Text size="sm" c="red.8">
            {state.message}
          </Text>
        )}
      </div>
    </Stack>
  );
}
