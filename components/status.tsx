import { t } from '@/utils/i18n/messages';

export function Loading() {
  return (
    <p class="loading" role="status">
      {t('loading')}
    </p>
  );
}

export function LoadError({ error }: { error: Error }) {
  return (
    <p class="form-error" role="alert">
      {t('loadFailed', [error.message])}
    </p>
  );
}
