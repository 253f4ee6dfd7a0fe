import { el } from './dom.ts';

/** Save a text file on this device (nothing is uploaded). */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/**
 * Ask for one text file (a downloaded save or class record) and hand over its text. A hidden
 * file input, clicked from a button's own click, so the browser opens its file chooser.
 */
export function pickTextFile(accept: string, opened: (text: string) => void): void {
  const input = el('input', { type: 'file', className: 'file-picker' });
  input.accept = accept;
  input.hidden = true;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.remove();
    if (!file) return;
    void file.text().then(opened, () => {
      opened('');
    });
  });
  input.addEventListener('cancel', () => {
    input.remove();
  });
  document.body.append(input);
  input.click();
}
