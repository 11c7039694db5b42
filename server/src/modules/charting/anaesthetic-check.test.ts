import { describe, expect, it } from 'vitest';
import { agentsOf, anaestheticRefusal, anaestheticWarnings } from './anaesthetic-check';

const at = (time: string) => new Date(`2026-12-01T${time}:00Z`);
const emla = { name: 'EMLA cream', strength: 'lidocaine 2.5% / prilocaine 2.5%', compounded: false };
const tetracaine = { name: 'Ametop gel', strength: 'tetracaine 4%', compounded: false };
const compounded = {
  name: 'BLT cream',
  strength: 'benzocaine 20% / lidocaine 6% / tetracaine 4%',
  compounded: true,
};

describe('anaestheticWarnings', () => {
  const face = { zones: ['cheeks', 'forehead'] as const, occluded: true };

  it('warns only past 60 minutes of contact', () => {
    expect(
      anaestheticWarnings({ ...face, appliedAt: at('09:00'), removedAt: at('10:00') }, at('11:00')),
    ).toEqual([]);
    const long = anaestheticWarnings(
      { ...face, appliedAt: at('09:00'), removedAt: at('10:05') },
      at('11:00'),
    );
    expect(long.map((w) => w.code)).toEqual(['contact_over_60_min']);
    expect(long[0]!.message).toContain('65 minutes');
  });

  it('counts an anaesthetic still on the skin up to now', () => {
    const on = { ...face, appliedAt: at('09:00'), removedAt: null };
    expect(anaestheticWarnings(on, at('09:59'))).toEqual([]);
    expect(anaestheticWarnings(on, at('10:02')).map((w) => w.code)).toEqual(['contact_over_60_min']);
  });

  it('warns when occlusion goes beyond the face and neck, not within them', () => {
    const times = { appliedAt: at('09:00'), removedAt: at('09:40') };
    expect(
      anaestheticWarnings({ ...times, zones: ['neck', 'periorbital'], occluded: true }, at('10:00')),
    ).toEqual([]);
    expect(
      anaestheticWarnings({ ...times, zones: ['neck', 'decolletage'], occluded: false }, at('10:00')),
    ).toEqual([]);
    const body = anaestheticWarnings(
      { ...times, zones: ['neck', 'decolletage'], occluded: true },
      at('10:00'),
    );
    expect(body.map((w) => w.code)).toEqual(['occlusion_beyond_face_and_neck']);
    expect(body[0]!.message).toContain('decolletage');
  });
});

describe('anaestheticRefusal', () => {
  it('names the agents a label carries, EMLA included', () => {
    expect(agentsOf({ name: 'EMLA', strength: null, compounded: false }).amide).toEqual([
      'lidocaine',
      'prilocaine',
    ]);
    expect(agentsOf(tetracaine)).toEqual({ amide: [], ester: ['tetracaine'] });
  });

  it('refuses an amide product to a patient allergic to lidocaine or prilocaine', () => {
    expect(anaestheticRefusal(emla, undefined, ['prilocaine'])).toMatchObject({ field: 'productId' });
    expect(anaestheticRefusal(emla, undefined, ['lidocaine', 'nickel'])?.message).toContain(
      'contains lidocaine',
    );
  });

  it('lets an ester-only product through for them, and refuses one whose agents are unknown', () => {
    expect(anaestheticRefusal(tetracaine, undefined, ['lidocaine'])).toBeNull();
    const unknown = { name: 'Numbing cream', strength: null, compounded: false };
    expect(anaestheticRefusal(unknown, undefined, ['lidocaine'])?.message).toContain('may contain');
    expect(anaestheticRefusal(unknown, undefined, ['nickel'])).toBeNull();
  });

  it('refuses a compounded product without its prescription', () => {
    expect(anaestheticRefusal(compounded, undefined, [])).toMatchObject({ field: 'prescriptionRef' });
    expect(anaestheticRefusal(compounded, 'Rx 2026-118', [])).toBeNull();
  });
});
