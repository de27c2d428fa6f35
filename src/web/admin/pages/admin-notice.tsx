/** A page that only says something: not allowed, not found, done. */
import type { AdminPageContext } from '../admin-page.ts';
import { AdminLayout } from './admin-layout.tsx';

export function AdminNotice({ page, title, message }: { page: AdminPageContext; title: string; message: string }) {
  return (
    <AdminLayout page={page} title={title} current={null}>
      <h1>{title}</h1>
      <p>{message}</p>
    </AdminLayout>
  );
}
