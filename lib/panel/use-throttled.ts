/**
 * A value shown at most once per `ms`: a change after a quiet spell shows at once, and during a
 * burst the latest value shows at the end of each interval (never lost, only late by < `ms`).
 * The side panel's stream record changes with every capture and label batch (hundreds of times a
 * second at 200 msg/s); the sections that only show counts, the queue and the recommender's card
 * need it a few times a second, not per batch (the live feed reads its own, per batch).
 */
import { useEffect, useRef, useState } from 'react';
import { throttleWait } from './throttle';

export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  latest.current = value;
  const shownAt = useRef(Number.NEGATIVE_INFINITY);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (Object.is(value, shown) || timer.current !== null) return;
    const flush = () => {
      timer.current = null;
      shownAt.current = performance.now();
      setShown(() => latest.current);
    };
    const wait = throttleWait(shownAt.current, performance.now(), ms);
    if (wait === 0) flush();
    else timer.current = setTimeout(flush, wait);
  }, [value, shown, ms]);
  useEffect(() => () => {
    if (timer.current !== null) clearTimeout(timer.current);
  }, []);
  return shown;
}
