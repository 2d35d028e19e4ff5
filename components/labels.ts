import type { RoundingStep } from '../utils/db/types';
import { t } from '../utils/i18n/messages';

export function roundingLabel(step: RoundingStep | number): string {
  return step === 0 ? t('roundingNone') : t('roundingUpTo', [step]);
}
