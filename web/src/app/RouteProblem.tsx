import { ProblemScreen } from '../ui/ProblemScreen';

/**
 * Shown instead of the router's bare error text. The usual cause is a page's file that did not
 * arrive — a dropped connection, or a new release of Corium replacing the files while this tab
 * was open — and loading the address again fetches the current version.
 */
export function RouteProblem() {
  return (
    <ProblemScreen
      title="This page could not be opened"
      message="Check your connection and try again."
      onRetry={() => window.location.reload()}
    />
  );
}
