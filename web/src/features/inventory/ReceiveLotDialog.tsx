import { useState } from 'react';
import { Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import type { StockProduct } from '@corium/contracts';
import { FormProblem } from '../../ui/FormProblem';
import { useSave } from '../clinic-setup/use-save';
import { DialogButtons } from './AdjustLotDialog';
import { inventoryApi } from './inventory-api';

interface ReceiveLotDialogProps {
  product: StockProduct;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}

const blank = { lotNumber: '', expiresOn: '', quantity: '' as number | string, supplier: '' };

/** A delivery of one lot: number, expiry, units and supplier. An expired lot is refused. */
export function ReceiveLotDialog({ product, opened, onClose, onDone }: ReceiveLotDialogProps) {
  const [value, setValue] = useState(blank);
  const { busy, problem, fields, save } = useSave();
  const close = () => {
    setValue(blank);
    onClose();
  };
  async function submit() {
    const body = {
      lotNumber: value.lotNumber.trim(),
      expiresOn: value.expiresOn,
      quantity: Number(value.quantity),
      ...(value.supplier.trim() && { supplier: value.supplier.trim() }),
    };
    if (await save(() => inventoryApi.receiveLot(product.id, body))) {
      onDone();
      close();
    }
  }
  return (
    <Modal opened={opened} onClose={close} title={`Receive a lot of ${product.name}`} centered>
      <form onSubmit={(e) => (e.preventDefault(), void submit())}>
        <Stack gap="md">
          <LotFields value={value} onChange={setValue} fields={fields} />
          <FormProblem message={problem} />
          <DialogButtons busy={busy} onCancel={close} label="Receive lot" />
        </Stack>
      </form>
    </Modal>
  );
}

type Draft = typeof blank;

function LotFields({
  value,
  onChange: setValue,
  fields,
}: {
  value: Draft;
  onChange: (next: Draft) => void;
  fields: Record<string, string>;
}) {
  return (
    <>
      <TextInput
        label="Lot number"
        required
        value={value.lotNumber}
        onChange={(e) => setValue({ ...value, lotNumber: e.currentTarget.value })}
        error={fields.lotNumber}
      />
      <TextInput
        label="Expiry date"
        type="date"
        required
        value={value.expiresOn}
        onChange={(e) => setValue({ ...value, expiresOn: e.currentTarget.value })}
        error={fields.expiresOn}
      />
      <NumberInput
        label="Units received"
        required
        min={1}
        allowDecimal={false}
        value={value.quantity}
        onChange={(quantity) => setValue({ ...value, quantity })}
        error={fields.quantity}
      />
      <TextInput
        label="Supplier"
        value={value.supplier}
        onChange={(e) => setValue({ ...value, supplier: e.currentTarget.value })}
        error={fields.supplier}
      />
    </>
  );
}
