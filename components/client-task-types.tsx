import type { ClientDraft } from '@/utils/clients/draft';
import { t } from '@/utils/i18n/messages';
import { TextField } from './field';

type TaskDrafts = ClientDraft['taskTypes'];

/** The client's fixed-fee tasks: a name and a fee each, added and removed in place. */
export function ClientTaskTypes(props: {
  idPrefix: string;
  tasks: TaskDrafts;
  currency: string;
  errors: readonly string[];
  /** Applies a change to the tasks as they are when it lands. */
  onChange(update: (tasks: TaskDrafts) => TaskDrafts): void;
}) {
  const { tasks, onChange } = props;
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const setTask = (index: number, patch: Partial<TaskDrafts[number]>) =>
    onChange((all) => all.map((task, i) => (i === index ? { ...task, ...patch } : task)));
  return (
    <fieldset class="task-types">
      <legend>{t('clientTaskTypes')}</legend>
      <p class="field__hint">{t('clientTaskTypesHint')}</p>
      {tasks.map((task, index) => (
        <div class="row task-type" key={task.id}>
          <TextField
            id={id(`task-name-${index}`)}
            label={t('taskName')}
            value={task.name}
            onValue={(value) => setTask(index, { name: value })}
          />
          <TextField
            id={id(`task-fee-${index}`)}
            label={t('taskFee', [props.currency])}
            inputMode="decimal"
            value={task.fee}
            onValue={(value) => setTask(index, { fee: value })}
          />
          <button
            type="button"
            class="task-type__remove"
            aria-label={t('removeTaskNamed', [task.name || String(index + 1)])}
            onClick={() => onChange(() => tasks.filter((_, i) => i !== index))}
          >
            {t('remove')}
          </button>
        </div>
      ))}
      {props.errors.map((m) => (
        <p key={m} class="field__errors">
          {m}
        </p>
      ))}
      <button
        type="button"
        onClick={() => onChange(() => [...tasks, { id: crypto.randomUUID(), name: '', fee: '' }])}
      >
        {t('addTaskType')}
      </button>
    </fieldset>
  );
}
