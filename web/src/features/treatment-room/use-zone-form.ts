import { useState } from 'react';
import { zoneTreatmentRequest, type SessionChart, type ZoneId } from '@corium/contracts';
import type { FieldErrors } from '../../lib/form-errors';
import { focusFirstError } from '../../ui/focus-first-error';
import { zoneWords } from './chart-words';
import { chartingApi, type SessionRef } from './charting-api';
import { useChartAction } from './use-chart-action';
import { capFor, draftFor, zoneErrors, zoneFields, zoneRequest, type ZoneDraft } from './zone-draft';

/** One zone's draft, its problems, and saving or removing it. */
export function useZoneForm(
  sessionRef: SessionRef,
  zone: ZoneId,
  chart: SessionChart,
  onChart: (c: SessionChart) => void,
) {
  const [draft, setDraft] = useState<ZoneDraft>(() => draftFor(zone, chart.zones, chart.depthCaps));
  const [errors, setErrors] = useState<FieldErrors>({});
  const action = useChartAction(onChart);
  const cap = capFor(chart.depthCaps, zone);

  const change = (part: Partial<ZoneDraft>) => {
    setDraft((current) => ({ ...current, ...part }));
    setErrors({});
    action.clear();
  };

  async function save() {
    const parsed = zoneTreatmentRequest.safeParse(zoneRequest(draft, cap));
    if (!parsed.success) {
      const found = zoneErrors(draft, cap);
      setErrors(found);
      focusFirstError(found, zoneFields);
      return;
    }
    const body = parsed.data;
    const saved = `${zoneWords[zone]} saved.`;
    const result = await action.run(() => chartingApi.saveZone(sessionRef, zone, body), saved, zoneFields);
    if (!result.ok) setErrors(result.fieldErrors);
  }

  const remove = () =>
    void action.run(() => chartingApi.deleteZone(sessionRef, zone), `${zoneWords[zone]} removed.`);

  return { draft, errors, cap, action, change, save, remove };
}
