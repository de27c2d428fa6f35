/** The ids by which the monitor's script finds what the server put in the page. */
export const BOOT_ELEMENT_ID = 'monitor-boot';
export const SCREEN_ROOT_ID = 'monitor';
