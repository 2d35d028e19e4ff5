import { RunningTimer } from '@/components/running-timer';
import type { Client, TimeEntry } from '@/utils/model/types';
import { useNow } from '@/utils/ui/use-now';

interface TimerViewProps {
  entry: TimeEntry;
  client: Client | undefined;
  busy: boolean;
  onStop(): void;
}

/** The running timer, ticking every second; only this part of the popup re-renders each tick. */
export function TimerView({ entry, client, busy, onStop }: TimerViewProps) {
  const now = useNow(1000);
  return (
    <RunningTimer
      client={client}
      start={entry.start}
      now={Math.max(now, entry.start)}
      activityType={entry.activityType}
      busy={busy}
      onStop={onStop}
    />
  );
}
