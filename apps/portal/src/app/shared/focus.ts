/** Moves keyboard focus to the first invalid control of a form, so the user lands on what to fix. */
export function focusFirstInvalid(root: HTMLElement): void {
  // Run after change detection has rendered the error state.
  setTimeout(() => {
    const target = root.querySelector<HTMLElement>(
      'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, select.ng-invalid',
    );
    target?.focus();
  });
}
