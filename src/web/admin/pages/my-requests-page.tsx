/**
 * An organiser's own side-event requests, newest first: each with its status, and for a
 * scheduled one the day, time and venue it has in the programme now.
 */
import type { OwnRequest } from '../../../app/requests/organiser-requests.ts';
import type { AdminPageContext } from '../admin-page.ts';
import { AdminLayout } from './admin-layout.tsx';
import { choiceText, placeText, StatusBadge } from './request-details.tsx';

interface MyRequestsProps {
  page: AdminPageContext;
  requests: OwnRequest[];
  /** "Requests can be made and changed until …", or null. */
  deadline: string | null;
  /** True when the deadline has passed: no new request can be made. */
  closed: boolean;
  done: string | null;
}

export function MyRequestsPage({ page, requests, deadline, closed, done }: MyRequestsProps) {
  return (
    <AdminLayout page={page} title="My side-event requests" current="my-requests">
      <h1>My side-event requests</h1>
      {done ? (
        <p class="notice-ok" role="status">
          {done}
        </p>
      ) : null}
      {deadline ? <p class="request-deadline">{deadline}</p> : null}
      {closed ? null : (
        <p>
          <a class="button-primary button-link" href={page.link('/requests/new')}>
            Request a side event
          </a>
        </p>
      )}
      {requests.length === 0 ? (
        <p>You have not requested a side event yet.</p>
      ) : (
        <ul class="request-cards">
          {requests.map(({ request, entry }) => (
            <li key={request.id} class="request-card" id={`request-${request.id}`}>
              <h2>
                <a href={page.link(`/requests/${request.id}`)}>{request.title}</a>
              </h2>
              <p class="request-sponsors">{request.sponsors.join('; ')}</p>
              <p>
                <StatusBadge status={request.status} />
                {entry ? <span class="request-place"> {placeText(entry)}</span> : request.choices[0] ? <span class="request-wish"> First choice: {choiceText(request.choices[0])}</span> : null}
              </p>
              {request.decisionMessage ? <p class="request-message">{request.decisionMessage}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </AdminLayout>
  );
}
