import { useTranslation } from 'react-i18next';
import { moodWord, STRIP, type StripData } from '@/lib/panel/strip-data';

const pct = (x: number) => Math.round(x * 100);

/** Mood over the last minutes: a bar from −1 (left) to +1 (right) with a word for it. */
export function MoodGauge({ mood }: { mood: StripData['mood'] }) {
  const { t } = useTranslation('panel');
  const word = moodWord(mood.value, mood.negative);
  const pos = mood.value === null ? 50 : ((mood.value + 1) / 2) * 100;
  return (
    <div
      className={`gauge mood-${word ?? 'none'}`}
      data-testid="mood-gauge"
      data-mood={mood.value === null ? '' : mood.value.toFixed(2)}
      title={t('strip.moodTitle', { minutes: STRIP.MOOD_MINUTES, positive: pct(mood.positive), negative: pct(mood.negative), count: mood.labelled })}
    >
      <span className="strip-label">{t('strip.mood')}</span>
      <span className="strip-cell-body">
        <span className="gauge-track" aria-hidden>
          <span className="gauge-neg" style={{ width: `${pct(mood.negative)}%` }} />
          <span className="gauge-pos" style={{ width: `${pct(mood.positive)}%` }} />
          {mood.value !== null && <span className="gauge-needle" style={{ left: `${pos}%` }} />}
        </span>
        <span className="strip-value">{word ? t(`strip.moodWord.${word}`) : t('strip.moodNone')}</span>
      </span>
    </div>
  );
}
