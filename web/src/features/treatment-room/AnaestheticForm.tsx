import { useState } from 'react';
import {
  anaestheticRequest,
  type AnaestheticRequest,
  type ChartingOptions,
  type ZoneId,
} from '@corium/contracts';
import { Button, Select, Stack, Switch, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { schemaErrors, type FieldErrors } from '../../lib/form-errors';
import { focusFirstError } from '../../ui/focus-first-error';
import { lotChoices } from './lot-choices';
import { Stepper } from './Stepper';
import type { RunResult } from './use-chart-action';
import { ZonesPicker } from './ZonesPicker';

interface AnaestheticFormProps {
  options: ChartingOptions;
  treated: ZoneId[];
  busy: boolean;
  onAdd: (body: AnaestheticRequest, fields: readonly string[]) => Promise<RunResult>;
}

const fields = ['productId', 'lotId', 'zones', 'prescriptionRef'] as const;

interface Draft {
  productId: string | null;
  lotId: string | null;
  zones: ZoneId[];
  occluded: boolean;
  minutesAgo: number;
  prescriptionRef: string;
}

const empty: Draft = {
  productId: null,
  lotId: null,
  zones: [],
  occluded: false,
  minutesAgo: 0,
  prescriptionRef: '',
};

/** `appliedAt` counts back from now: "applied 10 minutes ago" takes two taps, a clock time many more. */
function requestOf(draft: Draft, compounded: boolean, now: Date) {
  return {
    productId: draft.productId ?? undefined,
    ...(draft.lotId && { lotId: draft.lotId }),
    zones: draft.zones,
    occluded: draft.occluded,
    appliedAt: new Date(now.getTime() - draft.minutesAgo * 60_000).toISOString(),
    ...(compounded && { prescriptionRef: draft.prescriptionRef }),
  };
}

function useAnaestheticForm(options: ChartingOptions, onAdd: AnaestheticFormProps['onAdd']) {
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const product = options.products.find((p) => p.id === draft.productId);
  const change = (part: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...part }));
    setErrors({});
  };

  async function add() {
    const body = requestOf(draft, product?.compounded ?? false, new Date());
    const parsed = anaestheticRequest.safeParse(body);
    if (!parsed.success) {
      const found = schemaErrors(anaestheticRequest, body, {
        productId: 'Choose the anaesthetic',
        zones: 'Choose where it went on',
        prescriptionRef: 'A compounded anaesthetic needs its prescription',
      });
      setErrors(found);
      focusFirstError(found, fields);
      return;
    }
    const result = await onAdd(parsed.data, fields);
    if (result.ok) setDraft(empty);
    else setErrors(result.fieldErrors);
  }
  return { draft, errors, product, change, add };
}

type Form = ReturnType<typeof useAnaestheticForm>;

/** The product, its lot, and for a compounded one the prescription it was made under. */
function ProductFields({ form, options }: { form: Form; options: ChartingOptions }) {
  const { draft, errors, product, change } = form;
  const products = options.products.filter((p) => p.kind === 'anaesthetic');
  return (
    <>
      <Select
        label="Anaesthetic"
        required
        data={products.map((p) => ({ value: p.id, label: p.strength ? `${p.name}, ${p.strength}` : p.name }))}
        value={draft.productId}
        error={errors.productId}
        data-path="productId"
        onChange={(productId) => change({ productId, lotId: null })}
      />
      {product && (
        <Select
          label="Lot (optional)"
          clearable
          data={lotChoices(options, product.id)}
          value={draft.lotId}
          error={errors.lotId}
          data-path="lotId"
          onChange={(lotId) => change({ lotId })}
        />
      )}
      {product?.compounded && (
        <TextInput
          label="Prescription it was made under"
          description="A compounded anaesthetic is used only with a prescription on record."
          required
          value={draft.prescriptionRef}
          error={errors.prescriptionRef}
          data-path="prescriptionRef"
          onChange={(event) => change({ prescriptionRef: event.currentTarget.value })}
        />
      )}
    </>
  );
}

/** Records a topical anaesthetic as it goes on. */
export function AnaestheticForm({ options, treated, busy, onAdd }: AnaestheticFormProps) {
  const form = useAnaestheticForm(options, onAdd);
  const { draft, errors, change } = form;
  return (
    <Stack gap="sm">
      <ProductFields form={form} options={options} />
      <ZonesPicker
        label="Where it went on"
        value={draft.zones}
        treated={treated}
        error={errors.zones}
        path="zones"
        onChange={(zones) => change({ zones })}
      />
      <Switch
        size="lg"
        label="Under occlusion (covered with film)"
        checked={draft.occluded}
        onChange={(event) => change({ occluded: event.currentTarget.checked })}
      />
      <Stepper
        label="Applied"
        valueText={draft.minutesAgo === 0 ? 'Just now' : `${draft.minutesAgo} min ago`}
        canDecrease={draft.minutesAgo > 0}
        canIncrease={draft.minutesAgo < 120}
        onStep={(steps) => change({ minutesAgo: Math.max(0, draft.minutesAgo + steps * 5) })}
      />
      <Button
        size="lg"
        leftSection={<IconPlus size={20} aria-hidden="true" />}
        loading={busy}
        onClick={() => void form.add()}
        style={{ alignSelf: 'flex-start' }}
      >
        Record anaesthetic
      </Button>
    </Stack>
  );
}
