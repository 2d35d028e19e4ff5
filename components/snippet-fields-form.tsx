import type { FieldRequest } from '@/utils/snippets/variables';
import { t } from '@/utils/i18n/messages';
import { TextField } from './field';

/** The snippet's fill-in fields: a text to type or one option to choose each; Enter inserts. */
export function SnippetFieldsForm(props: {
  idPrefix: string;
  fields: readonly FieldRequest[];
  answers: Readonly<Record<string, string>>;
  onAnswer(key: string, value: string): void;
  onSubmit(): void;
}) {
  const { fields, answers, onAnswer } = props;
  const id = (name: string) => `${props.idPrefix}-${name}`;
  return (
    <form
      class="snippet-fields card"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <h3>{t('snippetFieldsHeading')}</h3>
      {fields.map((field, i) =>
        field.kind === 'ask' ? (
          <TextField
            key={field.key}
            id={id(`field-${i}`)}
            label={field.label}
            type="text"
            value={answers[field.key] ?? ''}
            onValue={(value) => onAnswer(field.key, value)}
          />
        ) : (
          <fieldset class="snippet-choice" key={field.key}>
            <legend>{t('snippetChooseLegend')}</legend>
            {field.options.map((option, j) => (
              <div class="field field--check" key={option}>
                <input
                  id={id(j === 0 ? `field-${i}` : `field-${i}-${j}`)}
                  type="radio"
                  name={id(`field-${i}`)}
                  checked={answers[field.key] === option}
                  onChange={() => onAnswer(field.key, option)}
                />
                <label for={id(j === 0 ? `field-${i}` : `field-${i}-${j}`)}>{option}</label>
              </div>
            ))}
          </fieldset>
        ),
      )}
      {/* Enter in a field inserts. */}
      <button type="submit" hidden tabIndex={-1} />
    </form>
  );
}
