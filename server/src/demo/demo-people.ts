/**
 * Fictional people for the demo clinic. Names are deliberately varied (accents, apostrophes,
 * hyphens, several origins) so that search and sorting are exercised the way a real list is.
 */
export const givenNames = {
  female: [
    'Amélie',
    'Chloë',
    'Zoë',
    'Siobhán',
    'Aoife',
    'Priya',
    'Mei',
    'Yuki',
    'Fatima',
    'Noor',
    'Olivia',
    'Sophie',
    'Hannah',
    'Grace',
    'Isabella',
    'Lucía',
    'María José',
    'Ana',
    'Björk',
    'Ingrid',
    'Agnieszka',
    'Zuzana',
    'Adaeze',
    'Chiamaka',
    'Thandiwe',
    'Leilani',
    'Rosa',
  ],
  male: [
    'José',
    'Mateo',
    'Liam',
    'Noah',
    'Oliver',
    'Raj',
    'Arjun',
    'Hiroshi',
    'Omar',
    'Yusuf',
    'Seán',
    'Ciarán',
    'Lars',
    'Søren',
    'Tomás',
    'Kwame',
    'Chinedu',
    'Dmitri',
    'Luca',
    'Ethan',
  ],
} as const;

export const familyNames = [
  "O'Brien",
  'Müller',
  'García',
  'Fernández',
  'Nowak',
  'Kowalczyk',
  'Nguyen',
  'Tanaka',
  'Kim',
  'Patel',
  'Sharma',
  'Okafor',
  'Mensah',
  'Haddad',
  'Rahman',
  'Johansson',
  'Nielsen',
  'Dubois',
  'Lefèvre',
  'Rossi',
  'Bianchi',
  'Smith',
  'Jones',
  'Williams',
  'Brown-Taylor',
  'Murphy',
  'Kelly',
  'Walsh',
  'Ivanova',
  'Schmidt',
  'Yılmaz',
  'Costa',
  'Silva',
  'Chen',
  'Wang',
] as const;

export const staff = [
  { role: 'admin', displayName: 'Alex Morgan', email: 'admin@demo.corium.clinic', isPrescriber: false },
  {
    role: 'medical_director',
    displayName: 'Dr Helena Varga',
    email: 'director@demo.corium.clinic',
    isPrescriber: true,
  },
  {
    role: 'practitioner',
    displayName: 'Nurse Priya Shah',
    email: 'priya@demo.corium.clinic',
    isPrescriber: true,
  },
  { role: 'practitioner', displayName: 'Sam Okoye', email: 'sam@demo.corium.clinic', isPrescriber: false },
  {
    role: 'front_desk',
    displayName: 'Jordan Lee',
    email: 'frontdesk@demo.corium.clinic',
    isPrescriber: false,
  },
] as const;

/** Every demo account shares one password, printed at start-up. Demo data only. */
export const DEMO_PASSWORD = 'demo-clinic-passphrase';

/**
 * Staff sign in with a TOTP code as everywhere else in Corium. Demo staff share this published
 * secret, already enrolled: add it to any authenticator app (or scan the demo's printed URL).
 */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPCORIUMDEMOCLINIC';
