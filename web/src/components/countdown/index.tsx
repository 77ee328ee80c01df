/** Time left until an instant of the server's clock, ticking each second. Not a live region: a
 * screen reader would be told every second. */
import { useEffect, useState } from 'preact/hooks';
import { useTexts } from '../../i18n';

export const Countdown = ({ until, offset }: { until: string; offset: number }) => {
  const t = useTexts();
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + offset), 1000);
    return () => clearInterval(timer);
  }, [offset]);
  const left = Math.max(0, Math.floor((new Date(until).getTime() - now) / 1000));
  return <time dateTime={`PT${left}S`}>{t.countdown(Math.floor(left / 86400), Math.floor(left / 3600) % 24, Math.floor(left / 60) % 60, left % 60)}</time>;
};
