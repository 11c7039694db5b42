import { allPayloads, payload, type Api } from './xss-store';

/** Ids the sweep's pages need: the patients and things the payloads were stored on. */
export interface ClinicalIds {
  portalPatientId: string;
  newPatientId: string | null;
  chart: { patientId: string; sessionId: string } | null;
  recallId: string | null;
}

interface PatientList {
  patients: { id: string }[];
}

/** Patient details and notes, a new patient, history, plans, stock, recalls and charts. */
export async function storeAsDirector(api: Api, portalPatientId: string): Promise<ClinicalIds> {
  const { patients } = await api.get<PatientList>('/api/patients');
  await storePatientText(api, portalPatientId);
  const created = await api.send<{ id: string }>('POST', '/api/patients', {
    givenName: payload(80),
    familyName: payload(80),
    dateOfBirth: '1988-04-04',
    sex: 'female',
    notes: allPayloads,
    confirmNotDuplicate: true,
  });
  const recallId = await storeStockText(api);
  const chart = await storeChartText(
    api,
    patients.map((p) => p.id),
  );
  await storeTimelineText(api);
  return { portalPatientId, newPatientId: created?.id ?? null, chart, recallId };
}

async function storePatientText(api: Api, patientId: string): Promise<void> {
  await api.send('PATCH', `/api/patients/${patientId}`, {
    givenName: payload(80),
    familyName: payload(80),
    phone: payload(40),
    address: payload(300),
    emergencyContact: { name: payload(120), phone: '+44 20 7946 0001', relationship: payload(60) },
    notes: allPayloads,
  });
  await api.send('POST', `/api/patients/${patientId}/medical-history`, {
    answers: { anticoagulants: false, allergies: [payload(200), payload(200)] },
  });
  const series = await api.send<{ id: string }>('POST', `/api/patients/${patientId}/treatment-series`, {
    concerns: ['acne_scars'],
    modality: 'microneedling',
    plannedDepthMm: { cheeks: 1 },
    notes: allPayloads,
  });
  // A stopped course shows its reason on the card.
  if (series)
    await api.send('POST', `/api/patients/${patientId}/treatment-series/${series.id}/stop`, {
      reason: payload(200),
    });
  await api.send('POST', `/api/patients/${patientId}/other-treatments`, {
    kind: 'other',
    date: '2026-01-10',
    zones: ['cheeks'],
    product: payload(200),
    notes: allPayloads,
    givenElsewhere: true,
  });
}

/** A product, its lot, a count correction, a device's maintenance and a recall of the lot. */
async function storeStockText(api: Api): Promise<string | null> {
  const product = await api.send<{ id: string }>('POST', '/api/inventory/products', {
    kind: 'glide_medium',
    name: payload(120),
    manufacturer: payload(120),
    sterileForNeedledSkin: true,
  });
  if (!product) return null;
  const lot = await api.send<{ id: string }>('POST', `/api/inventory/products/${product.id}/lots`, {
    lotNumber: payload(80),
    expiresOn: '2031-01-01',
    quantity: 10,
    supplier: payload(120),
  });
  if (!lot) return null;
  await api.send('POST', `/api/inventory/lots/${lot.id}/adjustments`, {
    reason: 'count_correction',
    change: 1,
    note: payload(500),
  });
  const recall = await api.send<{ id: string }>('POST', '/api/recalls', {
    kind: 'lot',
    lotId: lot.id,
    reason: allPayloads,
    reference: payload(120),
  });
  return recall?.id ?? null;
}

interface Sessions {
  sessions: { id: string; status: string }[];
}

/** An addendum and an adverse event on the first signed chart of the demo's patients. */
async function storeChartText(api: Api, patientIds: string[]): Promise<ClinicalIds['chart']> {
  for (const patientId of patientIds) {
    const { sessions } = await api.get<Sessions>(`/api/patients/${patientId}/sessions`);
    const signed = sessions.find((s) => s.status === 'signed');
    if (!signed) continue;
    const chart = `/api/patients/${patientId}/sessions/${signed.id}`;
    await api.send('POST', `${chart}/addenda`, { reason: payload(500), body: allPayloads });
    await api.send('POST', `/api/patients/${patientId}/adverse-events`, {
      sessionId: signed.id,
      term: 'other',
      termOther: payload(200),
      description: allPayloads,
      onsetDay: 2,
      severityGrade: 1,
      seriousness: [],
      treatmentGiven: allPayloads,
      outcome: 'recovering',
      causality: 'possible',
    });
    return { patientId, sessionId: signed.id };
  }
  return null;
}

interface Timeline {
  timeline: { stages: { expected: Record<string, string> }[]; messages?: { text: Record<string, string> }[] };
}

/** The aftercare timeline patients read, with payloads in its first stage's text. */
async function storeTimelineText(api: Api): Promise<void> {
  const current = await api.get<Timeline>('/api/aftercare/timeline');
  const timeline = structuredClone(current.timeline);
  timeline.stages[0]!.expected = { ...timeline.stages[0]!.expected, en: allPayloads };
  await api.send('POST', '/api/aftercare/timeline/versions', { changeNote: payload(500), timeline });
}
