import { render } from "preact";
import { App } from "./App";
import { completeSignIn } from "./auth/oidc";
import { loadConfig } from "./config";
import "./styles.css";

/** Loads the configuration, finishes a sign-in in progress, then shows the console. */
async function start(root: HTMLElement) {
  const config = await loadConfig();
  let signInProblem: string | null = null;
  await completeSignIn(config).catch((error: unknown) => {
    signInProblem = error instanceof Error ? error.message : String(error);
  });
  root.textContent = "";
  render(<App config={config} signInProblem={signInProblem} />, root);
}

const root = document.getElementById("app")!;
start(root).catch((error: unknown) => {
  root.innerHTML = "";
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = `The console could not start: ${error instanceof Error ? error.message : String(error)}`;
  root.append(message);
});
