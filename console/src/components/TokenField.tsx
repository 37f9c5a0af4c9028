import { useId, useState } from "preact/hooks";
import { formatTime, tokenExpiry } from "../api/format";

/** A token shown once, read-only, with a copy button and its expiry. */
export function TokenField({ label, token, note }: { label: string; token: string; note?: string }) {
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const expiry = tokenExpiry(token);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("yes");
    } catch {
      (document.getElementById(id) as HTMLTextAreaElement | null)?.select();
      setCopied("failed");
    }
  };
  return (
    <div class="token">
      <label for={id}>{label}</label>
      <textarea id={id} readOnly rows={3} value={token} onFocus={(event) => event.currentTarget.select()} />
      <p class="hint">
        {expiry ? `Expires ${formatTime(expiry)}.` : "Valid until revoked."} {note}
      </p>
      <button type="button" class="secondary" onClick={copy}>
        Copy {label.toLowerCase()}
      </button>
      <span role="status" class="copy-status">
        {copied === "yes" && "Copied to the clipboard."}
        {copied === "failed" && "The browser refused to copy: the token is selected, copy it with your keyboard."}
      </span>
    </div>
  );
}
