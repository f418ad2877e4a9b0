import { GeneralErrorBoundary } from "../components/error-boundary";

/** Any path no route claims: a 404 shown by the shared error boundary. */
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export function action() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return <GeneralErrorBoundary />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
