/** Text as it was typed, line breaks included, e.g. an address or notes over several lines. */
export function Lines({ text }: { text: string }) {
  return <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;
}
