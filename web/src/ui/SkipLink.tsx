export const mainContentId = 'main-content';

export function SkipLink() {
  return (
    <a className="skip-link" href={`#${mainContentId}`}>
      Skip to main content
    </a>
  );
}
