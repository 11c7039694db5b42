import { describe, expect, it } from 'vitest';
import { zipArchive } from './zip';
import { readZip } from './zip-test-kit';

const at = new Date('2026-11-28T09:30:14Z');

describe('zipArchive', () => {
  it('writes an archive whose files come back byte for byte, with UTF-8 names', () => {
    const text = Buffer.from('Zoë Müller — '.repeat(200), 'utf8');
    const random = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7919) % 251));
    const files = readZip(
      zipArchive(
        [
          { name: 'record.fhir.json', data: text },
          { name: 'consents/größe.pdf', data: random },
          { name: 'empty.txt', data: Buffer.alloc(0) },
        ],
        at,
      ),
    );
    expect([...files.keys()]).toEqual(['record.fhir.json', 'consents/größe.pdf', 'empty.txt']);
    expect(files.get('record.fhir.json')!.equals(text)).toBe(true);
    expect(files.get('consents/größe.pdf')!.equals(random)).toBe(true);
    expect(files.get('empty.txt')!.length).toBe(0);
  });

  it('deflates what compresses and stores what does not', () => {
    const repetitive = Buffer.alloc(10_000, 'a');
    const archive = zipArchive([{ name: 'a.txt', data: repetitive }], at);
    expect(archive.length).toBeLessThan(500);
    expect(archive.readUInt16LE(8)).toBe(8);
    const tiny = zipArchive([{ name: 'b.txt', data: Buffer.from('b') }], at);
    expect(tiny.readUInt16LE(8)).toBe(0);
  });

  it('gives the same bytes for the same input, dated in MS-DOS fields', () => {
    const entries = [{ name: 'summary.pdf', data: Buffer.from('%PDF-1.7') }];
    const archive = zipArchive(entries, at);
    expect(archive.equals(zipArchive(entries, at))).toBe(true);
    // 09:30:14 → (9 << 11) | (30 << 5) | 7; 2026-11-28 → (46 << 9) | (11 << 5) | 28
    expect(archive.readUInt16LE(10)).toBe((9 << 11) | (30 << 5) | 7);
    expect(archive.readUInt16LE(12)).toBe((46 << 9) | (11 << 5) | 28);
  });

  it('refuses more files than the format without ZIP64 can count', () => {
    const many = Array.from({ length: 65_536 }, (_, i) => ({ name: `${i}`, data: Buffer.alloc(0) }));
    expect(() => zipArchive(many, at)).toThrow(/65,535/);
  });
});
