import { tick } from "svelte";

/**
 * After a refused submit, puts the cursor in the first field that needs fixing, so a keyboard
 * user lands where the next keystroke belongs instead of hunting for the red text.
 */
export async function focusFirstInvalid(form: HTMLFormElement | undefined): Promise<void> {
  await tick();
  form?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby] input')?.focus();
}
