import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { photoMaxPixels } from '@corium/contracts';
import sharp from 'sharp';
import { photoBlobs } from '../../server/src/modules/photos/photo-blobs';
import { cleanPhoto, THUMBNAIL_EDGE } from '../../server/src/modules/photos/photo-pipeline';
import { bareSharp } from '../baselines/photo-baseline';
import { photoLikeJpeg } from '../fixtures/photo-like';
import { interleave, sideOf } from '../lib/ab';
import { repoRoot } from '../lib/corium';
import { medianOrNull, percentile } from '../lib/stats';
import type { BenchContext, SideSummary, Workload } from '../lib/types';

const TARGET_RATIO = 1.3;
const PEAK_LIMIT_MB = 512;
/** Issue 12's W6: time and memory against sharp alone. */
const W6_RATIO = 1.2;
const W6_RSS_RATIO = 2;

function settingsFor(ctx: BenchContext) {
  const smoke = ctx.mode === 'smoke';
  // 12 megapixels, 4:3, as a phone takes them.
  return { rounds: smoke ? 2 : 5, photosPerLeg: smoke ? 2 : 6, width: 4000, height: 3000 };
}

interface PhotoLeg {
  label: string;
  photos: number;
  msEach: number[];
  cpuMsPerPhoto: number;
  load1: number;
}

export const photoPipeline: Workload = {
  name: 'photo-pipeline',
  description:
    'Issue 9 and W6: one 12-megapixel JPEG through the whole upload pipeline in process (type by content, header ' +
    'and pixel-count check, one decode with EXIF orientation, full-size re-encode without metadata, thumbnail ' +
    'from the clean image, SHA-256, both files written with fsync and renamed into a blob store); baseline: ' +
    'sharp’s bare resize of the same file (full-size re-encode + 400 px thumbnail, defaults, no checks, no files).',
  target: [
    {
      text: `pipeline ≤ ${TARGET_RATIO}× bare sharp (p50 per photo; issue 9)`,
      check: (c, b) => {
        const ratio = (c.p50Ms ?? NaN) / (b.p50Ms ?? NaN);
        return { met: ratio <= TARGET_RATIO, actual: `${ratio.toFixed(2)}×` };
      },
    },
    {
      text: `pipeline ≤ ${W6_RATIO}× bare sharp (p50 per photo; W6)`,
      check: (c, b) => {
        const ratio = (c.p50Ms ?? NaN) / (b.p50Ms ?? NaN);
        return { met: ratio <= W6_RATIO, actual: `${ratio.toFixed(2)}×` };
      },
    },
    {
      text: `peak RSS of one 12 MP upload ≤ ${W6_RSS_RATIO}× a bare-sharp script (fresh processes; W6)`,
      check: (c, b) => {
        const ratio = (c.maxRssMbApp ?? NaN) / (b.maxRssMbApp ?? NaN);
        return { met: ratio <= W6_RSS_RATIO, actual: `${ratio.toFixed(2)}×` };
      },
    },
  ],
  run: async (ctx) => {
    const settings = settingsFor(ctx);
    const upload = await photoLikeJpeg(settings.width, settings.height);
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'corium-bench-photos-'));
    try {
      const blobs = photoBlobs({ dataDir });
      const sides = {
        contender: async () => {
          const clean = await cleanPhoto(upload);
          await blobs.put(clean.image);
          await blobs.put(clean.thumbnail);
        },
        baseline: async () => {
          await bareSharp(upload);
        },
      };
      await sides.contender(); // warm both (libvips' first call loads its modules)
      await sides.baseline();
      const legs = await interleave(
        settings.rounds,
        {
          contender: () => leg('contender', sides.contender, settings),
          baseline: () => leg('baseline', sides.baseline, settings),
        },
        ctx.log,
      );
      const peak = await peakRss(ctx, dataDir);
      const twelve = await twelveMegapixelPeaks(ctx, dataDir, upload);
      return {
        contender: summarize('Corium photo pipeline', sideOf(legs, 'contender'), twelve.pipelineMb),
        baseline: summarize('bare sharp resize', sideOf(legs, 'baseline'), twelve.bareMb),
        settings: {
          ...settings,
          uploadMb: upload.length / 2 ** 20,
          sharp: sharp.versions.sharp,
          vips: sharp.versions.vips,
        },
        legs,
        notes: [
          `Peak RSS of one upload of the largest accepted image (${peak.width} × ${peak.height}, ` +
            `${peak.uploadMb.toFixed(1)} MB JPEG) in a fresh process: ${peak.peakMb.toFixed(0)} MB ` +
            `(limit ${PEAK_LIMIT_MB} MB; ${(peak.beforeKb / 1024).toFixed(0)} MB with the file read, before the pipeline).`,
          'The contender also writes two files with fsync (the blob store’s durability), which the baseline does not: ' +
            'on a slow disk that shows in the ratio.',
          'RSS MB app is the harness process (both sides run in it). max RSS MB is the peak RSS (getrusage) of a ' +
            'fresh process taking one 12 MP upload through each side (W6): the pipeline with its blob store, ' +
            'against a script that only runs the bare sharp resize.',
          'W6 asks for a stripped original, a 1024 px preview and a 256 px thumbnail. Corium keeps two files, the ' +
            `stripped full-size image and a ${THUMBNAIL_EDGE} px thumbnail, and no preview: this measures what ` +
            'exists, and the baseline makes the same two outputs.',
        ],
      };
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};

