import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  composeBoxOf,
  composeEditorNear,
  composeEditorOf,
  findComposeBoxes,
  findReplyButton,
  isComposeShown,
  readComposeContext,
  readComposeInfo,
  type ComposeContext,
  type ComposeInfo,
} from '@/utils/gmail/compose-reader';
import { findVisibleMain } from '@/utils/gmail/query';

interface Expected {
  url: string;
  compose?: (ComposeInfo & { bodyText: string })[];
  composeContext?: ComposeContext;
  replyButton?: boolean;
}

const COMPOSE_CASES = [
  'compose-reply-en',
  'compose-reply-it',
  'compose-popup-en',
  'compose-popup-it',
];
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/gmail');
const expectedOf = (name: string): Expected =>
  JSON.parse(fs.readFileSync(path.join(dir, name, 'expected.json'), 'utf8'));
const load = (name: string): Document =>
  new DOMParser().parseFromString(
    fs.readFileSync(path.join(dir, name, 'source.html'), 'utf8'),
    'text/html',
  );
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const EDITORS = '[g_editable=true][contenteditable=true]';

describe.each(COMPOSE_CASES)('%s', (name) => {
  const expected = expectedOf(name);
  const doc = load(name);

  it('finds the composes Gmail shows, not the stale one in a hidden view', () => {
    const boxes = findComposeBoxes(doc);
    expect(
      boxes.map((box) => ({ ...readComposeInfo(box), bodyText: squash(box.editor.textContent) })),
    ).toEqual(expected.compose);
    // The page holds one more editor: an old reply in a hidden thread view.
    const all = Array.from(doc.querySelectorAll<HTMLElement>(EDITORS));
    expect(all).toHaveLength(boxes.length + 1);
    const stale = all.find((el) => !boxes.some((box) => box.editor === el))!;
    expect(isComposeShown(doc, composeBoxOf(stale))).toBe(false);
    expect(findVisibleMain(doc)!.contains(stale)).toBe(false);
  });

  it('knows inline from popup by where the compose sits, and its root', () => {
    for (const box of findComposeBoxes(doc)) {
      expect(box.root.matches('div.M9')).toBe(true);
      expect(box.kind).toBe(box.editor.closest('.dw') ? 'popup' : 'inline');
      if (box.kind === 'popup') expect(box.editor.closest('[role=dialog]')).not.toBeNull();
      else expect(box.editor.closest('.ip.adB')).not.toBeNull();
    }
  });

  it('reads what a snippet is filled from', () => {
    const [box] = findComposeBoxes(doc);
    expect(readComposeContext(doc, expected.url, box!)).toEqual(expected.composeContext);
  });

  it('has no Reply button to click: the reply is open, or no thread is', () => {
    expect(findReplyButton(doc) !== null).toBe(expected.replyButton);
  });

  it('finds the editor from any node inside it, and nothing outside', () => {
    const [box] = findComposeBoxes(doc);
    const inner = box!.editor.querySelector('div, br') ?? box!.editor;
    expect(composeEditorOf(inner)).toBe(box!.editor);
    expect(composeEditorOf(box!.editor)).toBe(box!.editor);
    expect(composeEditorOf(box!.root.querySelector('form'))).toBeNull();
    expect(composeEditorOf(doc.body)).toBeNull();
    expect(composeEditorOf(null)).toBeNull();
    expect(composeEditorOf(doc.createTextNode('x'))).toBeNull();
  });
});

describe('composeEditorNear: the body of the compose a field belongs to', () => {
  it.each([
    ['compose-popup-en', '.dw input[name=subjectbox]', 'popup'],
    ['compose-popup-en', '.dw input[peoplekit-id]', 'popup'],
    ['compose-reply-en', '[role=main] .ip.adB input[peoplekit-id]', 'inline'],
    ['compose-reply-en', '[role=main] .ip.adB [g_editable] br', 'inline'],
    ['compose-popup-en', 'form[role=search] input', null],
    ['compose-reply-en', '[role=main] h2.hP', null],
  ])('%s %s → %s', (name, selector, kind) => {
    const doc = load(name);
    const field = doc.querySelector(selector);
    expect(field).not.toBeNull();
    const editor = composeEditorNear(field);
    if (kind === null) expect(editor).toBeNull();
    else {
      expect(editor).toBe(findComposeBoxes(doc).find((b) => b.kind === kind)!.editor);
    }
  });
});

