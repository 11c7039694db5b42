/**
 * Loaded into a Corium process with `NODE_OPTIONS=--import=…/clock-shift.mjs` and
 * `CORIUM_E2E_NOW=<ISO instant>`: the process's clock starts at that instant and runs on at the
 * normal rate, so a journey can sign a chart on a Tuesday and answer its day-3 check-in on the
 * Friday without waiting three days. Only e2e journeys load it; Corium itself never does.
 */
const target = Date.parse(process.env.CORIUM_E2E_NOW ?? '');

if (Number.isFinite(target)) {
  const RealDate = Date;
  const offset = target - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
