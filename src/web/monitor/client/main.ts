/** The monitor page's script: reads what the server embedded and hands the screen to {@link MonitorApp}. */
import { BOOT_ELEMENT_ID, SCREEN_ROOT_ID } from '../page-ids.ts';
import type { MonitorBoot } from '../monitor-model.ts';
import { MonitorApp } from './monitor-app.ts';

const bootElement = document.getElementById(BOOT_ELEMENT_ID);
const root = document.getElementById(SCREEN_ROOT_ID);
if (bootElement !== null && root !== null) {
  const boot = JSON.parse(bootElement.textContent ?? '') as MonitorBoot;
  const token = new URLSearchParams(window.location.search).get('token');
  new MonitorApp(boot, root, token).start();
}
