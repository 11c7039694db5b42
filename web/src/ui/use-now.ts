import { useEffect, useState } from 'react';

/** The current time, refreshed at the start of every minute, which is all a clock showing minutes needs. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    const untilNextMinute = 60_000 - (Date.now() % 60_000);
    let timer = window.setTimeout(function tick() {
      setNow(new Date());
      timer = window.setTimeout(tick, 60_000 - (Date.now() % 60_000));
    }, untilNextMinute);
    return () => window.clearTimeout(timer);
  }, []);

  return now;
}
