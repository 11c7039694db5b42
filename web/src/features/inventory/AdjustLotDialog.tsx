import { useState } from 'react';
import { Button, Group, Modal, NativeSelect, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import type { AdjustmentReason, StockLot } from '@corium/contracts';
import { FormProblem } from '../../ui/FormProblem';
import { useSave } from '../clinic-setup/use-save';
import { inventoryApi } from './inventory-api';
import { adjustmentLabels, optionsOf } from './stock-words';

interface AdjustLotDialogProps {
  lot: StockLot;
  onClose: () => void;
  onDone: () => void;
}

type Direction = 'remove' | 'add';

/**
 * Units damaged, expired or returned leave the stock; a count correction goes either way. The
 * person enters how many units; the sign follows from the reason (or, for a count, the choice).
 */
export function AdjustLotDialog({ lot, onClose, onDone }: AdjustLotDialogProps) {
  const [reason, setReason] = useState<AdjustmentReason>('damaged');
  const [direction, setDirection] = useState<Direction>('remove');
  const [units, setUnits] = useState<number | string>('');
  const [note, setNote] = useState('');
  const { busy, problem, fields, save } = useSave();
  const adds = reason === 'count_correction' && direction === 'add';
  async function submit() {
    const change = (adds ? 1 : -1) * Number(units);
    if (await save(() => inventoryApi.adjustLot(lot.id, { reason, change, note: note.trim() }))) {
      onDone();
      onClose();
    }
  }
  return (
    <Modal opened onClose={onClose} title={`Adjust lot ${lot.lotNumber}`} centered>
      <form onSubmit={(e) => (e.preventDefault(), void submit())}>
        <Stack gap="md">
          <Text>{lot.onHand} on hand now. Stock never goes below zero.</Text>
          <ReasonFields
            reason={reason}
            direction={direction}
            onReason={setReason}
            onDirection={setDirection}
          />
          <NumberInput
            label={adds ? 'Units to add' : 'Units to remove'}
            required
            min={1}
            allowDecimal={false}
            value={units}
            onChange={setUnits}
            error={fields.change}
          />
          <Textarea
            label="Note"
            description="What happened, for whoever reads the lot's history"
            required
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fields.note}
          />
          <FormProblem message={problem} />
          <DialogButtons busy={busy} onCancel={onClose} label="Save adjustment" />
        </Stack>
      </form>
    </Modal>
  );
}

interface ReasonFieldsProps {
  reason: AdjustmentReason;
  direction: Direction;
  onReason: (reason: AdjustmentReason) => void;
  onDirection: (direction: Direction) => void;
}

function ReasonFields({ reason, direction, onReason, onDirection }: ReasonFieldsProps) {
  return (
    <>
      <NativeSelect
        label="Reason"
        data={optionsOf(adjustmentLabels)}
        value={reason}
        onChange={(e) => onReason(e.currentTarget.value as AdjustmentReason)}
      />
      {reason === 'count_correction' && (
        <NativeSelect
          label="The count found"
          data={[
            { value: 'remove', label: 'Fewer units than recorded' },
            { value: 'add', label: 'More units than recorded' },
          ]}
          value={direction}
          onChange={(e) => onDirection(e.currentTarget.value as Direction)}
        />
      )}
    </>
  );
}

/** Cancel and the dialog's own submit button. */
export function DialogButtons({
  busy,
  onCancel,
  label,
}: {
  busy: boolean;
  onCancel: () => void;
  label: string;
}) {
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel} disabled={busy}>
        Cancel
      </Button>
      <Button type="submit" loading={busy}>
        {label}
      </Button>
    </Group>
  );
}
