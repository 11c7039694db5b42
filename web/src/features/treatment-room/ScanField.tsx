import { useState } from 'react';
import { Loader, TextInput } from '@mantine/core';
import { IconBarcode } from '@tabler/icons-react';
import { describeError } from '../../lib/api';
import { chartingApi } from './charting-api';
import { scanOutcome, type ScanOutcome } from './scan-outcome';

interface ScanFieldProps {
  disabled: boolean;
  /** Called with a usable lot (and serial) or a lot that still needs its serial typed. */
  onOutcome: (outcome: Exclude<ScanOutcome, { kind: 'refused' }>) => Promise<void>;
}

/**
 * A keyboard-wedge scanner types the code and presses Enter; typing it by hand works the same.
 * The field empties once the code is used, ready for the next box.
 */
export function ScanField({ disabled, onOutcome }: ScanFieldProps) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function resolve() {
    const typed = code.trim();
    if (typed === '') return;
    setBusy(true);
    setProblem(null);
    try {
      const outcome = scanOutcome(await chartingApi.scanCartridge(typed));
      if (outcome.kind === 'refused') setProblem(outcome.message);
      else {
        await onOutcome(outcome);
        setCode('');
      }
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <TextInput
      label="Scan a cartridge"
      description="Scan the box or blister, or type its code and press Enter."
      size="lg"
      autoComplete="off"
      leftSection={<IconBarcode size={22} aria-hidden="true" />}
      rightSection={busy ? <Loader size="sm" aria-label="Looking up the code" /> : undefined}
      value={code}
      error={problem}
      disabled={disabled}
      onChange={(event) => {
        setCode(event.currentTarget.value);
        setProblem(null);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        if (!busy) void resolve();
      }}
    />
  );
}
