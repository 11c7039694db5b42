import type { AdverseEventTerm } from '@corium/contracts';

/**
 * Plain labels of the adverse-event terms (clinical-reference §5.1 effects beyond their
 * expected course, §5.2 complications, §5.3 emergencies), as printed on the report.
 */
export const adverseEventTermLabels: Record<AdverseEventTerm, string> = {
  erythema_prolonged: 'Erythema beyond the expected course',
  oedema_prolonged: 'Oedema beyond the expected course',
  pain: 'Pain / burning beyond the expected course',
  dryness_flaking: 'Dryness / desquamation beyond the expected course',
  pruritus: 'Pruritus',
  bruising: 'Bruising',
  acneiform_eruption_milia: 'Acneiform eruption / milia',
  lymphadenopathy: 'Tender local lymphadenopathy',
  irritant_contact_dermatitis: 'Irritant contact dermatitis',
  allergic_contact_dermatitis: 'Allergic contact dermatitis',
  post_inflammatory_hyperpigmentation: 'Post-inflammatory hyperpigmentation',
  hypopigmentation: 'Hypopigmentation',
  bacterial_infection: 'Bacterial infection (impetiginisation, cellulitis)',
  atypical_mycobacterial_infection: 'Atypical (non-tuberculous) mycobacterial infection',
  herpes_simplex_reactivation: 'Herpes simplex reactivation',
  tram_track_scarring: 'Tram-track (linear/grid) scarring',
  hypertrophic_or_keloid_scarring: 'Hypertrophic or keloid scarring',
  granulomatous_reaction: 'Granulomatous reaction',
  anaesthetic_toxicity: 'Topical anaesthetic toxicity',
  anaphylaxis: 'Anaphylaxis',
  orbital_periorbital_cellulitis: 'Orbital / periorbital cellulitis',
  blood_borne_virus_transmission: 'Blood-borne virus transmission',
  rf_burn: 'Burn (RF microneedling)',
  fat_atrophy: 'Fat atrophy (RF microneedling)',
  nerve_injury: 'Nerve injury',
  other: 'Other',
};

export const seriousnessLabels: Record<string, string> = {
  death: 'Resulted in death',
  life_threatening: 'Life-threatening',
  hospitalisation: 'Required or prolonged hospitalisation',
  disability: 'Persistent or significant disability',
  congenital_anomaly: 'Congenital anomaly',
  medically_important: 'Other medically important condition',
};

export const severityLabels = [
  '',
  '1 — mild',
  '2 — moderate',
  '3 — severe',
  '4 — life-threatening',
  '5 — death',
];
