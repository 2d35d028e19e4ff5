import type { TabContext } from '@/utils/pages/tab-context';
import { t } from '@/utils/i18n/messages';

/** Says which page the panel is working for, so the VA never tags the wrong thing. */
export function ContextHeader({ context }: { context: TabContext | null }) {
  let text: string;
  if (!context) text = t('contextLoading');
  else if (context.site === 'gmail') text = t('contextGmail', [context.account]);
  else if (context.site === 'calendar') text = t('contextCalendar', [context.account]);
  else text = t('contextOther');
  return (
    <p class="context" data-site={context?.site ?? 'loading'} aria-live="polite">
      <span class={`context__dot context__dot--${context?.site ?? 'loading'}`} aria-hidden="true" />
      {text}
    </p>
  );
}
