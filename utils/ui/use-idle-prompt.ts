import { useEffect, useState } from 'preact/hooks';
import { idlePrompt } from '@/utils/db/timer-prompts';
import type { IdlePrompt } from '@/utils/model/results';

/** The idle question waiting for the VA, if any (set by the background when the VA comes back). */
export function useIdlePrompt(): IdlePrompt | null {
  const [prompt, setPrompt] = useState<IdlePrompt | null>(null);
  useEffect(() => {
    void idlePrompt.getValue().then(setPrompt);
    return idlePrompt.watch((value) => setPrompt(value));
  }, []);
  return prompt;
}