async function leg(
  label: string,
  run: () => Promise<void>,
  settings: ReturnType<typeof settingsFor>,
): Promise<PhotoLeg> {
  const msEach: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < settings.photosPerLeg; i++) {
    const start = performance.now();
    await run();
    msEach.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuBefore);
  return {
    label,
    photos: msEach.length,
    msEach,
    cpuMsPerPhoto: (cpu.user + cpu.system) / 1000 / msEach.length,
    load1: os.loadavg()[0]!,
  };
}

/** Peak RSS (KB) of a fresh process taking `file` through the pipeline, or the bare sharp resize. */
async function peakOf(file: string, mode: 'pipeline' | 'bare') {
  const script = path.join(repoRoot, 'bench/fixtures/photo-peak-rss.ts');
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, file, mode], {
    cwd: repoRoot,
  });
  return JSON.parse(stdout) as { beforeKb: number; peakKb: number };
}

/** W6: one 12 MP upload in a fresh process, through the pipeline and through sharp alone. */
async function twelveMegapixelPeaks(ctx: BenchContext, dir: string, upload: Buffer) {
  ctx.log('  peak RSS: one 12 MP upload, pipeline and bare sharp, each in a fresh process');
  const file = path.join(dir, 'twelve.jpg');
  await writeFile(file, upload);
  const pipeline = await peakOf(file, 'pipeline');
  const bare = await peakOf(file, 'bare');
  return { pipelineMb: pipeline.peakKb / 1024, bareMb: bare.peakKb / 1024 };
}

/** The largest image accepted (photoMaxPixels, 3:2) through the pipeline in a fresh process. */
async function peakRss(ctx: BenchContext, dir: string) {
  ctx.log('  peak RSS: the largest accepted image in a fresh process');
  const width = Math.floor(Math.sqrt((photoMaxPixels * 3) / 2));
  const height = Math.floor(photoMaxPixels / width);
  const file = path.join(dir, 'largest.jpg');
  const largest = await photoLikeJpeg(width, height);
  await writeFile(file, largest);
  const out = await peakOf(file, 'pipeline');
  return {
    width,
    height,
    uploadMb: largest.length / 2 ** 20,
    beforeKb: out.beforeKb,
    peakMb: out.peakKb / 1024,
  };
}

function summarize(label: string, legs: PhotoLeg[], peakMb: number | null): SideSummary {
  const all = legs.flatMap((l) => l.msEach);
  return {
    label,
    op: 'photo',
    opsPerSec: medianOrNull(legs.map((l) => (l.photos * 1000) / l.msEach.reduce((a, b) => a + b, 0))),
    p50Ms: percentile(all, 50),
    p99Ms: percentile(all, 99),
    // cpuUsage counts libvips' worker threads too: the whole cost of a photo on this machine.
    cpuMsPerOpApp: medianOrNull(legs.map((l) => l.cpuMsPerPhoto)),
    cpuMsPerOpDb: null,
    rssMbApp: process.memoryUsage().rss / 2 ** 20,
    rssMbDb: null,
    maxRssMbApp: peakMb,
    load1: medianOrNull(legs.map((l) => l.load1)),
  };
}
