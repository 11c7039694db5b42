import os from 'node:os';
import autocannon from 'autocannon';
import type { ServerChild } from './child-server';
import { cpuDeltaMs, cpuSnapshot, kbToMb, samplePeaks } from './measure';
import { maxOrNull, medianOrNull, Samples } from './stats';
import type { SideSummary } from './types';

export interface HttpLoad {
  path: string;
  connections: number;
  durationS: number;
  /** Sent with every request (e.g. `authorization`); a request's own headers replace them. */
  headers?: Record<string, string>;
  /** Requests each connection cycles through in order; `setupRequest` varies ids and bodies. */
  requests?: autocannon.Request[];
}

/** One autocannon run against one server, with the CPU and memory its processes used meanwhile. */
export interface HttpLeg {
  label: string;
  requests: number;
  durationS: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  /** How many answers had each status other than 2xx, e.g. { "409": 3 }. */
  otherStatuses: Record<string, number>;
  errors: number;
  timeouts: number;
  bytesPerResponse: number;
  cpuMsApp: number;
  cpuMsDb: number | null;
  peakRssMbApp: number | null;
  peakRssMbDb: number | null;
  load1: number;
}

export async function httpLeg(server: ServerChild, load: HttpLoad): Promise<HttpLeg> {
  const cpuBefore = cpuSnapshot(server);
  const peaks = samplePeaks(server);
  const latencies = new Samples();
  const otherStatuses: Record<string, number> = {};
  const result = await runAutocannon(`${server.url}${load.path}`, load, latencies, otherStatuses);
  const memory = peaks.stop();
  const cpu = cpuDeltaMs(cpuBefore, cpuSnapshot(server));
  const { p50, p99 } = latencies.percentiles();
  return {
    label: server.label,
    requests: result.requests.total,
    durationS: result.duration,
    reqPerSec: result.requests.total / result.duration,
    p50Ms: p50,
    p99Ms: p99,
    non2xx: result.non2xx,
    otherStatuses,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
    cpuMsApp: cpu.appMs,
    cpuMsDb: cpu.dbMs,
    peakRssMbApp: kbToMb(memory.appRssKb),
    peakRssMbDb: kbToMb(memory.dbRssKb),
    load1: os.loadavg()[0]!,
  };
}

/**
 * autocannon's own latency histogram has 1 ms resolution, too coarse for a /healthz that
 * answers in about a millisecond; its `response` event carries the hrtime latency instead.
 */
function runAutocannon(
  url: string,
  load: HttpLoad,
  latencies: Samples,
  otherStatuses: Record<string, number>,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: load.connections,
        duration: load.durationS,
        pipelining: 1,
        timeout: 10,
        ...(load.headers ? { headers: load.headers } : {}),
        ...(load.requests ? { requests: load.requests } : {}),
      },
      (error: unknown, result) => (error ? reject(error as Error) : resolve(result)),
    );
    // The typings omit the first argument autocannon really passes (the client):
    // (client, statusCode, resBytes, responseTimeMs).
    instance.on('response', (...args: unknown[]) => {
      latencies.push(args[3] as number);
      const status = args[1] as number;
      if (status < 200 || status > 299) otherStatuses[status] = (otherStatuses[status] ?? 0) + 1;
    });
  });
}

/**
 * The side's medians over its legs (RSS: the highest leg's peak); CPU per request is each leg's
 * CPU over its requests.
 */
export function summarizeHttp(label: string, legs: HttpLeg[], maxRssMbApp: number | null): SideSummary {
  const perRequest = (ms: number | null, leg: HttpLeg) =>
    ms === null || !leg.requests ? null : ms / leg.requests;
  return {
    label,
    op: 'req',
    opsPerSec: medianOrNull(legs.map((leg) => leg.reqPerSec)),
    p50Ms: medianOrNull(legs.map((leg) => leg.p50Ms)),
    p99Ms: medianOrNull(legs.map((leg) => leg.p99Ms)),
    cpuMsPerOpApp: medianOrNull(legs.map((leg) => perRequest(leg.cpuMsApp, leg))),
    cpuMsPerOpDb: medianOrNull(legs.map((leg) => perRequest(leg.cpuMsDb, leg))),
    rssMbApp: maxOrNull(legs.map((leg) => leg.peakRssMbApp)),
    rssMbDb: maxOrNull(legs.map((leg) => leg.peakRssMbDb)),
    maxRssMbApp,
    load1: medianOrNull(legs.map((leg) => leg.load1)),
    failures: legs.reduce((sum, leg) => sum + leg.non2xx + leg.errors + leg.timeouts, 0),
  };
}
