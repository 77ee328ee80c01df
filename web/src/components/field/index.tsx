/** Form fields in the GOV.UK way: a visible label, a hint, the error message beside the field (and
 * tied to it with aria-describedby), and a character count on long text. */
import type { ComponentChildren } from 'preact';
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

export const TextField = (p: Common & Change & { type?: 'text' | 'email' | 'tel' | 'date'; autocomplete?: string }) => (
  <Frame {...p}>
    <input
      class="field__input"
      id={fieldId(p.name)}
      name={p.name}
      // Preact's types split inputs by type; all four take the same attributes here.
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
