import { addMenu } from './menu';

/** Simple trigger: adds the office's menu when the Sheet opens. */
export function onOpen(): void {
  addMenu();
}
