/** The frab schedule XML export. */
export { exportFrabXml } from './frab-xml.ts';
