/**
 * The secretariat's client script: each feature starts where its page has its element. Every
 * admin page works without it (forms post and pages reload); the script adds dragging, live
 * updates and previews.
 */
import { startAdminFeatures } from './features.ts';

startAdminFeatures(document);
