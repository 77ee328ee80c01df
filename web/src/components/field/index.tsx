/** Form fields in the GOV.UK way: a visible label, a hint, the error message beside the field (and
 * tied to it with aria-describedby), and a character count on long text. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useTexts } from '../../i18n';
import './style.css';

/** The element id of a form field (`contact.email` → `field-contact-email`). */
export const fieldId = (name: string): string => `field-${name.replace(/\W+/g, '-')}`;

interface Common {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
}

const Frame = ({ name, label, hint, error, optional, children }: Common & { children: ComponentChildren }) => {
  const t = useTexts();
  const id = fieldId(name);
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label class="field__label" for={id}>
        {label} {optional && <span class="muted">{t.optional}</span>}
      </label>
      {hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
};

const describedBy = (name: string, hint?: string, error?: string, extra?: string) =>
  [hint && `${fieldId(name)}-hint`, error && `${fieldId(name)}-error`, extra].filter(Boolean).join(' ') || undefined;

type Change = { value: string; onInput(value: string): void; onSave?(): void };

export const TextField = (p: Common & Change & { type?: 'text' | 'email' | 'tel' | 'date' | 'datetime-local'; autocomplete?: string }) => (
  <Frame {...p}>
    <input
      class="field__input"
      id={fieldId(p.name)}
      name={p.name}
      // Preact's types split inputs by type; all of these take the same attributes here.
      type={(p.type ?? 'text') as 'text'}
      autoComplete={p.autocomplete}
      value={p.value}
      aria-invalid={p.error ? true : undefined}
      aria-describedby={describedBy(p.name, p.hint, p.error)}
      onInput={(e) => p.onInput(e.currentTarget.value)}
      onChange={() => p.onSave?.()}
    />
  </Frame>
);

export const TextArea = (p: Common & Change & { max: number }) => {
  const t = useTexts();
  const countId = `${fieldId(p.name)}-count`;
  const left = p.max - p.value.length;
  return (
    <Frame {...p}>
      <textarea
        class="field__input"
        id={fieldId(p.name)}
        name={p.name}
        rows={5}
        value={p.value}
        aria-invalid={p.error || left < 0 ? true : undefined}
        aria-describedby={describedBy(p.name, p.hint, p.error, countId)}
        onInput={(e) => p.onInput(e.currentTarget.value)}
        onChange={() => p.onSave?.()}
      />
      <p id={countId} class={`field__count${left < 0 ? ' field__error' : ''}`}>
        {t.charsLeft(left)}
      </p>
    </Frame>
  );
};

export const Select = (p: Common & Change & { options: [string, string][]; placeholder?: string; disabled?: boolean }) => (
  <Frame {...p}>
    <select
      class="field__input"
      id={fieldId(p.name)}
      name={p.name}
      disabled={p.disabled}
      aria-invalid={p.error ? true : undefined}
      aria-describedby={describedBy(p.name, p.hint, p.error)}
      onChange={(e) => {
        p.onInput(e.currentTarget.value);
        p.onSave?.();
      }}
    >
      {p.placeholder !== undefined && <option value="">{p.placeholder}</option>}
      {p.options.map(([value, label]) => (
        <option key={value} value={value} selected={value === p.value}>
          {label}
        </option>
      ))}
    </select>
  </Frame>
);

/** Radios in a fieldset; the first radio carries the field's id, so the error summary can link to it. */
export const Radios = (p: Common & Change & { options: [string, string][] }) => (
  <fieldset class={`field${p.error ? ' field--error' : ''}`} aria-describedby={describedBy(p.name, p.hint, p.error)}>
    <legend class="field__label">{p.label}</legend>
    {p.error && (
      <p class="field__error" id={`${fieldId(p.name)}-error`}>
        {p.error}
      </p>
    )}
    {p.options.map(([value, label], i) => (
      <div class="field__radio" key={value}>
        <input
          type="radio"
          id={i === 0 ? fieldId(p.name) : `${fieldId(p.name)}-${value}`}
          name={p.name}
          value={value}
          checked={p.value === value}
          onChange={() => {
            p.onInput(value);
            p.onSave?.();
          }}
        />
        <label for={i === 0 ? fieldId(p.name) : `${fieldId(p.name)}-${value}`}>{label}</label>
      </div>
    ))}
  </fieldset>
);

/** GOV.UK's date input: day, month and year as three number fields (a phone's date picker differs by
 * locale and is hard with a keyboard). Answers `YYYY-MM-DD` once all three are there, else ''. */
export const DateField = (p: Common & Change) => {
  const t = useTexts();
  const [parts, setParts] = useState(() => {
    const [y = '', m = '', d = ''] = p.value.split('-');
    return { d: d.replace(/^0/, ''), m: m.replace(/^0/, ''), y };
  });
  const id = fieldId(p.name);
  const update = (key: 'd' | 'm' | 'y', v: string) => {
    const next = { ...parts, [key]: v.trim() };
    setParts(next);
    p.onInput(next.d && next.m && next.y.length === 4 ? `${next.y}-${next.m.padStart(2, '0')}-${next.d.padStart(2, '0')}` : '');
  };
  const part = (key: 'd' | 'm' | 'y', label: string, width: string) => (
    <div class="field__date-part">
      <label for={key === 'd' ? id : `${id}-${key}`}>{label}</label>
      <input
        class="field__input"
        style={{ width }}
        id={key === 'd' ? id : `${id}-${key}`}
        inputMode="numeric"
        maxLength={key === 'y' ? 4 : 2}
        value={parts[key]}
        aria-invalid={p.error ? true : undefined}
        onInput={(e) => update(key, e.currentTarget.value)}
        onChange={() => p.onSave?.()}
      />
    </div>
  );
  return (
    <fieldset class={`field${p.error ? ' field--error' : ''}`} aria-describedby={describedBy(p.name, p.hint, p.error)}>
      <legend class="field__label">{p.label}</legend>
      {p.hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      )}
      {p.error && (
        <p class="field__error" id={`${id}-error`}>
          {p.error}
        </p>
      )}
      <div class="field__date">
        {part('d', t.day, '3.5rem')}
        {part('m', t.month, '3.5rem')}
        {part('y', t.year, '5rem')}
      </div>
    </fieldset>
  );
};
