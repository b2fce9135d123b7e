// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isTextEntryTarget } from './textEntry';

describe('isTextEntryTarget', () => {
  it('leaves pastes into fields and the editor alone', () => {
    document.body.innerHTML = `
      <input id="i"><textarea id="t"></textarea>
      <div contenteditable="true"><p id="e">x</p></div>
      <div contenteditable="false" id="n"></div>
      <button id="b">Open</button>`;
    expect(isTextEntryTarget(document.getElementById('i'))).toBe(true);
    expect(isTextEntryTarget(document.getElementById('t'))).toBe(true);
    expect(isTextEntryTarget(document.getElementById('e'))).toBe(true);
    expect(isTextEntryTarget(document.getElementById('n'))).toBe(false);
    expect(isTextEntryTarget(document.getElementById('b'))).toBe(false);
    expect(isTextEntryTarget(document.body)).toBe(false);
    expect(isTextEntryTarget(null)).toBe(false);
  });

  it('does not count a button in an open dialog as text entry', () => {
    // The ? key opens the shortcuts sheet from a dialog's buttons; only pastes stay in dialogs.
    document.body.innerHTML = `<dialog open><button id="d">Save</button><select id="s"></select></dialog>`;
    expect(isTextEntryTarget(document.getElementById('d'))).toBe(false);
    expect(isTextEntryTarget(document.getElementById('s'))).toBe(true);
  });
});
