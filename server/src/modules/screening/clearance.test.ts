import { clearIntakeAnswers } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { clearance, findingsNeedingOverride, overrideCheck } from './clearance';
import { evaluate } from './engine';
import { adult, daysBefore, plan, screen, without } from './engine/screening.fixtures';
import { defaultRuleSet, defaultRuleSetData } from './rule-sets/default-rule-set';
import { parseRuleSet } from './rule-sets/rule-set.schema';

const toxinLastWeek = { botulinum_toxin_last_date: daysBefore(7) };

describe('findings that need an override', () => {
  it('a clear result needs none and is clear to treat', () => {
    const result = screen({});
    const needs = findingsNeedingOverride(defaultRuleSet, result, 'booking');
    expect(needs).toEqual([]);
    expect(clearance(result, needs, [])).toEqual({ status: 'clear_to_treat', awaitingOverride: [] });
  });

  it('every needs-doctor finding needs one, INCOMPLETE and DEPTH included, on every occasion', () => {
    const result = evaluate(
      defaultRuleSet,
      { ...without('allergies'), anticoagulants: true },
      adult,
      plan({ maxDepthMm: 2.5 }),
    );
    for (const occasion of ['review', 'booking', 'day_of'] as const) {
      expect(findingsNeedingOverride(defaultRuleSet, result, occasion).sort()).toEqual([
        'C16',
        'DEPTH',
        'INCOMPLETE',
      ]);
    }
  });

  it('a warn needs one only where its rule says so, and only at booking or on the day (C12, C13)', () => {
    const result = screen({ ...toxinLastWeek, filler_last_date: daysBefore(3), bleeding_supplements: true });
    expect(result.findings.map((f) => [f.ruleId, f.level])).toEqual([
      ['C12', 'warn'],
      ['C13', 'warn'],
      ['C17', 'warn'],
    ]);
    expect(findingsNeedingOverride(defaultRuleSet, result, 'review')).toEqual([]);
    expect(findingsNeedingOverride(defaultRuleSet, result, 'booking')).toEqual(['C12', 'C13']);
    expect(findingsNeedingOverride(defaultRuleSet, result, 'day_of')).toEqual(['C12', 'C13']);
  });

  it('a review with only such warns is clear to treat; the same result at booking awaits an override', () => {
    const result = screen(toxinLastWeek);
    expect(clearance(result, findingsNeedingOverride(defaultRuleSet, result, 'review'), [])).toEqual({
      status: 'clear_to_treat',
      awaitingOverride: [],
    });
    expect(clearance(result, findingsNeedingOverride(defaultRuleSet, result, 'booking'), [])).toEqual({
      status: 'awaiting_override',
      awaitingOverride: ['C12'],
    });
  });

  it('follows the rule set that produced the result: a clinic may drop the override for C12', () => {
    const relaxed = parseRuleSet({
      ...defaultRuleSetData,
      rules: defaultRuleSetData.rules.map((r) =>
        r.id === 'C12' ? { ...r, bookingNeedsOverride: false } : r,
      ),
    });
    const result = evaluate(relaxed, { ...clearIntakeAnswers, ...toxinLastWeek }, adult, plan());
    expect(findingsNeedingOverride(relaxed, result, 'booking')).toEqual([]);
  });

  it('never lists a block: no override can clear it', () => {
    const result = screen({ pregnant_or_breastfeeding: true, anticoagulants: true });
    expect(findingsNeedingOverride(defaultRuleSet, result, 'booking')).toEqual(['C16']);
  });
});

describe('clearance once overrides are signed', () => {
  const result = screen({ anticoagulants: true, keloid_history: true, ...toxinLastWeek });
  const needs = findingsNeedingOverride(defaultRuleSet, result, 'booking');

  it('awaits every override not yet signed, and is clear to treat when all are', () => {
    expect(needs).toEqual(['C08', 'C16', 'C12']);
    expect(clearance(result, needs, ['C16'])).toEqual({
      status: 'awaiting_override',
      awaitingOverride: ['C08', 'C12'],
    });
    expect(clearance(result, needs, ['C08', 'C12', 'C16'])).toEqual({
      status: 'clear_to_treat',
      awaitingOverride: [],
    });
  });

  it('stays blocked while a block finding stands, whatever was signed', () => {
    const blocked = screen({ active_cold_sore: true, anticoagulants: true });
    const blockedNeeds = findingsNeedingOverride(defaultRuleSet, blocked, 'day_of');
    expect(clearance(blocked, blockedNeeds, [])).toEqual({ status: 'blocked', awaitingOverride: ['C16'] });
    expect(clearance(blocked, blockedNeeds, ['C16'])).toEqual({ status: 'blocked', awaitingOverride: [] });
  });
});

describe('whether an override may be signed', () => {
  const result = screen({ anticoagulants: true, active_cold_sore: true, bleeding_supplements: true });
  const needs = findingsNeedingOverride(defaultRuleSet, result, 'booking');

  it('allows a finding that needs one and has none, at its level', () => {
    expect(overrideCheck(result, needs, [], 'C16')).toEqual({ allowed: true, level: 'needs-doctor' });
  });

  it.each([
    ['C02', [], 'block'],
    ['C17', [], 'not_needed'],
    ['C16', ['C16'], 'already_overridden'],
    ['C01', [], 'no_such_finding'],
  ] as const)('refuses %s (overridden: %j) as %s', (ruleId, overridden, why) => {
    expect(overrideCheck(result, needs, overridden, ruleId)).toEqual({ allowed: false, why });
  });
});
