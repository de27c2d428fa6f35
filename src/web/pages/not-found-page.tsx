/** "Not found", in the same layout as every page, with a way back to the programme. */
import { Layout } from './layout.tsx';
import type { PageContext } from './page-context.ts';

export function NotFoundPage({ page, message }: { page: PageContext; message: string }) {
  const m = page.messages.notFound;
  return (
    <Layout page={page} title={m.title} current={null}>
      <h1>{m.title}</h1>
      <p class="problem">{message}</p>
      <p>{m.help}</p>
      <p>
        <a href={page.link('/')}>{m.home}</a>
      </p>
    </Layout>
  );
}