describe('English and Italian compose pages read the same', () => {
  it.each(['compose-reply', 'compose-popup'])('%s', (base) => {
    const read = (lang: string) => {
      const name = `${base}-${lang}`;
      const doc = load(name);
      return findComposeBoxes(doc).map((box) => {
        const { subject, ...info } = readComposeInfo(box);
        const context = readComposeContext(doc, expectedOf(name).url, box);
        return { info, context: { ...context, subject: null }, hasSubject: !!subject };
      });
    };
    expect(read('it')).toEqual(read('en'));
  });
});

describe('the Reply button', () => {
  it.each([
    ['thread-en', ':2j'],
    ['thread-it', ':2j'],
    ['thread-old-markup-en', 'visible'],
    ['split-pane-en', 'visible'],
    ['inbox-en', null],
    ['not-a-thread-en', null],
    ['compose-reply-en', null],
  ])('%s → %s', (name, want) => {
    const doc = load(name);
    const button = findReplyButton(doc);
    if (want === null) {
      expect(button).toBeNull();
      return;
    }
    expect(button).not.toBeNull();
    expect(button!.matches('.amn span.ams.bkH')).toBe(true);
    expect(findVisibleMain(doc)!.contains(button)).toBe(true);
    if (!name.includes('old-markup')) expect(button!.closest('table')).toBeNull();
    if (want !== 'visible') expect(button!.id).toBe(want);
  });

  it('skips the A/B copy inside a hidden table even when it comes first', () => {
    const doc = load('thread-en');
    const all = Array.from(findVisibleMain(doc)!.querySelectorAll('.amn span.ams.bkH'));
    expect(all.length).toBe(2);
    expect(all[0]!.closest('table')).not.toBeNull();
    expect(findReplyButton(doc)).toBe(all[1]);
  });
});

describe('when the compose markup changes', () => {
  const url = expectedOf('compose-reply-en').url;

  it('without the hidden rm field, the reply answers the latest message', () => {
    const doc = load('compose-reply-en');
    const [box] = findComposeBoxes(doc);
    box!.root.querySelector('input[name=rm]')!.remove();
    expect(readComposeContext(doc, url, box!).sender).toEqual({
      name: 'Laura Bianchi',
      email: 'laura.bianchi@bianchi-immobiliare.it',
    });
  });

  it('an rm that names no message of the thread also falls back to the latest', () => {
    const doc = load('compose-reply-en');
    const [box] = findComposeBoxes(doc);
    box!.root.querySelector<HTMLInputElement>('input[name=rm]')!.value = '#msg-f:1';
    expect(readComposeContext(doc, url, box!).sender?.name).toBe('Laura Bianchi');
  });

  it('an editor Gmail made read-only (while sending) is not offered', () => {
    const doc = load('compose-reply-en');
    const [box] = findComposeBoxes(doc);
    box!.editor.setAttribute('contenteditable', 'false');
    expect(findComposeBoxes(doc)).toEqual([]);
  });

  it('a dialog without a form is not a compose (SDK rule)', () => {
    const doc = load('compose-popup-en');
    doc.querySelector('.dw form')!.remove();
    expect(findComposeBoxes(doc)).toEqual([]);
  });

  it('a hidden popup (display: none) is not offered', () => {
    const doc = load('compose-popup-en');
    doc.querySelector<HTMLElement>('.dw .nH.nn')!.style.display = 'none';
    expect(findComposeBoxes(doc)).toEqual([]);
  });

  it('without M9/AD classes the editor still works, rooted at its parent', () => {
    const doc = load('compose-popup-en');
    doc.querySelectorAll('.M9, .AD').forEach((el) => el.classList.remove('M9', 'AD'));
    const [box] = findComposeBoxes(doc);
    expect(box!.kind).toBe('popup');
    expect(box!.root).toBe(box!.editor.parentElement);
    expect(readComposeInfo(box!)).toEqual({ kind: 'popup', draftId: null, subject: '' });
  });

  it('with only the old `.Am.Al.editable` classes (no g_editable), the editor is found', () => {
    const doc = load('compose-reply-en');
    doc.querySelectorAll('[g_editable]').forEach((el) => el.removeAttribute('g_editable'));
    expect(findComposeBoxes(doc).map((b) => b.kind)).toEqual(['inline']);
  });

  it('a broken document gives nothing and never throws', () => {
    const broken = {
      querySelector: () => {
        throw new Error('boom');
      },
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    expect(findComposeBoxes(broken)).toEqual([]);
    expect(findReplyButton(broken)).toBeNull();
  });
});
