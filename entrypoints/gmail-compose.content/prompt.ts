// The small prompt a shortcut opens in Gmail when its snippet has fill-in fields, or belongs to
// another client than the thread's. It lives in a closed shadow root (Gmail's scripts and styles
// cannot reach it), is built from nodes and textContent only, and keeps every key to itself so
// Gmail's keyboard shortcuts never fire while the VA types an answer. Enter confirms, Escape
// cancels, a click outside cancels.
import type { FieldRequest } from '@/utils/snippets/variables';

export interface PromptSpec {
  heading: string;
  /** The client-guard question, when there is one. */
  guard: string | null;
  fields: FieldRequest[];
  insert: string;
  cancel: string;
  /** Where the shortcut is on screen; the prompt opens below it. */
  near: DOMRect | null;
}

export const PROMPT_ATTR = 'data-va-desk-prompt';

const CSS = `
:host{all:initial}
form{box-sizing:border-box;width:320px;max-width:calc(100vw - 16px);padding:12px 14px;
  background:#fff;color:#1f1f1f;border:1px solid #c4c7c5;border-radius:12px;
  box-shadow:0 4px 16px rgba(0,0,0,.2);font:14px/20px system-ui,sans-serif}
h2{font:600 14px/20px system-ui,sans-serif;margin:0 0 8px}
p{margin:0 0 10px;padding:8px;border-radius:8px;background:#fef7e0;color:#5c3c00}
label{display:block;margin:0 0 8px;font-size:13px;color:#444746}
input,select{display:block;box-sizing:border-box;width:100%;margin-top:2px;padding:6px 8px;
  font:14px system-ui,sans-serif;color:#1f1f1f;background:#fff;border:1px solid #747775;border-radius:6px}
div{display:flex;gap:8px;justify-content:flex-end;margin-top:10px}
button{font:500 13px system-ui,sans-serif;padding:6px 14px;border-radius:16px;cursor:pointer;
  border:1px solid #747775;background:#fff;color:#0b57d0}
button[type=submit]{background:#0b57d0;border-color:#0b57d0;color:#fff}
:focus-visible{outline:2px solid #0b57d0;outline-offset:1px}`;

const KEY_EVENTS = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input'];

/** The answers by field key; 'cancel' (Escape, Cancel); 'away' (the VA clicked elsewhere). */
export type PromptResult = Record<string, string> | 'cancel' | 'away';

export function askInPage(doc: Document, spec: PromptSpec): Promise<PromptResult> {
  return new Promise((resolve) => {
    doc.querySelector(`[${PROMPT_ATTR}]`)?.remove(); // one prompt at a time
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
      const el = doc.createElement(tag);
      if (text !== undefined) el.textContent = text;
      return el;
    };
    const host = make('div');
    host.setAttribute(PROMPT_ATTR, '');
    host.style.cssText = 'position:fixed;z-index:2147483647;left:8px;top:8px';
    const root = host.attachShadow({ mode: 'closed' });
    const style = make('style', CSS);
    const form = make('form');
    form.setAttribute('role', 'dialog');
    form.setAttribute('aria-modal', 'true');
    form.setAttribute('aria-labelledby', 'h');
    const heading = make('h2', spec.heading);
    heading.id = 'h';
    form.append(heading);
    if (spec.guard) {
      const guard = make('p', spec.guard);
      guard.id = 'g';
      form.setAttribute('aria-describedby', 'g');
      form.append(guard);
    }
    const controls = spec.fields.map((field) => {
      const label = make('label', field.label);
      let control: HTMLInputElement | HTMLSelectElement;
      if (field.kind === 'choose') {
        control = make('select');
        for (const option of field.options) control.append(make('option', option));
      } else {
        control = make('input');
        control.type = 'text';
        control.required = true;
        control.autocomplete = 'off';
      }
      label.append(control);
      form.append(label);
      return { key: field.key, control };
    });
    const buttons = make('div');
    const insert = make('button', spec.insert);
    insert.type = 'submit';
    const cancel = make('button', spec.cancel);
    cancel.type = 'button';
    buttons.append(cancel, insert);
    form.append(buttons);
    root.append(style, form);

    let done = false;
    const finish = (answers: PromptResult) => {
      if (done) return;
      done = true;
      doc.removeEventListener('mousedown', onOutside, true);
      host.remove();
      resolve(answers);
    };
    const onOutside = (event: Event) => {
      if (!event.composedPath().includes(host)) finish('away');
    };
    const submit = () => {
      if (!form.reportValidity()) return;
      finish(Object.fromEntries(controls.map(({ key, control }) => [key, control.value])));
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submit();
    });
    cancel.addEventListener('click', () => finish('cancel'));
    for (const type of KEY_EVENTS)
      root.addEventListener(type, (event) => {
        event.stopPropagation();
        if (type !== 'keydown') return;
        const key = (event as KeyboardEvent).key;
        if (key === 'Escape') {
          event.preventDefault();
          finish('cancel');
        } else if (key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
          // Also from a <select>, where Enter would not submit the form by itself.
          event.preventDefault();
          submit();
        }
      });
    doc.addEventListener('mousedown', onOutside, true);

    (doc.body ?? doc.documentElement).append(host);
    const box = form.getBoundingClientRect();
    const near = spec.near;
    const view = doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    let left = near ? near.left : (width - box.width) / 2;
    let top = near ? near.bottom + 6 : (height - box.height) / 2;
    if (near && top + box.height > height - 8) top = near.top - box.height - 6;
    left = Math.min(Math.max(8, left), Math.max(8, width - box.width - 8));
    top = Math.min(Math.max(8, top), Math.max(8, height - box.height - 8));
    host.style.left = `${Math.round(left)}px`;
    host.style.top = `${Math.round(top)}px`;
    (controls[0]?.control ?? insert).focus();
  });
}
